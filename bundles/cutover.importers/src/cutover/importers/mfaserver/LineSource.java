package cutover.importers.mfaserver;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding it. Lines end at LF; a CR before the LF is dropped. A UTF-8 byte
 * order mark at the very start is skipped. Lines longer than {@link ExportFormat#MAX_LINE_BYTES} are skipped up to
 * their end and flagged, so that the memory used stays bounded whatever the input.
 *
 * <p>After {@link #next()} returns true the current line is {@code buffer()[start() .. end())}; the bytes stay valid
 * until the following call to {@code next()}.
 */
final class LineSource {

    private static final int INITIAL_CAPACITY = 1 << 18;

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buffer = new byte[INITIAL_CAPACITY];
    private int position;
    private int limit;
    private boolean endOfInput;
    private long bytesFromInput;
    private long lineNumber;
    private int lineStart;
    private int lineEnd;
    private boolean tooLong;

    LineSource(InputStream in) {
        this(in, ExportFormat.MAX_LINE_BYTES);
    }

    LineSource(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads ahead until at least {@code count} bytes are buffered or the input ends, skips a byte order mark, and
     * returns the number of buffered bytes. Only valid before the first call to {@link #next()}.
     */
    int prefetch(int count) throws IOException {
        while (limit < count && !endOfInput) {
            fill();
        }
        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
        }
        return limit - position;
    }

    /** The buffered bytes after {@link #prefetch(int)}, starting at {@link #start()}. */
    byte[] buffer() {
        return buffer;
    }

    int start() {
        return lineStart;
    }

    int end() {
        return lineEnd;
    }

    /** Position of the first unconsumed byte, for use right after {@link #prefetch(int)}. */
    int unconsumedStart() {
        return position;
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return lineNumber;
    }

    /** True when the current line exceeded the maximum length; its bytes are not available. */
    boolean tooLong() {
        return tooLong;
    }

    /** Bytes of the input consumed so far, including line terminators. */
    long bytesConsumed() {
        return bytesFromInput - (limit - position);
    }

    /** Advances to the next line; false at the end of the input. */
    boolean next() throws IOException {
        tooLong = false;
        int searchFrom = position;
        while (true) {
            int newline = indexOfNewline(searchFrom);
            if (newline >= 0) {
                finishLine(position, newline);
                position = newline + 1;
                return true;
            }
            if (endOfInput) {
                if (position == limit) {
                    return false;
                }
                finishLine(position, limit);
                position = limit;
                return true;
            }
            if (limit - position > maxLineBytes + 1) {
                skipRestOfLongLine();
                return true;
            }
            int alreadySearched = limit - position;
            makeRoom();
            fill();
            searchFrom = position + alreadySearched;
        }
    }

    private void finishLine(int from, int to) {
        lineNumber++;
        if (to > from && buffer[to - 1] == '\r') {
            to--;
        }
        lineStart = from;
        lineEnd = to;
        if (to - from > maxLineBytes) {
            tooLong = true;
        }
    }

    private int indexOfNewline(int from) {
        return ByteScan.indexOf(buffer, from, limit, (byte) '\n');
    }

    /** Moves the unconsumed bytes to the front, growing the buffer when a single line fills it. */
    private void makeRoom() {
        int pending = limit - position;
        if (position == 0 && limit == buffer.length) {
            byte[] larger = new byte[Math.min(buffer.length * 2, maxLineBytes + 2 + INITIAL_CAPACITY)];
            System.arraycopy(buffer, 0, larger, 0, pending);
            buffer = larger;
        } else if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, pending);
        }
        position = 0;
        limit = pending;
    }

    private void fill() throws IOException {
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
        } else {
            limit += read;
            bytesFromInput += read;
        }
    }

    private void skipRestOfLongLine() throws IOException {
        lineNumber++;
        tooLong = true;
        lineStart = 0;
        lineEnd = 0;
        while (true) {
            int newline = indexOfNewline(position);
            if (newline >= 0) {
                position = newline + 1;
                return;
            }
            position = 0;
            limit = 0;
            if (endOfInput) {
                return;
            }
            fill();
        }
    }
}
