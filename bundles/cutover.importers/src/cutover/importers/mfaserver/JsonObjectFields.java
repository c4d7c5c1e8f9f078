package cutover.importers.mfaserver;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to the fields of one parsed JSON object, with messages that say where in the line a value is wrong
 * (for example {@code phoneMethods[2].phoneType}). Null, a missing field and an empty string all mean "no value".
 */
final class JsonObjectFields {

    private final Map<String, Object> object;
    private final String path;

    JsonObjectFields(Map<String, Object> object, String path) {
        this.object = object;
        this.path = path;
    }

    /** Rejects fields not in {@code known}, so that a misspelt name does not silently drop data. */
    void allowOnly(Set<String> known) throws LineRejectedException {
        for (String name : object.keySet()) {
            if (name.equals(TenantSnapshotFormat.SECRET_KEY)) {
                throw rejected(name, "secret keys must never be stored in a tenant snapshot");
            }
            if (!known.contains(name)) {
                throw rejected(name, "unknown field");
            }
        }
    }

    boolean has(String name) {
        return object.get(name) != null;
    }

    String text(String name) throws LineRejectedException {
        Object value = object.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw rejected(name, "must be a string");
        }
        return text.isEmpty() ? null : text;
    }

    String requiredText(String name) throws LineRejectedException {
        String text = text(name);
        if (text == null) {
            throw rejected(name, "is missing");
        }
        return text;
    }

    boolean requiredBoolean(String name) throws LineRejectedException {
        Object value = object.get(name);
        if (!(value instanceof Boolean flag)) {
            throw rejected(name, value == null ? "is missing" : "must be true or false");
        }
        return flag;
    }

    BigDecimal requiredNumber(String name) throws LineRejectedException {
        Object value = object.get(name);
        if (!(value instanceof BigDecimal number)) {
            throw rejected(name, value == null ? "is missing" : "must be a number");
        }
        return number;
    }

    Instant instant(String name) throws LineRejectedException {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return IsoInstantParser.parse(text, 0, text.length());
        } catch (IllegalArgumentException e) {
            throw rejected(name, "is not a timestamp such as 2024-03-05T10:15:30Z (" + e.getMessage() + ")");
        }
    }

    /** The objects of an array field; empty when the field is absent or null. */
    List<JsonObjectFields> objects(String name) throws LineRejectedException {
        List<Object> array = array(name);
        List<JsonObjectFields> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String elementPath = qualified(name) + "[" + (i + 1) + "]";
            if (!(array.get(i) instanceof Map<?, ?> map)) {
                throw new LineRejectedException(elementPath + ": must be an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> element = (Map<String, Object>) map;
            objects.add(new JsonObjectFields(element, elementPath));
        }
        return objects;
    }

    /** The strings of an array field; empty when the field is absent or null. */
    List<String> texts(String name) throws LineRejectedException {
        List<Object> array = array(name);
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof String text) || text.isEmpty()) {
                throw new LineRejectedException(qualified(name) + "[" + (i + 1) + "]: must be a non-empty string");
            }
            texts.add(text);
        }
        return texts;
    }

    LineRejectedException rejected(String name, String problem) {
        return new LineRejectedException(qualified(name) + ": " + problem);
    }

    /** A rejection that names this object rather than one of its fields. */
    LineRejectedException rejected(String problem) {
        return new LineRejectedException(path.isEmpty() ? problem : path + ": " + problem);
    }

    private List<Object> array(String name) throws LineRejectedException {
        Object value = object.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw rejected(name, "must be an array");
        }
        @SuppressWarnings("unchecked")
        List<Object> array = (List<Object>) list;
        return array;
    }

    private String qualified(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
