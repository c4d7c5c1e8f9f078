package cutover.importers.inventory;

import cutover.importers.text.InvalidJsonException;
import cutover.importers.text.JsonObject;
import cutover.importers.text.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;

/**
 * Reads AD FS objects written by {@code ConvertTo-Json}: one object, an array of them, or the
 * {@code {"value": [...], "Count": n}} wrapper Windows PowerShell 5.1 writes for some arrays.
 */
final class AdfsJsonParser {

    private static final int MAX_STRING = 1 << 20;
    private static final int MAX_DEPTH = 64;

    void parse(Reader text, FileFindings out) throws IOException, InventoryFormatException {
        AdfsObjects objects = new AdfsObjects(out);
        try {
            new JsonReader(text, MAX_STRING, MAX_DEPTH).readTopLevel((value, index) -> {
                if (value instanceof JsonObject object && isCountWrapper(object)) {
                    List<?> elements = (List<?>) object.get("value");
                    for (int i = 0; i < elements.size(); i++) {
                        element(elements.get(i), "$.value[" + i + "]", object.lineOf("value"), objects, out);
                    }
                } else {
                    element(value, index < 0 ? "$" : "$[" + index + "]", 0, objects, out);
                }
            });
        } catch (InvalidJsonException e) {
            throw new InventoryFormatException(e.line(), e.getMessage());
        }
        objects.finish();
    }

    private static void element(Object value, String path, long fallbackLine, AdfsObjects objects, FileFindings out) {
        if (value instanceof JsonObject object) {
            Map<String, Object> fields = object.fields();
            objects.accept(fields, List.of(), object.line(), object::lineOf, path);
        } else {
            out.problem(fallbackLine, path + " is not a JSON object; it was skipped");
        }
    }

    private static boolean isCountWrapper(JsonObject object) {
        Map<String, Object> fields = object.fields();
        return fields.size() == 2 && fields.get("value") instanceof List<?> && fields.containsKey("Count");
    }
}
