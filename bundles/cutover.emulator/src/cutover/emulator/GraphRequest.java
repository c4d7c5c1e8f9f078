package cutover.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Graph call, whether it came as an HTTP request or as a part of {@code $batch}.
 *
 * <p>{@code path} is percent-decoded and has no version prefix ({@code /users/…}); {@code rawPath} keeps the
 * encoding for links the emulator sends back.
 */
final class GraphRequest {

    private final String method;
    private final ApiVersion version;
    private final String path;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final String body;
    private final String baseUrl;
    private final String requestId;
    private final String clientRequestId;

    GraphRequest(String method, ApiVersion version, String rawPath, String rawQuery, Map<String, String> headers,
            String body, String baseUrl, String requestId, String clientRequestId) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.version = version;
        String trimmed = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1)
                : rawPath;
        this.rawPath = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
        this.path = decode(this.rawPath, false);
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        this.query = parseQuery(this.rawQuery);
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body == null ? "" : body;
        this.baseUrl = baseUrl;
        this.requestId = requestId;
        this.clientRequestId = clientRequestId;
    }

    String method() {
        return method;
    }

    ApiVersion version() {
        return version;
    }

    String path() {
        return path;
    }

    String rawPath() {
        return rawPath;
    }

    String rawQuery() {
        return rawQuery;
    }

    /** A query option such as {@code $top}, decoded, or null. */
    String query(String name) {
        return query.get(name);
    }

    /** A request header, or null. */
    String header(String name) {
        return headers.get(name);
    }

    Map<String, String> headers() {
        return headers;
    }

    String body() {
        return body;
    }

    String baseUrl() {
        return baseUrl;
    }

    String requestId() {
        return requestId;
    }

    String clientRequestId() {
        return clientRequestId;
    }

    boolean isWrite() {
        return method.equals("POST") || method.equals("PATCH") || method.equals("PUT") || method.equals("DELETE");
    }

    /** Whether the caller asked for Graph's advanced queries with {@code ConsistencyLevel: eventual}. */
    boolean eventualConsistency() {
        String level = header("ConsistencyLevel");
        return level != null && level.trim().equalsIgnoreCase("eventual");
    }

    /** Whether {@code $count=true} was given. */
    boolean countRequested() {
        String count = query("$count");
        return count != null && count.trim().equalsIgnoreCase("true");
    }

    /** The URL of this call's resource without query, for example {@code http://127.0.0.1:8080/v1.0/users}. */
    String resourceUrl() {
        return baseUrl + "/" + version.segment() + rawPath;
    }

    /** {@code @odata.context} for the given fragment, for example {@code users}. */
    String context(String fragment) {
        return baseUrl + "/" + version.segment() + "/$metadata#" + fragment;
    }

    /** The identity of a write for duplicate detection: {@code METHOD /version/path[?query] compact-body}. */
    String writeKey() {
        StringBuilder key = new StringBuilder(method).append(' ').append('/').append(version.segment()).append(path);
        if (!rawQuery.isEmpty()) {
            key.append('?').append(rawQuery);
        }
        key.append(' ');
        if (!body.isBlank()) {
            try {
                key.append(JsonParser.parseString(body));
            } catch (JsonParseException e) {
                key.append(body.strip());
            }
        }
        return key.toString();
    }

    /** The body as a JSON object; 400 when it is missing or not an object. */
    JsonObject jsonBody() {
        if (body.isBlank()) {
            throw GraphException.badRequest("The request body is missing; this call expects a JSON object.");
        }
        try {
            JsonElement element = JsonParser.parseString(body);
            if (!element.isJsonObject()) {
                throw GraphException.badRequest("The request body must be a JSON object.");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw GraphException.badRequest("Unable to read JSON request payload. Please ensure Content-Type header "
                    + "is set and payload is of valid JSON format.");
        }
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> options = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return options;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            options.put(name, value);
        }
        return options;
    }

    /** Percent-decodes; '+' means a space only in the query. */
    static String decode(String text, boolean plusIsSpace) {
        String input = plusIsSpace ? text : text.replace("+", "%2B");
        try {
            return URLDecoder.decode(input, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw GraphException.badRequest("The URL has an invalid percent-encoding: " + text);
        }
    }

    /** The two Graph versions the emulator serves. */
    enum ApiVersion {
        V1_0("v1.0"),
        BETA("beta");

        private final String segment;

        ApiVersion(String segment) {
            this.segment = segment;
        }

        String segment() {
            return segment;
        }

        /** The version with this path segment, or null. */
        static ApiVersion fromSegment(String segment) {
            for (ApiVersion version : values()) {
                if (version.segment.equals(segment)) {
                    return version;
                }
            }
            return null;
        }
    }
}
