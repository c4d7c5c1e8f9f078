package cutover.core.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The rows' keys, almost all distinct, packed as UTF-8 into one array: a million {@code String}s would be two
 * million long-lived objects for the garbage collector to copy, for a column that is only read to show a row or
 * find one. {@link #indexOf} uses an open-addressing table of row numbers, made on first use.
 */
final class KeyColumn {

    private final byte[] bytes;
    /** Row i's key is bytes[starts[i]] up to bytes[starts[i + 1]]. */
    private final int[] starts;
    private volatile int[] rowsByHash;

    private KeyColumn(byte[] bytes, int[] starts) {
        this.bytes = bytes;
        this.starts = starts;
    }

    String key(int row) {
        return new String(bytes, starts[row], starts[row + 1] - starts[row], StandardCharsets.UTF_8);
    }

    /** The first row with this key, or -1. */
    int indexOf(String key) {
        int[] table = rowsByHash();
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        int mask = table.length - 1;
        for (int slot = hash(wanted, 0, wanted.length) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int row = table[slot] - 1;
            if (Arrays.equals(bytes, starts[row], starts[row + 1], wanted, 0, wanted.length)) {
                return row;
            }
        }
        return -1;
    }

    /** Row + 1 per slot, 0 for an empty slot; at most half full, so probe chains stay short. */
    private int[] rowsByHash() {
        int[] table = rowsByHash;
        if (table == null) {
            synchronized (this) {
                table = rowsByHash;
                if (table == null) {
                    table = new int[Integer.highestOneBit(Math.max(2, starts.length - 1)) * 4];
                    int mask = table.length - 1;
                    for (int row = 0; row < starts.length - 1; row++) {
                        int slot = hash(bytes, starts[row], starts[row + 1]) & mask;
                        while (table[slot] != 0) {
                            slot = (slot + 1) & mask;
                        }
                        table[slot] = row + 1;
                    }
                    rowsByHash = table;
                }
            }
        }
        return table;
    }

    private static int hash(byte[] data, int from, int to) {
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + data[i];
        }
        hash *= 0x9E3779B9;
        return hash ^ (hash >>> 15);
    }

    /** Packs keys as they are added, so the builder does not hold a million strings either. */
    static final class Builder {

        private byte[] bytes = new byte[16 * 1024];
        private int[] starts = new int[1025];
        private int size;

        void add(String key) {
            if (size + 1 == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            int start = starts[size];
            long needed = start + key.length() * 3L;
            if (needed > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("the keys take more than 2 GB");
            }
            if (needed > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16,
                        Math.max(bytes.length * 2L, needed)));
            }
            int at = start;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c >= 0x80) {
                    byte[] encoded = key.getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(encoded, 0, bytes, start, encoded.length);
                    at = start + encoded.length;
                    break;
                }
                bytes[at++] = (byte) c;
            }
            starts[++size] = at;
        }

        /** Compares two added keys by their UTF-8 bytes (the order of their code points). */
        int compare(int first, int second) {
            return Arrays.compareUnsigned(bytes, starts[first], starts[first + 1], bytes, starts[second],
                    starts[second + 1]);
        }

        /** The keys with their rows in the given order (row i is the added row order[i]). */
        KeyColumn build(int[] order) {
            byte[] ordered = new byte[starts[size]];
            int[] orderedStarts = new int[order.length + 1];
            int at = 0;
            for (int row = 0; row < order.length; row++) {
                int from = starts[order[row]];
                int length = starts[order[row] + 1] - from;
                orderedStarts[row] = at;
                System.arraycopy(bytes, from, ordered, at, length);
                at += length;
            }
            orderedStarts[order.length] = at;
            return new KeyColumn(ordered, orderedStarts);
        }
    }
}
