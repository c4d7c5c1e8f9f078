package cutover.importers.mfaserver;

/**
 * Remembers on which line each user principal name was first seen, ignoring case like Active Directory and Entra ID
 * do. Open addressing over parallel arrays instead of a {@code HashMap<String, Long>}: half a million users then
 * cost a few megabytes instead of tens, nothing is boxed per line, and the stored hashes spare most string
 * comparisons (each of which would touch two more objects in memory).
 */
final class UpnIndex {

    private String[] keys;
    private int[] hashes;
    private long[] lines;
    private int size;

    /** @param expectedEntries a guess of the number of users, to avoid rehashing while reading */
    UpnIndex(int expectedEntries) {
        int expected = Math.max(1 << 10, Math.min(1 << 20, expectedEntries));
        int capacity = Integer.highestOneBit(expected) * 4;
        keys = new String[capacity];
        hashes = new int[capacity];
        lines = new long[capacity];
    }

    /** Records {@code upn} at {@code line} unless already present; returns the earlier line, or -1 if it is new. */
    long putIfAbsent(String upn, long line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int hash = hash(upn);
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            if (hashes[slot] == hash && keys[slot].equalsIgnoreCase(upn)) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = upn;
        hashes[slot] = hash;
        lines[slot] = line;
        size++;
        return -1;
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        long[] oldLines = lines;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** A hash equal for strings that {@link String#equalsIgnoreCase} considers equal. */
    static int hash(String text) {
        int h = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
            } else {
                c = Character.toLowerCase(Character.toUpperCase(c));
            }
            h = 31 * h + c;
        }
        return h ^ (h >>> 16);
    }
}
