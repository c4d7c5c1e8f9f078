package cutover.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The OData query options the emulator understands: {@code $top} (1 to 999, default 100), {@code $skiptoken}
 * (opaque to clients; here an encoded offset into the result), {@code $select} and {@code $count}; and collection
 * pages with {@code @odata.nextLink} and {@code @odata.count}.
 *
 * <p>A skip token is an offset, so a collection that changes between pages can skip or repeat entries; Graph's
 * own tokens are snapshots. Tests that page while writing must allow for that.
 */
final class ODataQuery {

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 999;
    private static final String SKIP_PREFIX = "emulator-skip:";

    private ODataQuery() {
    }

    static int top(GraphRequest request) {
        String top = request.query("$top");
        if (top == null) {
            return DEFAULT_PAGE_SIZE;
        }
        int value;
        try {
            value = Integer.parseInt(top.trim());
        } catch (NumberFormatException e) {
            throw GraphException.directoryBadRequest("Invalid value '" + top + "' for query option $top.");
        }
        if (value < 1 || value > MAX_PAGE_SIZE) {
            throw GraphException.directoryBadRequest("Invalid page size specified: '" + value
                    + "'. Must be between 1 and " + MAX_PAGE_SIZE + " inclusive.");
        }
        return value;
    }

    static int skip(GraphRequest request) {
        String token = request.query("$skiptoken");
        if (token == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            if (decoded.startsWith(SKIP_PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(SKIP_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw GraphException.directoryBadRequest("Invalid $skiptoken '" + token + "'.");
    }

    static String skipToken(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((SKIP_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The property names of {@code $select}, lower case; empty when every property is wanted. */
    static Set<String> select(GraphRequest request) {
        Set<String> names = new LinkedHashSet<>();
        String select = request.query("$select");
        if (select != null) {
            for (String name : select.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /** The entity reduced to {@code id}, OData annotations and the selected properties. */
    static JsonObject project(JsonObject entity, Set<String> select) {
        if (select.isEmpty()) {
            return entity;
        }
        JsonObject projected = new JsonObject();
        for (Map.Entry<String, JsonElement> property : entity.entrySet()) {
            String name = property.getKey();
            if (name.equals("id") || name.startsWith("@odata.") || select.contains(name.toLowerCase(Locale.ROOT))) {
                projected.add(name, property.getValue());
            }
        }
        return projected;
    }

    /**
     * One page of a collection: {@code items} are all matching entries; only the page's entries are turned into
     * JSON.
     */
    static <T> JsonObject page(GraphRequest request, String context, List<T> items, Function<T, JsonObject> toJson) {
        int top = top(request);
        int skip = skip(request);
        Set<String> select = select(request);
        JsonObject page = new JsonObject();
        page.addProperty("@odata.context", context);
        if (request.countRequested()) {
            page.addProperty("@odata.count", items.size());
        }
        int end = (int) Math.min(items.size(), (long) skip + top);
        if (end < items.size()) {
            page.addProperty("@odata.nextLink", nextLink(request, end));
        }
        JsonArray value = new JsonArray();
        for (int i = Math.min(skip, items.size()); i < end; i++) {
            value.add(project(toJson.apply(items.get(i)), select));
        }
        page.add("value", value);
        return page;
    }

    /** A whole small collection without paging, such as a user's phone methods. */
    static JsonObject collection(String context, List<JsonObject> items) {
        JsonObject body = new JsonObject();
        body.addProperty("@odata.context", context);
        JsonArray value = new JsonArray();
        items.forEach(value::add);
        body.add("value", value);
        return body;
    }

    private static String nextLink(GraphRequest request, int offset) {
        StringBuilder query = new StringBuilder();
        for (String pair : request.rawQuery().split("&")) {
            if (pair.isEmpty() || GraphRequest.decode(pair.split("=", 2)[0], true).equals("$skiptoken")) {
                continue;
            }
            query.append(query.isEmpty() ? "" : "&").append(pair);
        }
        query.append(query.isEmpty() ? "" : "&").append("$skiptoken=").append(skipToken(offset));
        return request.resourceUrl() + "?" + query;
    }
}
