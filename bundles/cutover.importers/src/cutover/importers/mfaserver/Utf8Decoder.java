package cutover.importers.mfaserver;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of byte ranges with one reused {@link CharsetDecoder}: malformed input is reported, never
 * replaced, so a line with broken bytes can be rejected instead of importing garbled names.
 */
final class Utf8Decoder {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private ByteBuffer input = ByteBuffer.allocate(0);
    private CharBuffer output = CharBuffer.allocate(1024);

    /**
     * Decodes {@code bytes[from..to)} into {@link #chars()}. Returns -1 on success, otherwise the offset of the first
     * malformed byte relative to {@code from}.
     */
    int decode(byte[] bytes, int from, int to) {
        if (input.array() != bytes) {
            input = ByteBuffer.wrap(bytes);
        }
        input.clear();
        input.position(from).limit(to);
        if (output.capacity() < to - from) {
            output = CharBuffer.allocate(Math.max(to - from, output.capacity() * 2));
        }
        output.clear();
        decoder.reset();
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            return input.position() - from;
        }
        output.flip();
        return -1;
    }

    /** The characters of the last successful {@link #decode}; array offset 0, length {@code chars().limit()}. */
    CharBuffer chars() {
        return output;
    }

    /** Describes a malformed byte for an error message, for example {@code byte 0xC3 at position 12}. */
    static String describe(byte[] bytes, int from, int offset) {
        return String.format("invalid UTF-8 byte 0x%02X at byte %d of the value", bytes[from + offset] & 0xFF,
                offset + 1);
    }
}
