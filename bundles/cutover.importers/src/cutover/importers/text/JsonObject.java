package cutover.importers.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object as {@link JsonReader} reads it: fields in file order, and the line each field name is on. */
public final class JsonObject {

    private final long line;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Object> readOnlyFields = Collections.unmodifiableMap(fields);
    private final Map<String, Long> fieldLines = new LinkedHashMap<>();

    JsonObject(long line) {
        this.line = line;
    }

    /** The line the object starts on. */
    public long line() {
        return line;
    }

    /** Fields by name; values are as {@link JsonReader} describes. */
    public Map<String, Object> fields() {
        return readOnlyFields;
    }

    /** The field's value, or null when it is null or absent. */
    public Object get(String name) {
        return fields.get(name);
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** The line of the field's name, or the object's line when it has no such field. */
    public long lineOf(String name) {
        return fieldLines.getOrDefault(name, line);
    }

    boolean put(String name, Object value, long nameLine) {
        if (fields.containsKey(name)) {
            return false;
        }
        fields.put(name, value);
        fieldLines.put(name, nameLine);
        return true;
    }
}
