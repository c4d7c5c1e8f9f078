package cutover.importers.mfaserver;

import java.nio.charset.StandardCharsets;

/**
 * A reusable view of ASCII bytes as a {@link CharSequence}, so that short values such as timestamps can be parsed
 * straight from the line buffer without creating a string for each.
 */
final class AsciiSlice implements CharSequence {

    private byte[] bytes;
    private int start;
    private int end;

    AsciiSlice set(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.start = start;
        this.end = end;
        return this;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        return (char) (bytes[start + index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return substring(from, to);
    }

    /** The characters {@code [from, to)} as a new string. */
    String substring(int from, int to) {
        return new String(bytes, start + from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** The characters {@code [from, to)} as a pooled string. */
    String share(StringPool pool, int from, int to) {
        return pool.share(bytes, start + from, start + to);
    }

    /** True when the bytes equal {@code text}, ignoring ASCII case. */
    boolean equalsIgnoreCase(String text) {
        if (text.length() != end - start) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            int a = bytes[start + i];
            int b = text.charAt(i);
            if (a != b) {
                int lower = a | 0x20;
                if (lower < 'a' || lower > 'z' || lower != (b | 0x20)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
