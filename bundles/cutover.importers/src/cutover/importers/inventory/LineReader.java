package cutover.importers.inventory;

import java.io.IOException;
import java.io.Reader;

/** Reads lines (LF, CRLF or CR) of at most a given length, counting them; a longer line is an error. */
final class LineReader {

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private long number;
    private boolean skipLineFeed;

    LineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The number of the line last returned, counting from 1. */
    long number() {
        return number;
    }

    /** The next line without its terminator, or null at the end. */
    String next() throws IOException, InventoryFormatException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    number++;
                    return line.toString();
                }
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                number++;
                return line.toString();
            }
            if (line.length() >= maxLength) {
                throw new InventoryFormatException(number + 1, "the line is longer than " + maxLength
                        + " characters");
            }
            line.append(c);
        }
    }
}
