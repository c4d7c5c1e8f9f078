package cutover.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Graph error a handler answers with; {@link GraphErrors} turns it into Graph's error body. */
final class GraphException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final LinkedHashMap<String, String> headers = new LinkedHashMap<>();

    GraphException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static GraphException badRequest(String message) {
        return new GraphException(400, GraphErrors.BAD_REQUEST, message);
    }

    static GraphException directoryBadRequest(String message) {
        return new GraphException(400, GraphErrors.DIRECTORY_BAD_REQUEST, message);
    }

    static GraphException unsupportedQuery(String message) {
        return new GraphException(400, GraphErrors.UNSUPPORTED_QUERY, message);
    }

    static GraphException resourceNotFound(String id) {
        return new GraphException(404, GraphErrors.RESOURCE_NOT_FOUND, "Resource '" + id
                + "' does not exist or one of its queried reference-property objects are not present.");
    }

    static GraphException itemNotFound(String what) {
        return new GraphException(404, GraphErrors.ITEM_NOT_FOUND, what + " was not found.");
    }

    GraphException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, String> headers() {
        return headers;
    }
}
