package cutover.importers.mfaserver;

import java.nio.CharBuffer;
import java.util.Map;

/** Turns one line of bytes into a JSON object: UTF-8 checked first, then parsed. One instance per thread. */
final class JsonLineObjects {

    private final Utf8Decoder utf8 = new Utf8Decoder();
    private final JsonLineParser parser = new JsonLineParser();

    Map<String, Object> parse(byte[] bytes, int start, int end) throws LineRejectedException {
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
