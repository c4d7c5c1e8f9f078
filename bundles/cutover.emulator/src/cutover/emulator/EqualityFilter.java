package cutover.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $filter} forms the emulator understands: {@code property eq 'value'} and
 * {@code property in ('a','b')}. Strings compare without regard to case, as directory properties do in Graph.
 *
 * @param property the property name as written in the filter
 * @param values the wanted values, quotes removed
 */
record EqualityFilter(String property, List<String> values) {

    private static final Pattern EQ = Pattern.compile("^\\s*(\\w+)\\s+eq\\s+'((?:[^']|'')*)'\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN = Pattern.compile("^\\s*(\\w+)\\s+in\\s+\\((.*)\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("\\s*'((?:[^']|'')*)'\\s*(,|$)");

    EqualityFilter {
        values = List.copyOf(values);
    }

    /** The request's filter, or null when it has none; 400 for a form the emulator does not know. */
    static EqualityFilter of(GraphRequest request) {
        String filter = request.query("$filter");
        if (filter == null) {
            return null;
        }
        Matcher eq = EQ.matcher(filter);
        if (eq.matches()) {
            return new EqualityFilter(eq.group(1), List.of(unquote(eq.group(2))));
        }
        Matcher in = IN.matcher(filter);
        if (in.matches()) {
            List<String> values = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(in.group(2));
            int end = 0;
            while (quoted.find() && quoted.start() == end) {
                values.add(unquote(quoted.group(1)));
                end = quoted.end();
            }
            if (end == in.group(2).length() && !values.isEmpty()) {
                return new EqualityFilter(in.group(1), values);
            }
        }
        throw GraphException.directoryBadRequest("Invalid filter clause: the emulator understands "
                + "\"property eq 'value'\" and \"property in ('a','b')\", not: " + filter);
    }

    boolean isProperty(String name) {
        return property.equalsIgnoreCase(name);
    }

    /** Whether the text is one of the wanted values. */
    boolean accepts(String text) {
        if (text == null) {
            return false;
        }
        for (String value : values) {
            if (value.equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the entity's property (name compared without case) is one of the wanted values. */
    boolean accepts(JsonObject entity) {
        for (Map.Entry<String, JsonElement> member : entity.entrySet()) {
            if (member.getKey().equalsIgnoreCase(property) && member.getValue().isJsonPrimitive()) {
                return accepts(member.getValue().getAsString());
            }
        }
        return false;
    }

    private static String unquote(String text) {
        return text.replace("''", "'");
    }
}
