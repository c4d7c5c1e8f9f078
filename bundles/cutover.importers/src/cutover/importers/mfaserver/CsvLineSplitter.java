package cutover.importers.mfaserver;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits one CSV line, given as UTF-8 bytes, into fields following RFC 4180 quoting: a field is either plain text
 * without quotes, or enclosed in double quotes with inner quotes doubled. Format v1 keeps every record on one line,
 * so a quote left open at the end of the line is an error rather than a line break inside the value.
 *
 * <p>Working on bytes is safe because ',' and '"' never occur inside multi-byte UTF-8 sequences. The splitter is
 * reused from line to line and allocates only when a line has more fields than any before.
 */
final class CsvLineSplitter {

    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';
    private static final long COMMAS = ByteScan.pattern(COMMA);
    private static final long QUOTES = ByteScan.pattern(QUOTE);

    private byte[] line;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] doubledQuotes = new boolean[32];
    private boolean[] nonAscii = new boolean[32];
    private int count;
    private byte[] scratch = new byte[256];

    /**
     * Splits {@code bytes[from..to)}. The field boundaries refer into {@code bytes}, which must not change while the
     * fields are used.
     *
     * @throws LineRejectedException when quoting is malformed, naming the 1-based field number
     */
    void split(byte[] bytes, int from, int to) throws LineRejectedException {
        line = bytes;
        count = 0;
        int i = from;
        while (true) {
            ensureCapacity();
            boolean highBit = false;
            boolean escapes = false;
            int fieldStart;
            int fieldEnd;
            if (i < to && bytes[i] == QUOTE) {
                fieldStart = ++i;
                while (true) {
                    if (i >= to) {
                        throw new LineRejectedException("field " + (count + 1)
                                + ": a quoted value is not closed before the end of the line"
                                + " (line breaks inside values are not allowed in format v1)");
                    }
                    byte b = bytes[i];
                    if (b == QUOTE) {
                        if (i + 1 < to && bytes[i + 1] == QUOTE) {
                            escapes = true;
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    highBit |= b < 0;
                    i++;
                }
                fieldEnd = i++;
                if (i < to && bytes[i] != COMMA) {
                    throw new LineRejectedException("field " + (count + 1)
                            + ": unexpected text after the closing quote (a quoted value must end at a comma)");
                }
            } else {
                fieldStart = i;
                while (i + 8 <= to) {
                    long word = ByteScan.word(bytes, i);
                    long special = ByteScan.marks(word, COMMAS) | ByteScan.marks(word, QUOTES);
                    if (special != 0) {
                        int offset = ByteScan.firstMarked(special);
                        highBit |= ByteScan.highBitInLowest(word, offset);
                        i += offset;
                        break;
                    }
                    highBit |= ByteScan.highBitInLowest(word, 8);
                    i += 8;
                }
                while (i < to) {
                    byte b = bytes[i];
                    if (b == COMMA) {
                        break;
                    }
                    if (b == QUOTE) {
                        throw new LineRejectedException("field " + (count + 1)
                                + ": a quote inside an unquoted value (enclose the value in quotes and double"
                                + " the inner quote)");
                    }
                    highBit |= b < 0;
                    i++;
                }
                fieldEnd = i;
            }
            starts[count] = fieldStart;
            ends[count] = fieldEnd;
            doubledQuotes[count] = escapes;
            nonAscii[count] = highBit;
            count++;
            if (i >= to) {
                return;
            }
            i++; // the comma
        }
    }

    int count() {
        return count;
    }

    boolean isEmpty(int field) {
        return starts[field] == ends[field];
    }

    boolean isAscii(int field) {
        return !nonAscii[field];
    }

    byte[] bytes() {
        return line;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    /** True when the field contains a doubled quote that {@link #text(int)} turns into one. */
    boolean hasEscapes(int field) {
        return doubledQuotes[field];
    }

    /**
     * The field as a string, or null when it is empty. Non-ASCII fields must have been checked for valid UTF-8
     * before, because this method does not report malformed bytes.
     */
    String text(int field) {
        int start = starts[field];
        int end = ends[field];
        if (start == end) {
            return null;
        }
        if (doubledQuotes[field]) {
            int length = unescape(start, end);
            return new String(scratch, 0, length,
                    nonAscii[field] ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }
        return new String(line, start, end - start,
                nonAscii[field] ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    /** Copies the field into {@code scratch}, turning each doubled quote into one; returns the new length. */
    private int unescape(int start, int end) {
        if (scratch.length < end - start) {
            scratch = new byte[Math.max(end - start, scratch.length * 2)];
        }
        int length = 0;
        for (int i = start; i < end; i++) {
            scratch[length++] = line[i];
            if (line[i] == QUOTE) {
                i++;
            }
        }
        return length;
    }

    private void ensureCapacity() {
        if (count == starts.length) {
            int larger = starts.length * 2;
            starts = Arrays.copyOf(starts, larger);
            ends = Arrays.copyOf(ends, larger);
            doubledQuotes = Arrays.copyOf(doubledQuotes, larger);
            nonAscii = Arrays.copyOf(nonAscii, larger);
        }
    }
}
