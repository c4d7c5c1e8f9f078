package cutover.importers.mfaserver;

import cutover.core.mfaserver.MfaServerUser;
import java.nio.CharBuffer;
import java.util.Map;

/** Decodes lines of the JSON Lines encoding: strict UTF-8, then JSON, then the user fields. */
final class JsonLineDecoder implements LineDecoder {

    private final Utf8Decoder utf8 = new Utf8Decoder();
    private final JsonLineParser parser = new JsonLineParser();
    private final JsonUserDecoder users = new JsonUserDecoder();

    /**
     * Checks that a line is the header object of format v1.
     *
     * @throws LineRejectedException saying why it is not
     */
    void checkHeader(byte[] bytes, int start, int end) throws LineRejectedException {
        Map<String, Object> header;
        try {
            header = parse(bytes, start, end);
        } catch (LineRejectedException e) {
            throw new LineRejectedException("the first line is not a valid header object ("
                    + e.getMessage() + "); expected " + ExportFormat.JSON_HEADER_LINE);
        }
        JsonUserDecoder.checkHeader(header);
    }

    @Override
    public MfaServerUser decode(byte[] bytes, int start, int end) throws LineRejectedException {
        return users.decode(parse(bytes, start, end));
    }

    @Override
    public LineDecoder copy() {
        return new JsonLineDecoder();
    }

    private Map<String, Object> parse(byte[] bytes, int start, int end) throws LineRejectedException {
        int bad = utf8.decode(bytes, start, end);
        if (bad >= 0) {
            throw new LineRejectedException(String.format("invalid UTF-8 byte 0x%02X at byte %d of the line",
                    bytes[start + bad] & 0xFF, bad + 1));
        }
        CharBuffer chars = utf8.chars();
        try {
            return parser.parseObject(chars.array(), chars.limit());
        } catch (JsonLineParser.JsonSyntaxException e) {
            throw new LineRejectedException(e.getMessage());
        }
    }
}
