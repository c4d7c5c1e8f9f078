package cutover.core.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The rows of a log that meet a filter, in time order. The time range is found by binary search (rows are in
 * time order); each text criterion is evaluated once per distinct value of its column, so testing a row is a few
 * array reads.
 */
final class RowSelection {

    private RowSelection() {
    }

    static int[] matching(AuditLog log, AuditFilter filter, BooleanSupplier cancelled) {
        int first = filter.from() == null ? 0 : log.firstRowAtOrAfter(filter.from());
        int end = filter.to() == null ? log.size() : log.firstRowAtOrAfter(filter.to());
        if (first >= end) {
            return new int[0];
        }
        DictionaryColumn names = log.column(AuditColumn.USER);
        DictionaryColumn ids = log.userIds();
        DictionaryColumn activities = log.column(AuditColumn.ACTIVITY);
        DictionaryColumn initiators = log.column(AuditColumn.INITIATOR);
        boolean[] nameMatches = null;
        boolean[] idMatches = null;
        if (filter.userText() != null) {
            // a whole UPN means that user, not every UPN that contains it (ana@ inside hana@)
            nameMatches = names.codesWhere(filter.userText()::equalsIgnoreCase, cancelled);
            if (!any(nameMatches)) {
                nameMatches = names.codesContaining(filter.userText().toLowerCase(Locale.ROOT), cancelled);
            }
            idMatches = ids.codesWhere(filter.userText()::equalsIgnoreCase, cancelled);
        }
        boolean[] activityMatches = filter.activity() == null ? null
                : activities.codesWhere(filter.activity()::equalsIgnoreCase, cancelled);
        boolean[] initiatorMatches = filter.initiator() == null ? null
                : initiators.codesWhere(filter.initiator()::equalsIgnoreCase, cancelled);
        int bit = filter.method() == null ? 0 : filter.method().bit();
        int origin = filter.origin() == null ? -1 : filter.origin().ordinal();
        int[] methods = log.methodMasks();
        byte[] origins = log.originOrdinals();
        int[] nameCodes = names.codes();
        int[] idCodes = ids.codes();
        int[] activityCodes = activities.codes();
        int[] initiatorCodes = initiators.codes();

        int[] rows = new int[end - first];
        int count = 0;
        for (int row = first; row < end; row++) {
            Cancellation.checkEvery64k(row - first, cancelled);
            if ((bit != 0 && (methods[row] & bit) == 0)
                    || (origin >= 0 && origins[row] != origin)
                    || (activityMatches != null && !activityMatches[activityCodes[row]])
                    || (initiatorMatches != null && !initiatorMatches[initiatorCodes[row]])
                    || (nameMatches != null && !nameMatches[nameCodes[row]] && !idMatches[idCodes[row]])) {
                continue;
            }
            rows[count++] = row;
        }
        return count == rows.length ? rows : Arrays.copyOf(rows, count);
    }

    private static boolean any(boolean[] matches) {
        for (boolean match : matches) {
            if (match) {
                return true;
            }
        }
        return false;
    }
}
