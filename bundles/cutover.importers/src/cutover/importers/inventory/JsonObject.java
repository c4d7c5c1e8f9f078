package cutover.importers.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object as {@link JsonReader} reads it: fields in file order, and the line each field name is on. */
final class JsonObject {

    private final long line;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Long> fieldLines = new LinkedHashMap<>();

    JsonObject(long line) {
        this.line = line;
    }

    /** The line the object starts on. */
    long line() {
        return line;
    }

    /** Fields by name; values are JsonObject, List, String, Boolean, {@link JsonReader.Number} or null. */
    Map<String, Object> fields() {
        return fields;
    }

    boolean put(String name, Object value, long nameLine) {
        if (fields.containsKey(name)) {
            return false;
        }
        fields.put(name, value);
        fieldLines.put(name, nameLine);
        return true;
    }

    /** The line of the field's name, or the object's line when it has no such field. */
    long lineOf(String name) {
        return fieldLines.getOrDefault(name, line);
    }
}
