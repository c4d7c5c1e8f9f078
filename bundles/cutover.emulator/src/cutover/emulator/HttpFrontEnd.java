package cutover.emulator;

import com.google.gson.JsonElement;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import cutover.emulator.GraphRequest.ApiVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The HTTP side: the admin endpoint {@code GET /_emulator/stats} (no token needed), the bearer-token check,
 * latency and connection faults, the version prefix, then {@code $batch} or a single call; and the response with
 * {@code request-id} and {@code client-request-id} headers. Connection faults close the exchange before any
 * response header is sent, which closes the TCP connection.
 */
final class HttpFrontEnd implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(HttpFrontEnd.class.getName());
    private static final String ADMIN_PREFIX = "/_emulator/";

    private final GraphDispatcher dispatcher;
    private final BatchEndpoint batch;
    private final LocalTenant tenant;
    private final FaultInjector faults;
    private final Duration latency;
    private volatile String baseUrl;

    HttpFrontEnd(GraphDispatcher dispatcher, LocalTenant tenant, FaultInjector faults, Duration latency) {
        this.dispatcher = dispatcher;
        this.batch = new BatchEndpoint(dispatcher);
        this.tenant = tenant;
        this.faults = faults;
        this.latency = latency;
    }

    void baseUrl(String value) {
        baseUrl = value;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (IOException | RuntimeException e) {
            // Log the kind of failure only: messages may quote request values.
            LOG.log(System.Logger.Level.WARNING, "Graph emulator failed to answer "
                    + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + ": "
                    + e.getClass().getName());
            answerInternalError(exchange);
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath();
        if (rawPath.startsWith(ADMIN_PREFIX)) {
            admin(exchange, rawPath.substring(ADMIN_PREFIX.length()));
            return;
        }
        String requestId = UUID.randomUUID().toString();
        String clientRequestId = exchange.getRequestHeaders().getFirst("client-request-id");
        if (clientRequestId == null || clientRequestId.isBlank()) {
            clientRequestId = UUID.randomUUID().toString();
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        pause(latency.toMillis() + faults.slowDelayMillis());
        GraphResponse response;
        try {
            checkToken(exchange.getRequestHeaders());
            int slash = rawPath.indexOf('/', 1);
            String versionSegment = slash < 0 ? rawPath.substring(1) : rawPath.substring(1, slash);
            ApiVersion version = ApiVersion.fromSegment(versionSegment);
            if (version == null) {
                throw new GraphException(400, "BadRequest", "Invalid version: " + versionSegment);
            }
            GraphRequest request = new GraphRequest(exchange.getRequestMethod(), version,
                    slash < 0 ? "/" : rawPath.substring(slash), uri.getRawQuery(), headers(exchange), body, baseUrl,
                    requestId, clientRequestId);
            if (faults.resetConnection()) {
                dispatcher.countDroppedWrite(request);
                return;
            }
            response = BatchEndpoint.isBatch(request) ? batch.handle(request) : dispatcher.dispatch(request);
            if (response.appliedWrite() && faults.resetAfterApply()) {
                return;
            }
        } catch (GraphException e) {
            response = GraphErrors.response(e, requestId, clientRequestId);
        }
        send(exchange, response, requestId, clientRequestId);
    }

    private static void checkToken(Headers headers) {
        String authorization = headers.getFirst("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank();
        if (!bearer) {
            throw new GraphException(401, GraphErrors.INVALID_TOKEN, authorization == null
                    ? "Access token is empty." : "Access token validation failure: expected 'Bearer <token>'.")
                    .header("WWW-Authenticate", "Bearer realm=\"\", error=\"invalid_token\"");
        }
    }

    private void admin(HttpExchange exchange, String action) throws IOException {
        GraphResponse response;
        if (action.equals("stats") && exchange.getRequestMethod().equals("GET")) {
            response = GraphResponse.ok(tenant.writes().stats().toJson());
        } else {
            response = GraphErrors.response(new GraphException(404, GraphErrors.ITEM_NOT_FOUND,
                    "The emulator has only GET /_emulator/stats."), "", "");
        }
        send(exchange, response, UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    private static void answerInternalError(HttpExchange exchange) {
        if (exchange.getResponseCode() != -1) {
            return; // headers already went out: closing the exchange is all that is left
        }
        String requestId = UUID.randomUUID().toString();
        try {
            send(exchange, GraphErrors.response(new GraphException(500, GraphErrors.INTERNAL,
                    "The emulator failed to handle the request."), requestId, requestId), requestId, requestId);
        } catch (IOException e) {
            // the client is gone
        }
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            if (!header.getValue().isEmpty()) {
                headers.put(header.getKey(), header.getValue().get(0));
            }
        }
        return headers;
    }

    private static void send(HttpExchange exchange, GraphResponse response, String requestId,
            String clientRequestId) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("request-id", requestId);
        headers.set("client-request-id", clientRequestId);
        response.headers().forEach(headers::set);
        JsonElement body = response.body();
        if (body == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = Json.bytes(body);
        headers.set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
