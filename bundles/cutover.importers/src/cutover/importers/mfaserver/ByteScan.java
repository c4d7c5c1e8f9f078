package cutover.importers.mfaserver;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds bytes eight at a time ("SIMD within a register"): a 64-bit word is tested for a given byte value with a
 * few arithmetic operations instead of eight compares and branches. Import speed is dominated by scanning for
 * line ends and commas, so this matters.
 */
final class ByteScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private ByteScan() {
    }

    /** A word with every byte equal to {@code b}, to pass as pattern. */
    static long pattern(byte b) {
        return (b & 0xFFL) * ONES;
    }

    /** Reads eight bytes starting at {@code index}; the caller ensures {@code index + 8 <= bytes.length}. */
    static long word(byte[] bytes, int index) {
        return (long) LONGS.get(bytes, index);
    }

    /**
     * Marks the bytes of {@code word} equal to the pattern's byte. Only the lowest mark is exact, which is all that
     * {@link #firstMarked(long)} needs.
     */
    static long marks(long word, long pattern) {
        long x = word ^ pattern;
        return (x - ONES) & ~x & HIGH_BITS;
    }

    /** Position (0 to 7) of the lowest marked byte; the marks must not be zero. */
    static int firstMarked(long marks) {
        return Long.numberOfTrailingZeros(marks) >>> 3;
    }

    /** True when any of the lowest {@code count} bytes of the word has its high bit set (is not ASCII). */
    static boolean highBitInLowest(long word, int count) {
        if (count == 0) {
            return false;
        }
        long mask = count >= 8 ? -1L : (1L << (count * 8)) - 1;
        return (word & mask & HIGH_BITS) != 0;
    }

    /** Index of the first {@code target} byte in {@code bytes[from..to)}, or -1. */
    static int indexOf(byte[] bytes, int from, int to, byte target) {
        long pattern = pattern(target);
        int i = from;
        while (i + 8 <= to) {
            long found = marks(word(bytes, i), pattern);
            if (found != 0) {
                return i + firstMarked(found);
            }
            i += 8;
        }
        for (; i < to; i++) {
            if (bytes[i] == target) {
                return i;
            }
        }
        return -1;
    }
}
