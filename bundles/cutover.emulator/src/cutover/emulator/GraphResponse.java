package cutover.emulator;

import com.google.gson.JsonElement;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one Graph call (a whole request or one {@code $batch} part) answers: status, headers and JSON body. */
final class GraphResponse {

    private final int status;
    private final JsonElement body;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean appliedWrite;

    GraphResponse(int status, JsonElement body) {
        this.status = status;
        this.body = body;
    }

    static GraphResponse ok(JsonElement body) {
        return new GraphResponse(200, body);
    }

    static GraphResponse created(JsonElement body) {
        return new GraphResponse(201, body);
    }

    static GraphResponse noContent() {
        return new GraphResponse(204, null);
    }

    GraphResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    boolean succeeded() {
        return status < 400;
    }

    /** The body, or null for none. */
    JsonElement body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** Whether this call changed the tenant (for a batch: whether any part did). */
    boolean appliedWrite() {
        return appliedWrite;
    }

    void markAppliedWrite() {
        appliedWrite = true;
    }
}
