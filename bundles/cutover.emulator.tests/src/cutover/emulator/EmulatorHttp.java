package cutover.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for tests against a running {@link GraphEmulator}. */
final class EmulatorHttp {

    static final String TOKEN = "Bearer test-token";

    /** One answer: status, headers and the body parsed as JSON (null when empty). */
    record Response(int status, HttpHeaders headers, JsonObject json, String text) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String errorCode() {
            return json.getAsJsonObject("error").get("code").getAsString();
        }

        String errorMessage() {
            return json.getAsJsonObject("error").get("message").getAsString();
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    EmulatorHttp(GraphEmulator emulator) {
        this.baseUrl = emulator.baseUrl();
    }

    /** Encodes a query value, for example a $filter expression. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    Response get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        return send("GET", pathAndQuery, null, headers);
    }

    /** Sends with a bearer token; {@code headers} are name, value pairs. A relative path gets the base URL. */
    Response send(String method, String pathAndQuery, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                pathAndQuery.startsWith("http") ? pathAndQuery : baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(20)).header("Authorization", TOKEN);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return sendRaw(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build());
    }

    Response sendRaw(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonObject json = null;
        if (text != null && !text.isBlank()) {
            JsonElement element = JsonParser.parseString(text);
            json = element.isJsonObject() ? element.getAsJsonObject() : null;
        }
        return new Response(response.statusCode(), response.headers(), json, text);
    }

    String baseUrl() {
        return baseUrl;
    }
}
