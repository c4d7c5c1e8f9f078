package cutover.graph;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * JSON requests through the SDK's HTTP pipeline (sign-in, Graph's retry and redirect middleware), for what the
 * typed SDK has no builder for: the beta endpoints, and {@code $batch}, whose parts Cutover must see one by one
 * because each can be throttled on its own.
 */
class GraphHttp {

    private static final MediaType JSON = MediaType.get("application/json");

    private final GraphConnection connection;

    GraphHttp(GraphConnection connection) {
        this.connection = connection;
    }

    /** GET {@code root + pathAndQuery}; throws {@link GraphException} on an error status. */
    JsonObject get(String root, String pathAndQuery, Map<String, String> headers) {
        return send("GET", root, pathAndQuery, null, headers);
    }

    /**
     * One request outside {@code $batch}: GET, or a POST, PATCH or DELETE with a JSON body or none.
     *
     * @return the answer's JSON body, or null when it has none (204)
     * @throws GraphException on an error status, with Graph's code and message, or when there was no answer
     */
    JsonObject send(String method, String root, String pathAndQuery, JsonObject body, Map<String, String> headers) {
        RequestBody content = body != null ? RequestBody.create(body.toString(), JSON)
                : method.equals("POST") || method.equals("PATCH") ? RequestBody.create(new byte[0]) : null;
        Request.Builder request = connection.signed(new Request.Builder().url(root + pathAndQuery)
                .method(method, content), root + pathAndQuery);
        headers.forEach(request::header);
        try (Response response = connection.http().newCall(request.build()).execute()) {
            JsonObject answer = parse(response.body());
            if (!response.isSuccessful()) {
                PartResult failed = new PartResult("", response.code(), -1, answer);
                throw new GraphException(response.code(), code(answer), method + " " + pathAndQuery + ": "
                        + failed.error(), null);
            }
            return answer;
        } catch (IOException e) {
            throw new GraphException(0, null, method + " " + pathAndQuery + ": no answer from " + root + " ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * Every item of a collection, following {@code @odata.nextLink} (absolute) page by page.
     *
     * @param canceled asked before each page after the first; true stops with {@link
     *        org.eclipse.core.runtime.OperationCanceledException}
     */
    List<JsonObject> all(String root, String pathAndQuery, Map<String, String> headers,
            java.util.function.BooleanSupplier canceled) {
        List<JsonObject> items = new ArrayList<>();
        JsonObject page = get(root, pathAndQuery, headers);
        while (true) {
            items.addAll(EntraJson.values(page));
            String next = EntraJson.text(page, "@odata.nextLink");
            if (next == null) {
                return items;
            }
            if (canceled.getAsBoolean()) {
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
            page = get("", next, headers);
        }
    }

    /** A GET's answer as it came: the status, Retry-After in seconds (-1 when absent) and the body. */
    record Answer(int status, long retryAfterSeconds, JsonObject body) {
    }

    /**
     * GET {@code url} without the SDK's retry middleware: the caller retries Graph's refusals itself, so it can
     * pace, stay cancellable while it waits, and count them ({@link ReadRetry} still resends a GET whose pooled
     * connection was gone).
     *
     * @throws GraphException when there was no answer
     */
    Answer getOnce(String url) {
        Request.Builder request = connection.signed(new Request.Builder().url(url).get(), url)
                .tag(RetryHandlerOption.class, new RetryHandlerOption(RetryHandlerOption.DEFAULT_SHOULD_RETRY, 0, 0));
        try (Response response = connection.http().newCall(request.build()).execute()) {
            return new Answer(response.code(), seconds(response.header("Retry-After")), parse(response.body()));
        } catch (IOException e) {
            throw new GraphException(0, null, "GET " + url + ": no answer (" + e.getMessage() + ")", e);
        }
    }

    /** The error of an unsuccessful answer, as {@link #get} would throw it. */
    static GraphException failure(String what, Answer answer) {
        PartResult failed = new PartResult("", answer.status(), answer.retryAfterSeconds(), answer.body());
        return new GraphException(answer.status(), code(answer.body()), what + ": " + failed.error(), null);
    }

    /**
     * Sends up to 20 parts as one {@code $batch}.
     *
     * @throws IOException when the batch got no answer: every part is then in doubt
     */
    List<PartResult> batch(String root, List<BatchPart> parts) throws IOException {
        if (parts.isEmpty() || parts.size() > 20) {
            throw new IllegalArgumentException("a batch has 1 to 20 parts, not " + parts.size());
        }
        JsonArray requests = new JsonArray();
        for (BatchPart part : parts) {
            JsonObject request = new JsonObject();
            request.addProperty("id", part.id());
            request.addProperty("method", part.method());
            request.addProperty("url", part.path());
            if (part.body() != null) {
                request.add("body", JsonParser.parseString(part.body()));
                JsonObject headers = new JsonObject();
                headers.addProperty("Content-Type", "application/json");
                request.add("headers", headers);
            }
            if (!part.dependsOn().isEmpty()) {
                JsonArray dependsOn = new JsonArray();
                part.dependsOn().forEach(dependsOn::add);
                request.add("dependsOn", dependsOn);
            }
            requests.add(request);
        }
        JsonObject batch = new JsonObject();
        batch.add("requests", requests);
        Request request = connection.signed(new Request.Builder().url(root + "/$batch")
                .post(RequestBody.create(batch.toString(), JSON)), root + "/$batch").build();
        try (Response response = connection.http().newCall(request).execute()) {
            JsonObject body = parse(response.body());
            if (!response.isSuccessful()) {
                // the whole batch was refused (throttled, unavailable): no part was run
                long retryAfter = seconds(response.header("Retry-After"));
                List<PartResult> all = new ArrayList<>();
                for (BatchPart part : parts) {
                    all.add(new PartResult(part.id(), response.code(), retryAfter, body));
                }
                return all;
            }
            return parts(body, parts);
        }
    }

    private List<PartResult> parts(JsonObject body, List<BatchPart> sent) throws IOException {
        if (body == null || !body.has("responses")) {
            throw new IOException("the $batch answer has no responses");
        }
        List<PartResult> results = new ArrayList<>();
        for (JsonElement element : body.getAsJsonArray("responses")) {
            JsonObject part = element.getAsJsonObject();
            long retryAfter = -1;
            double budgetUsed = -1;
            if (part.has("headers") && part.get("headers").isJsonObject()) {
                for (Map.Entry<String, JsonElement> header : part.getAsJsonObject("headers").entrySet()) {
                    String name = header.getKey().toLowerCase(java.util.Locale.ROOT);
                    String value = header.getValue().getAsString();
                    if (name.equals("retry-after")) {
                        retryAfter = seconds(value);
                    } else if (name.equals("x-ms-throttle-limit-percentage") || name.equals("x-ms-resource-unit")) {
                        if (name.equals("x-ms-throttle-limit-percentage")) {
                            budgetUsed = ThrottleMeter.parsePercentage(value);
                        }
                        connection.meter().record(part.get("status").getAsInt(),
                                name.equals("x-ms-throttle-limit-percentage") ? value : null,
                                name.equals("x-ms-resource-unit") ? value : null);
                    }
                }
            }
            int status = part.get("status").getAsInt();
            if (status == 429) {
                connection.meter().record(429, null, null);
            }
            JsonObject partBody = part.has("body") && part.get("body").isJsonObject() ? part.getAsJsonObject("body")
                    : null;
            results.add(new PartResult(part.get("id").getAsString(), status, retryAfter, partBody, budgetUsed));
        }
        if (results.size() != sent.size()) {
            throw new IOException("the $batch answer has " + results.size() + " responses for " + sent.size()
                    + " requests");
        }
        return results;
    }

    private static JsonObject parse(ResponseBody body) throws IOException {
        if (body == null) {
            return null;
        }
        String text = body.string();
        if (text.isBlank()) {
            return null;
        }
        JsonElement element = JsonParser.parseString(text);
        return element.isJsonObject() ? element.getAsJsonObject() : null;
    }

    private static String code(JsonObject body) {
        if (body != null && body.has("error") && body.get("error").isJsonObject()
                && body.getAsJsonObject("error").has("code")) {
            return body.getAsJsonObject("error").get("code").getAsString();
        }
        return null;
    }

    private static long seconds(String retryAfter) {
        if (retryAfter == null) {
            return -1;
        }
        try {
            return Math.max(0, Long.parseLong(retryAfter.strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
