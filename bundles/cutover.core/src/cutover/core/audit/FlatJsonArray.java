package cutover.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small JSON values of the audit log's legacy MFA properties: an array of flat objects whose values are
 * strings, numbers, booleans or null ({@code [{"MethodType":6,"Default":true}]}). Core has no JSON library, and
 * these values need no more. Anything else (nested values, trailing text) is refused with the position.
 */
final class FlatJsonArray {

    private final String text;
    private int at;

    private FlatJsonArray(String text) {
        this.text = text;
    }

    /**
     * The objects of the array, each with its members in order; numbers as their text, booleans as
     * {@link Boolean}, null as null.
     *
     * @throws IllegalArgumentException when the text is not such an array
     */
    static List<Map<String, Object>> parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no value");
        }
        FlatJsonArray parser = new FlatJsonArray(text);
        List<Map<String, Object>> objects = parser.array();
        parser.skipSpace();
        if (parser.at != text.length()) {
            throw parser.error("unexpected text after the array");
        }
        return objects;
    }

    private List<Map<String, Object>> array() {
        expect('[');
        List<Map<String, Object>> objects = new ArrayList<>();
        if (peek() == ']') {
            at++;
            return objects;
        }
        do {
            objects.add(object());
        } while (separator(']'));
        return objects;
    }

    private Map<String, Object> object() {
        expect('{');
        Map<String, Object> members = new LinkedHashMap<>();
        if (peek() == '}') {
            at++;
            return members;
        }
        do {
            skipSpace();
            String name = string();
            expect(':');
            members.put(name, value());
        } while (separator('}'));
        return members;
    }

    /** True after a comma, false after the closing character. */
    private boolean separator(char close) {
        char c = peek();
        at++;
        if (c == ',') {
            return true;
        }
        if (c == close) {
            return false;
        }
        at--;
        throw error("expected ',' or '" + close + "'");
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (text.startsWith("true", at)) {
            at += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", at)) {
            at += 5;
            return Boolean.FALSE;
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw error("expected a string, number, true, false or null");
        }
        return text.substring(start, at);
    }

    private String string() {
        if (at >= text.length() || text.charAt(at) != '"') {
            throw error("expected '\"'");
        }
        at++;
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> value.append(unicode());
                case '"', '\\', '/' -> value.append(escaped);
                default -> throw error("invalid escape \\" + escaped);
            }
        }
        throw error("unterminated string");
    }

    private char unicode() {
        if (at + 4 > text.length()) {
            throw error("short \\u escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
            at += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("invalid \\u escape");
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private char peek() {
        skipSpace();
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(at);
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at character " + (at + 1));
    }
}
