package cutover.core.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A text column stored as one code per row into a dictionary of its distinct values (null is a value too). A
 * million rows with a few hundred thousand distinct users are then one {@code int[]} and the distinct strings,
 * and a criterion is evaluated once per distinct value rather than once per row.
 */
final class DictionaryColumn {

    /** Each code's place in the case-insensitive order of the values; values equal but for case share a rank. */
    record Ranks(int[] byCode, int count) {
    }

    private final int[] codes;
    private final String[] values;
    private volatile Ranks ranks;
    private volatile String[] lowerCase;
    private volatile int[] caseFolded;

    private DictionaryColumn(int[] codes, String[] values) {
        this.codes = codes;
        this.values = values;
    }

    int code(int row) {
        return codes[row];
    }

    /** The codes of all rows; never modify. */
    int[] codes() {
        return codes;
    }

    /** The value of a row, possibly null. */
    String value(int row) {
        return values[codes[row]];
    }

    /** The value of a row, "" for null. */
    String text(int row) {
        String value = values[codes[row]];
        return value == null ? "" : value;
    }

    int distinctCount() {
        return values.length;
    }

    String valueOfCode(int code) {
        return values[code];
    }

    /** For each code, whether its value (never null) meets the test. */
    boolean[] codesWhere(Predicate<String> test, BooleanSupplier cancelled) {
        boolean[] matches = new boolean[values.length];
        for (int code = 0; code < values.length; code++) {
            Cancellation.checkEvery64k(code, cancelled);
            matches[code] = values[code] != null && test.test(values[code]);
        }
        return matches;
    }

    /** For each code, whether its value contains the lower-case text in any case. */
    boolean[] codesContaining(String lowerCaseText, BooleanSupplier cancelled) {
        String[] lower = lowerCase();
        boolean[] matches = new boolean[lower.length];
        for (int code = 0; code < lower.length; code++) {
            Cancellation.checkEvery64k(code, cancelled);
            matches[code] = lower[code] != null && lower[code].contains(lowerCaseText);
        }
        return matches;
    }

    /** The distinct non-blank values, sorted in any case, one of those equal but for case. */
    List<String> sortedDistinct() {
        List<String> sorted = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                sorted.add(value);
            }
        }
        sorted.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        List<String> distinct = new ArrayList<>();
        for (String value : sorted) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equalsIgnoreCase(value)) {
                distinct.add(value);
            }
        }
        return List.copyOf(distinct);
    }

    /** Computed on first use, once; a few hundred milliseconds for a few hundred thousand values. */
    Ranks ranks() {
        Ranks computed = ranks;
        if (computed == null) {
            synchronized (this) {
                computed = ranks;
                if (computed == null) {
                    computed = computeRanks();
                    ranks = computed;
                }
            }
        }
        return computed;
    }

    private Ranks computeRanks() {
        String[] lower = new String[values.length];
        Integer[] order = new Integer[values.length];
        for (int code = 0; code < values.length; code++) {
            lower[code] = values[code] == null ? "" : values[code].toLowerCase(Locale.ROOT);
            order[code] = code;
        }
        Arrays.parallelSort(order, (a, b) -> lower[a].compareTo(lower[b]));
        int[] byCode = new int[values.length];
        int rank = -1;
        String previous = null;
        for (int code : order) {
            if (!lower[code].equals(previous)) {
                rank++;
                previous = lower[code];
            }
            byCode[code] = rank;
        }
        return new Ranks(byCode, rank + 1);
    }

    /**
     * For each code, one code shared by all values that are the same in any case (null and "" are the same too),
     * always one of those values' codes.
     */
    int[] caseFoldedCodes() {
        int[] computed = caseFolded;
        if (computed == null) {
            synchronized (this) {
                computed = caseFolded;
                if (computed == null) {
                    computed = computeCaseFolded();
                    caseFolded = computed;
                }
            }
        }
        return computed;
    }

    /**
     * Values are distinct, so two can only be the same in any case when one of them has upper-case letters: only
     * those go into a map (object ids and most UPNs have none), and the others are looked up in it. A value is
     * lower-case when {@code toLowerCase} gives the same string back, as it does when nothing changes; were it to
     * give a copy, every value would go into the map, slower but still right.
     */
    private int[] computeCaseFolded() {
        String[] lower = lowerCase();
        int[] folded = new int[lower.length];
        Map<String, Integer> byLowerCase = new HashMap<>();
        for (int code = 0; code < lower.length; code++) {
            folded[code] = code;
            if (lower[code] != values[code] || values[code] == null) {
                byLowerCase.putIfAbsent(lower[code] == null ? "" : lower[code], code);
            }
        }
        if (byLowerCase.isEmpty()) {
            return folded;
        }
        for (int code = 0; code < lower.length; code++) {
            if (lower[code] == values[code] && values[code] != null && byLowerCase.containsKey(values[code])) {
                byLowerCase.put(values[code], code);
            }
        }
        for (int code = 0; code < lower.length; code++) {
            if (lower[code] != values[code] || values[code] == null) {
                folded[code] = byLowerCase.get(lower[code] == null ? "" : lower[code]);
            }
        }
        return folded;
    }

    private String[] lowerCase() {
        String[] computed = lowerCase;
        if (computed == null) {
            synchronized (this) {
                computed = lowerCase;
                if (computed == null) {
                    computed = new String[values.length];
                    for (int code = 0; code < values.length; code++) {
                        computed[code] = values[code] == null ? null : values[code].toLowerCase(Locale.ROOT);
                    }
                    lowerCase = computed;
                }
            }
        }
        return computed;
    }

    /** Collects the values row by row. */
    static final class Builder {

        private final Map<String, Integer> codesByValue = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private int[] codes = new int[1024];
        private int size;

        void add(String value) {
            Integer code = codesByValue.get(value);
            if (code == null) {
                code = values.size();
                codesByValue.put(value, code);
                values.add(value);
            }
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
            }
            codes[size++] = code;
        }

        /** The column with its rows in the given order (row i is the added row order[i]). */
        DictionaryColumn build(int[] order) {
            int[] ordered = new int[order.length];
            for (int row = 0; row < order.length; row++) {
                ordered[row] = codes[order[row]];
            }
            return new DictionaryColumn(ordered, values.toArray(String[]::new));
        }
    }
}
