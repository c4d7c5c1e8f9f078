package cutover.importers.mfaserver;

import java.nio.charset.StandardCharsets;

/**
 * Shares equal strings between users for values with few distinct values (country codes, languages, device
 * names). With hundreds of thousands of users this saves tens of megabytes of heap, and looking ASCII values up
 * by their bytes avoids creating a throw-away string per value. Bounded, so a file where such a column is
 * unexpectedly unique cannot make the pool itself the memory problem.
 */
final class StringPool {

    private static final int MAX_ENTRIES = 4096;

    /** Open addressing; twice as many slots as entries at most, so probe sequences stay short. */
    private final String[] table = new String[MAX_ENTRIES * 2];
    private int size;

    /** The pooled string equal to {@code value}, adding it if there is room. */
    String share(String value) {
        if (value == null) {
            return null;
        }
        int mask = table.length - 1;
        int h = 0;
        for (int i = 0; i < value.length(); i++) {
            h = 31 * h + value.charAt(i);
        }
        for (int slot = spread(h) & mask;; slot = (slot + 1) & mask) {
            String entry = table[slot];
            if (entry == null) {
                return add(slot, value);
            }
            if (entry.equals(value)) {
                return entry;
            }
        }
    }

    /** The pooled string for the ASCII bytes {@code bytes[start..end)}, or null for an empty range. */
    String share(byte[] bytes, int start, int end) {
        if (start == end) {
            return null;
        }
        int mask = table.length - 1;
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + (bytes[i] & 0xFF);
        }
        for (int slot = spread(h) & mask;; slot = (slot + 1) & mask) {
            String entry = table[slot];
            if (entry == null) {
                return add(slot, new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
            }
            if (sameText(entry, bytes, start, end)) {
                return entry;
            }
        }
    }

    private String add(int slot, String value) {
        if (size < MAX_ENTRIES) {
            table[slot] = value;
            size++;
        }
        return value;
    }

    private static boolean sameText(String entry, byte[] bytes, int start, int end) {
        if (entry.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (entry.charAt(i - start) != (bytes[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
