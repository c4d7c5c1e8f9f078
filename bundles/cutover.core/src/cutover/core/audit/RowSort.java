package cutover.core.audit;

import java.util.function.BooleanSupplier;

/**
 * Orders selected rows by a column. Every column's sort key is a small integer (a text value's rank among the
 * column's distinct values, the methods mask, the origin's ordinal), so a counting sort orders a million rows in
 * two passes; it is stable, and the rows come in time order, so equal keys stay in time order. Descending is the
 * ascending order reversed, which also reverses the time order of equal keys.
 */
final class RowSort {

    private RowSort() {
    }

    /** The rows (in time order) ordered by the column. */
    static int[] sorted(AuditLog log, int[] rows, AuditColumn column, boolean ascending,
            BooleanSupplier cancelled) {
        if (column == AuditColumn.TIME) {
            return ascending ? rows : reversed(rows);
        }
        int[] keys = new int[rows.length];
        int keyCount;
        switch (column) {
            case ORIGIN -> {
                byte[] origins = log.originOrdinals();
                for (int i = 0; i < rows.length; i++) {
                    keys[i] = origins[rows[i]];
                }
                keyCount = AuditOrigin.values().length;
            }
            case METHODS -> {
                int[] methods = log.methodMasks();
                for (int i = 0; i < rows.length; i++) {
                    keys[i] = methods[rows[i]];
                }
                keyCount = MethodCode.ALL_BITS + 1;
            }
            default -> {
                DictionaryColumn text = log.column(column);
                DictionaryColumn.Ranks ranks = text.ranks();
                int[] codes = text.codes();
                int[] rankByCode = ranks.byCode();
                for (int i = 0; i < rows.length; i++) {
                    keys[i] = rankByCode[codes[rows[i]]];
                }
                keyCount = ranks.count();
            }
        }
        int[] sorted = countingSort(rows, keys, keyCount, cancelled);
        return ascending ? sorted : reversed(sorted);
    }

    private static int[] countingSort(int[] rows, int[] keys, int keyCount, BooleanSupplier cancelled) {
        int[] starts = new int[keyCount + 1];
        for (int i = 0; i < keys.length; i++) {
            Cancellation.checkEvery64k(i, cancelled);
            starts[keys[i] + 1]++;
        }
        for (int key = 0; key < keyCount; key++) {
            starts[key + 1] += starts[key];
        }
        int[] sorted = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            Cancellation.checkEvery64k(i, cancelled);
            sorted[starts[keys[i]]++] = rows[i];
        }
        return sorted;
    }

    private static int[] reversed(int[] rows) {
        int[] reversed = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            reversed[i] = rows[rows.length - 1 - i];
        }
        return reversed;
    }
}
