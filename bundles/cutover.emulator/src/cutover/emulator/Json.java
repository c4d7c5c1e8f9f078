package cutover.emulator;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** JSON helpers over Gson's tree model. */
final class Json {

    /** Writes JSON nulls, which Graph sends for unset properties. Gson instances are immutable and thread-safe. */
    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Json() {
    }

    /** The string member, or null when it is missing or JSON null. */
    static String text(JsonObject object, String name) {
        JsonElement element = object.get(name);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!element.isJsonPrimitive()) {
            throw new IllegalArgumentException(name + " must be a string");
        }
        return element.getAsString();
    }

    /** The string member of a request body, or null; 400 when it is not a string. */
    static String bodyText(JsonObject body, String name) {
        JsonElement element = body.get(name);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw GraphException.badRequest("The property '" + name + "' must be a string.");
        }
        return element.getAsString();
    }

    /** The strings of an array member; empty when the member is missing. */
    static List<String> textList(JsonObject object, String name) {
        List<String> values = new ArrayList<>();
        JsonElement element = object.get(name);
        if (element != null && element.isJsonArray()) {
            for (JsonElement value : element.getAsJsonArray()) {
                values.add(value.getAsString());
            }
        }
        return values;
    }

    static JsonArray strings(Iterable<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    static byte[] bytes(JsonElement element) {
        return GSON.toJson(element).getBytes(StandardCharsets.UTF_8);
    }
}
