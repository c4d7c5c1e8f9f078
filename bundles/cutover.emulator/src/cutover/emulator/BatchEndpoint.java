package cutover.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /v1.0/$batch} and {@code /beta/$batch}: 1 to 20 parts with unique ids, each run through the
 * {@link GraphDispatcher} against the batch's version, so each part is throttled, fault-injected and counted on its
 * own. Parts run one after another in the order given; {@code dependsOn} may only name parts listed earlier, and a
 * part whose dependency failed (status 400 or more) is answered 424 without running. The batch itself answers 200.
 */
final class BatchEndpoint {

    static final int MAX_REQUESTS = 20;

    private record Part(String id, String method, String url, Map<String, String> headers, String body,
            List<String> dependsOn) {
    }

    private final GraphDispatcher dispatcher;

    BatchEndpoint(GraphDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    static boolean isBatch(GraphRequest request) {
        return request.path().equalsIgnoreCase("/$batch") && request.method().equals("POST");
    }

    GraphResponse handle(GraphRequest batch) {
        List<Part> parts = parse(batch.jsonBody());
        Map<String, Integer> statusById = new HashMap<>();
        JsonArray responses = new JsonArray();
        boolean appliedWrite = false;
        for (Part part : parts) {
            GraphRequest request = partRequest(batch, part);
            GraphResponse response;
            String failed = part.dependsOn().stream().filter(id -> statusById.get(id) >= 400).findFirst()
                    .orElse(null);
            if (failed != null) {
                response = GraphErrors.response(new GraphException(424, GraphErrors.FAILED_DEPENDENCY,
                        "Request " + part.id() + " depends on request " + failed + ", which failed."),
                        request.requestId(), request.clientRequestId());
            } else {
                response = dispatcher.dispatch(request);
            }
            appliedWrite |= response.appliedWrite();
            statusById.put(part.id(), response.status());
            responses.add(partResponse(part.id(), response));
        }
        JsonObject body = new JsonObject();
        body.add("responses", responses);
        GraphResponse response = GraphResponse.ok(body);
        if (appliedWrite) {
            response.markAppliedWrite();
        }
        return response;
    }

    private static List<Part> parse(JsonObject body) {
        JsonElement requests = body.get("requests");
        if (requests == null || !requests.isJsonArray()) {
            throw new GraphException(400, "BadRequest", "The batch body must have a 'requests' array.");
        }
        JsonArray array = requests.getAsJsonArray();
        if (array.isEmpty() || array.size() > MAX_REQUESTS) {
            throw new GraphException(400, "BadRequest", "Number of included requests in the request must be between "
                    + "1 and " + MAX_REQUESTS + ".");
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        for (JsonElement element : array) {
            if (!element.isJsonObject()) {
                throw batchError("Every entry of 'requests' must be an object.");
            }
            Part part = part(element.getAsJsonObject());
            for (String dependency : part.dependsOn()) {
                if (!parts.containsKey(dependency)) {
                    throw batchError("Request " + part.id() + " depends on '" + dependency
                            + "', which is not a request listed before it.");
                }
            }
            if (parts.putIfAbsent(part.id(), part) != null) {
                throw batchError("The request id '" + part.id() + "' appears more than once; ids must be unique.");
            }
        }
        return new ArrayList<>(parts.values());
    }

    private static Part part(JsonObject json) {
        String id = primitive(json, "id");
        String method = primitive(json, "method");
        String url = primitive(json, "url");
        if (id == null || method == null || url == null) {
            throw batchError("Every request needs an id, a method and a url.");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        JsonElement headerJson = json.get("headers");
        if (headerJson != null && headerJson.isJsonObject()) {
            for (Map.Entry<String, JsonElement> header : headerJson.getAsJsonObject().entrySet()) {
                if (header.getValue().isJsonPrimitive()) {
                    headers.put(header.getKey(), header.getValue().getAsString());
                }
            }
        }
        JsonElement bodyJson = json.get("body");
        String body = bodyJson == null || bodyJson.isJsonNull() ? ""
                : bodyJson.isJsonPrimitive() ? bodyJson.getAsString() : bodyJson.toString();
        List<String> dependsOn = new ArrayList<>();
        JsonElement dependsJson = json.get("dependsOn");
        if (dependsJson != null && dependsJson.isJsonArray()) {
            for (JsonElement dependency : dependsJson.getAsJsonArray()) {
                if (!dependency.isJsonPrimitive()) {
                    throw batchError("dependsOn of request " + id + " must list request ids.");
                }
                dependsOn.add(dependency.getAsString());
            }
        }
        return new Part(id, method, url, headers, body, dependsOn);
    }

    private static GraphRequest partRequest(GraphRequest batch, Part part) {
        String url = part.url();
        int question = url.indexOf('?');
        String rawPath = question < 0 ? url : url.substring(0, question);
        String rawQuery = question < 0 ? null : url.substring(question + 1);
        String clientRequestId = part.headers().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("client-request-id")).map(Map.Entry::getValue).findFirst()
                .orElse(batch.clientRequestId());
        return new GraphRequest(part.method(), batch.version(), rawPath, rawQuery, part.headers(), part.body(),
                batch.baseUrl(), UUID.randomUUID().toString(), clientRequestId);
    }

    private static JsonObject partResponse(String id, GraphResponse response) {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("status", response.status());
        JsonObject headers = new JsonObject();
        if (response.body() != null) {
            headers.addProperty("Content-Type", "application/json");
        }
        response.headers().forEach(headers::addProperty);
        json.add("headers", headers);
        if (response.body() != null) {
            json.add("body", response.body());
        }
        return json;
    }

    private static String primitive(JsonObject json, String name) {
        JsonElement element = json.get(name);
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }

    private static GraphException batchError(String message) {
        return new GraphException(400, "BadRequest", message);
    }
}
