package cutover.core.audit;

import java.util.Arrays;
import java.util.Comparator;

/** The order of rows by time, then by key for rows of the same time. */
final class TimeOrder {

    private static final int DIGIT_BITS = 11;
    private static final int DIGIT_MASK = (1 << DIGIT_BITS) - 1;

    private TimeOrder() {
    }

    /** order[i] = the row that comes i-th. */
    static int[] of(long[] times, KeyColumn.Builder keys, int count) {
        if (isSorted(times, keys, count)) {
            int[] order = new int[count];
            Arrays.setAll(order, row -> row);
            return order;
        }
        int[] order = radixSorted(times, count);
        sortTiesByKey(order, times, keys);
        return order;
    }

    private static boolean isSorted(long[] times, KeyColumn.Builder keys, int count) {
        for (int row = 1; row < count; row++) {
            long before = times[row - 1];
            if (before > times[row] || before == times[row] && keys.compare(row - 1, row) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rows sorted by time with a least-significant-digit radix sort on the time minus the smallest one: a few
     * linear passes, where sorting objects would be several times slower. Stable, so equal times keep their rows'
     * order.
     */
    private static int[] radixSorted(long[] times, int count) {
        int[] order = new int[count];
        Arrays.setAll(order, row -> row);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int row = 0; row < count; row++) {
            min = Math.min(min, times[row]);
            max = Math.max(max, times[row]);
        }
        long[] offsets = new long[count];
        for (int row = 0; row < count; row++) {
            offsets[row] = times[row] - min;
        }
        // max - min may exceed Long.MAX_VALUE; read as unsigned it is still right.
        int bits = 64 - Long.numberOfLeadingZeros(max - min);
        long[] offsetBuffer = new long[count];
        int[] orderBuffer = new int[count];
        int[] starts = new int[DIGIT_MASK + 2];
        for (int shift = 0; shift < bits; shift += DIGIT_BITS) {
            Arrays.fill(starts, 0);
            for (int i = 0; i < count; i++) {
                starts[(int) (offsets[i] >>> shift & DIGIT_MASK) + 1]++;
            }
            for (int digit = 0; digit <= DIGIT_MASK; digit++) {
                starts[digit + 1] += starts[digit];
            }
            for (int i = 0; i < count; i++) {
                int to = starts[(int) (offsets[i] >>> shift & DIGIT_MASK)]++;
                offsetBuffer[to] = offsets[i];
                orderBuffer[to] = order[i];
            }
            long[] sortedOffsets = offsetBuffer;
            offsetBuffer = offsets;
            offsets = sortedOffsets;
            int[] sortedOrder = orderBuffer;
            orderBuffer = order;
            order = sortedOrder;
        }
        return order;
    }

    private static void sortTiesByKey(int[] order, long[] times, KeyColumn.Builder keys) {
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            while (end < order.length && times[order[end]] == times[order[start]]) {
                end++;
            }
            if (end - start > 1) {
                Integer[] tied = new Integer[end - start];
                for (int i = start; i < end; i++) {
                    tied[i - start] = order[i];
                }
                Arrays.sort(tied, (Comparator<Integer>) keys::compare);
                for (int i = start; i < end; i++) {
                    order[i] = tied[i - start];
                }
            }
            start = end;
        }
    }
}
