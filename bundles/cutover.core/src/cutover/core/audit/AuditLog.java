package cutover.core.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The rows of the audit view, immutable and stored by column so that a million rows take little memory and few
 * objects: times as epoch nanoseconds, text as codes into a dictionary per column, keys packed. Rows are sorted
 * by time, then by key, so a row's index is its place in time. Safe to read from several threads; what is
 * computed on first use (the sort order of a column's values, the key index) is computed once.
 */
public final class AuditLog {

    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final AuditOrigin[] ORIGINS = AuditOrigin.values();
    private static final String[] METHOD_NAMES = new String[MethodCode.ALL_BITS + 1];

    static {
        Arrays.setAll(METHOD_NAMES, MethodCode::namesOf);
    }

    /** The log without rows. */
    public static final AuditLog EMPTY = builder().build();

    private final long[] times;
    private final KeyColumn keys;
    private final byte[] origins;
    private final int[] methods;
    private final DictionaryColumn activities;
    private final DictionaryColumn initiators;
    private final DictionaryColumn userPrincipalNames;
    private final DictionaryColumn userIds;
    private final DictionaryColumn results;
    private final DictionaryColumn summaries;

    private AuditLog(Builder builder) {
        int[] order = TimeOrder.of(builder.times, builder.keys, builder.size);
        times = new long[order.length];
        origins = new byte[order.length];
        methods = new int[order.length];
        for (int row = 0; row < order.length; row++) {
            times[row] = builder.times[order[row]];
            origins[row] = builder.origins[order[row]];
            methods[row] = builder.methods[order[row]];
        }
        keys = builder.keys.build(order);
        activities = builder.activities.build(order);
        initiators = builder.initiators.build(order);
        userPrincipalNames = builder.userPrincipalNames.build(order);
        userIds = builder.userIds.build(order);
        results = builder.results.build(order);
        summaries = builder.summaries.build(order);
    }

    /** The log of these records, in any order. */
    public static AuditLog of(Collection<AuditRecord> records) {
        Builder builder = builder();
        records.forEach(builder::add);
        return builder.build();
    }

    /** A builder to add records to one by one, in any order. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of rows. */
    public int size() {
        return times.length;
    }

    /** The row as a record (made on each call). */
    public AuditRecord record(int row) {
        return new AuditRecord(origin(row), key(row), time(row), activities.value(row), initiators.value(row),
                userPrincipalNames.value(row), userIds.value(row), results.value(row), methods[row],
                summaries.value(row));
    }

    /** When the row's change happened, to the nanosecond as given. */
    public Instant time(int row) {
        return Instant.ofEpochSecond(Math.floorDiv(times[row], NANOS_PER_SECOND),
                Math.floorMod(times[row], NANOS_PER_SECOND));
    }

    /**
     * The text of a cell as the view shows it, never null: the time in UTC as {@code yyyy-MM-dd HH:mm:ss}, the
     * origin's label, the methods' readable names, and "" for an absent value.
     */
    public String text(int row, AuditColumn column) {
        return switch (column) {
            case TIME -> SHOWN_TIME.format(time(row));
            case ORIGIN -> origin(row).label;
            case ACTIVITY -> activities.text(row);
            case INITIATOR -> initiators.text(row);
            case USER -> userPrincipalNames.text(row);
            case METHODS -> METHOD_NAMES[methods[row]];
            case RESULT -> results.text(row);
            case SUMMARY -> summaries.text(row);
        };
    }

    /** The methods the row's change touched, a mask of {@link MethodCode#bit()}s. */
    public int methods(int row) {
        return methods[row];
    }

    /** Where the row comes from. */
    public AuditOrigin origin(int row) {
        return ORIGINS[origins[row]];
    }

    /** The row's key: the Entra ID event id, or {@code run:seq} for a journal write. */
    public String key(int row) {
        return keys.key(row);
    }

    /** The distinct activities, sorted in any case, for a filter's choices. */
    public List<String> activities() {
        return activities.sortedDistinct();
    }

    /** The distinct initiators, sorted in any case, for a filter's choices. */
    public List<String> initiators() {
        return initiators.sortedDistinct();
    }

    /**
     * The rows that meet the filter, in the requested order; rows equal in the sorted column keep their time
     * order, ascending or descending with the sort (so TIME descending is newest first). Text is sorted in any
     * case; METHODS by the mask's value, ORIGIN by the enum's order. The first query sorting by a text column
     * orders that column's distinct values once; later ones reuse it.
     *
     * @param filter null for every row
     * @param sortBy null for TIME
     * @param cancelled asked every 65,536 rows; null for never
     * @throws CancellationException when cancelled answers true
     */
    public int[] select(AuditFilter filter, AuditColumn sortBy, boolean ascending, BooleanSupplier cancelled) {
        BooleanSupplier stop = cancelled == null ? Cancellation.NEVER : cancelled;
        int[] rows = RowSelection.matching(this, filter == null ? AuditFilter.ALL : filter, stop);
        return RowSort.sorted(this, rows, sortBy == null ? AuditColumn.TIME : sortBy, ascending, stop);
    }

    /** The first row with this key, or -1. */
    public int indexOfKey(String key) {
        return key == null ? -1 : keys.indexOf(key);
    }

    /** The rows, in time order, whose user has this UPN or object id (whole, in any case). */
    public int[] rowsOfUser(String upnOrId) {
        if (upnOrId == null || upnOrId.isBlank()) {
            return new int[0];
        }
        String wanted = upnOrId.strip();
        boolean[] byName = userPrincipalNames.codesWhere(wanted::equalsIgnoreCase, Cancellation.NEVER);
        boolean[] byId = userIds.codesWhere(wanted::equalsIgnoreCase, Cancellation.NEVER);
        int[] rows = new int[16];
        int count = 0;
        for (int row = 0; row < size(); row++) {
            if (byName[userPrincipalNames.code(row)] || byId[userIds.code(row)]) {
                if (count == rows.length) {
                    rows = Arrays.copyOf(rows, count * 2);
                }
                rows[count++] = row;
            }
        }
        return Arrays.copyOf(rows, count);
    }

    /**
     * Computes now what the first sort by each text column, the first {@link AuditDaily} and the first
     * {@link #indexOfKey} would otherwise compute on first use (about a second for a million rows). Optional: for
     * the job that loads the log, so that the first click on a column heading is as fast as the next.
     */
    public void warmUp() {
        for (AuditColumn column : List.of(AuditColumn.ACTIVITY, AuditColumn.INITIATOR, AuditColumn.USER,
                AuditColumn.RESULT, AuditColumn.SUMMARY)) {
            column(column).ranks();
        }
        userPrincipalNames.caseFoldedCodes();
        userIds.caseFoldedCodes();
        keys.indexOf("");
    }

    long epochNanos(int row) {
        return times[row];
    }

    /** The first row at or after this time (rows are in time order); {@link #size()} when there is none. */
    int firstRowAtOrAfter(Instant time) {
        long seconds = time.getEpochSecond();
        if (seconds < Long.MIN_VALUE / NANOS_PER_SECOND) {
            return 0;
        }
        if (seconds >= Long.MAX_VALUE / NANOS_PER_SECOND) {
            return size();
        }
        long nanos = seconds * NANOS_PER_SECOND + time.getNano();
        int low = 0;
        int high = times.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (times[middle] < nanos) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    byte[] originOrdinals() {
        return origins;
    }

    int[] methodMasks() {
        return methods;
    }

    DictionaryColumn column(AuditColumn column) {
        return switch (column) {
            case ACTIVITY -> activities;
            case INITIATOR -> initiators;
            case USER -> userPrincipalNames;
            case RESULT -> results;
            case SUMMARY -> summaries;
            case TIME, ORIGIN, METHODS -> throw new IllegalArgumentException(column + " is no text column");
        };
    }

    DictionaryColumn userIds() {
        return userIds;
    }

    /** Collects records in any order; not thread-safe. */
    public static final class Builder {

        private long[] times = new long[1024];
        private final KeyColumn.Builder keys = new KeyColumn.Builder();
        private byte[] origins = new byte[1024];
        private int[] methods = new int[1024];
        private int size;
        private final DictionaryColumn.Builder activities = new DictionaryColumn.Builder();
        private final DictionaryColumn.Builder initiators = new DictionaryColumn.Builder();
        private final DictionaryColumn.Builder userPrincipalNames = new DictionaryColumn.Builder();
        private final DictionaryColumn.Builder userIds = new DictionaryColumn.Builder();
        private final DictionaryColumn.Builder results = new DictionaryColumn.Builder();
        private final DictionaryColumn.Builder summaries = new DictionaryColumn.Builder();

        private Builder() {
        }

        /**
         * Adds a record; its text values are stored once per distinct value.
         *
         * @throws IllegalArgumentException when the record's time is before 1677 or after 2262 (times are kept as
         *         epoch nanoseconds in a long)
         */
        public Builder add(AuditRecord record) {
            long nanos = epochNanos(record.time());
            if (size == times.length) {
                int capacity = size * 2;
                times = Arrays.copyOf(times, capacity);
                origins = Arrays.copyOf(origins, capacity);
                methods = Arrays.copyOf(methods, capacity);
            }
            times[size] = nanos;
            keys.add(record.key());
            origins[size] = (byte) record.origin().ordinal();
            methods[size] = record.methods();
            size++;
            activities.add(record.activity());
            initiators.add(record.initiator());
            userPrincipalNames.add(record.userPrincipalName());
            userIds.add(record.userId());
            results.add(record.result());
            summaries.add(record.summary());
            return this;
        }

        /** The log of the records added so far, sorted by time; the builder can go on. */
        public AuditLog build() {
            return new AuditLog(this);
        }

        private static long epochNanos(Instant time) {
            try {
                return Math.addExact(Math.multiplyExact(time.getEpochSecond(), NANOS_PER_SECOND), time.getNano());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("time " + Objects.requireNonNull(time)
                        + " is outside 1677-09-21 to 2262-04-11");
            }
        }
    }
}
