package cutover.importers.mfaserver;

import java.util.Map;

import cutover.core.mfaserver.MfaServerUser;

/** Decodes lines of the JSON Lines encoding: strict UTF-8, then JSON, then the user fields. */
final class JsonLineDecoder implements LineDecoder {

    private final JsonLineObjects lines = new JsonLineObjects();
    private final JsonUserDecoder users = new JsonUserDecoder();

    /**
     * Checks that a line is the header object of format v1.
     *
     * @throws LineRejectedException saying why it is not
     */
    void checkHeader(byte[] bytes, int start, int end) throws LineRejectedException {
        Map<String, Object> header;
        try {
            header = lines.parse(bytes, start, end);
        } catch (LineRejectedException e) {
            throw new LineRejectedException("the first line is not a valid header object ("
                    + e.getMessage() + "); expected " + ExportFormat.JSON_HEADER_LINE);
        }
        JsonUserDecoder.checkHeader(header);
    }

    @Override
    public MfaServerUser decode(byte[] bytes, int start, int end) throws LineRejectedException {
        return users.decode(lines.parse(bytes, start, end));
    }

    @Override
    public LineDecoder copy() {
        return new JsonLineDecoder();
    }
}
