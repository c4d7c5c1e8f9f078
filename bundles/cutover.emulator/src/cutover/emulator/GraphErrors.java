package cutover.emulator;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Graph's error codes as the emulator uses them, and the error body {@code {"error":{code,message,innerError}}}. */
final class GraphErrors {

    /** Generic bad request, as the authentication method endpoints answer. */
    static final String BAD_REQUEST = "badRequest";
    /** Bad request of the directory (users, groups) endpoints, for example an invalid {@code $top}. */
    static final String DIRECTORY_BAD_REQUEST = "Request_BadRequest";
    static final String UNSUPPORTED_QUERY = "Request_UnsupportedQuery";
    static final String RESOURCE_NOT_FOUND = "Request_ResourceNotFound";
    static final String ITEM_NOT_FOUND = "itemNotFound";
    static final String CONFLICT = "conflict";
    static final String TOO_MANY_REQUESTS = "TooManyRequests";
    static final String SERVICE_UNAVAILABLE = "serviceNotAvailable";
    static final String GATEWAY_TIMEOUT = "gatewayTimeout";
    static final String FAILED_DEPENDENCY = "failedDependency";
    static final String INVALID_TOKEN = "InvalidAuthenticationToken";
    static final String METHOD_NOT_ALLOWED = "Request_BadRequest";
    static final String INTERNAL = "generalException";

    private GraphErrors() {
    }

    /** The response for an error, with the request's ids in {@code innerError}. */
    static GraphResponse response(GraphException error, String requestId, String clientRequestId) {
        GraphResponse response = new GraphResponse(error.status(), body(error.code(), error.getMessage(), requestId,
                clientRequestId));
        error.headers().forEach(response::header);
        return response;
    }

    static JsonObject body(String code, String message, String requestId, String clientRequestId) {
        JsonObject inner = new JsonObject();
        inner.addProperty("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        inner.addProperty("request-id", requestId);
        inner.addProperty("client-request-id", clientRequestId);
        JsonObject error = new JsonObject();
        error.addProperty("code", code);
        error.addProperty("message", message);
        error.add("innerError", inner);
        JsonObject body = new JsonObject();
        body.add("error", error);
        return body;
    }
}
