package cutover.importers.mfaserver;

import java.util.Arrays;

/**
 * A run of consecutive lines copied out of the read buffer, so that they can be decoded on another thread while
 * the next lines are read, together with the outcome for each line. Batches are reused.
 */
final class LineBatch {

    /** Lines per batch; also how often progress is reported and cancellation checked. */
    static final int MAX_LINES = 2048;
    /** Below G1's "humongous object" size for 1 MiB heap regions, so the buffers are ordinary objects. */
    private static final int TARGET_BYTES = 384 << 10;

    private byte[] bytes = new byte[TARGET_BYTES];
    private int used;
    private final int[] starts = new int[MAX_LINES];
    private final int[] ends = new int[MAX_LINES];
    /** Per line: the user, the rejection message as a String, or null for a blank line. */
    private final Object[] results = new Object[MAX_LINES];
    private final boolean[] tooLong = new boolean[MAX_LINES];
    private int count;
    private long firstLineNumber;
    private long bytesConsumedAfter;

    void clear(long firstLine) {
        used = 0;
        count = 0;
        firstLineNumber = firstLine;
        Arrays.fill(results, null);
    }

    boolean isFull() {
        return count == MAX_LINES || used >= TARGET_BYTES;
    }

    void add(byte[] source, int from, int to) {
        int length = to - from;
        if (used + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
        }
        System.arraycopy(source, from, bytes, used, length);
        starts[count] = used;
        ends[count] = used + length;
        tooLong[count] = false;
        used += length;
        count++;
    }

    /** Adds a line whose content was skipped because it exceeds the maximum line length. */
    void addTooLong() {
        starts[count] = used;
        ends[count] = used;
        tooLong[count] = true;
        count++;
    }

    void setBytesConsumedAfter(long bytesConsumed) {
        bytesConsumedAfter = bytesConsumed;
    }

    /** Decodes every line, recording a user or a rejection message for each. */
    void decode(LineDecoder decoder) {
        for (int i = 0; i < count; i++) {
            if (tooLong[i]) {
                results[i] = "the line is longer than 1 MiB (" + ExportFormat.MAX_LINE_BYTES
                        + " bytes) and was skipped";
            } else if (!isBlank(starts[i], ends[i])) {
                try {
                    results[i] = decoder.decode(bytes, starts[i], ends[i]);
                } catch (LineRejectedException e) {
                    results[i] = e.getMessage();
                }
            }
        }
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    int count() {
        return count;
    }

    long lineNumber(int index) {
        return firstLineNumber + index;
    }

    Object result(int index) {
        return results[index];
    }

    long bytesConsumedAfter() {
        return bytesConsumedAfter;
    }
}
