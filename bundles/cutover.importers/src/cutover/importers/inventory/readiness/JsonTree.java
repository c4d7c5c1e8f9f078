package cutover.importers.inventory.readiness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads strict JSON (RFC 8259) into plain values and keeps the line of every object and field, so that a damaged
 * file can be reported as {@code file:line}. Reads a whole text at once: meant for Cutover's own files of a few
 * megabytes (the readiness file; tests read the JSON report back with it), not for collected files.
 *
 * <p>Values are {@link JsonMap}, {@code List<Object>}, {@code String}, {@code BigDecimal}, {@code Boolean} or null.
 */
public final class JsonTree {

    /** An object: fields in file order, and the line each field's name is on. */
    public static final class JsonMap {
        private final long line;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final Map<String, Long> lines = new HashMap<>();

        private JsonMap(long line) {
            this.line = line;
        }

        /** The line of the opening brace. */
        public long line() {
            return line;
        }

        public Map<String, Object> fields() {
            return Collections.unmodifiableMap(fields);
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
            return lines.getOrDefault(name, line);
        }
    }

    /** The text is not JSON; the message says what was expected at {@link #line()}. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final long line;

        SyntaxException(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private static final int MAX_DEPTH = 128;

    private final String text;
    private int position;
    private long line = 1;
    private int depth;

    private JsonTree(String text) {
        this.text = text;
    }

    /** Parses one JSON value; only whitespace may follow it. */
    public static Object parse(String text) throws SyntaxException {
        JsonTree reader = new JsonTree(text);
        reader.skipWhitespace();
        if (reader.position == text.length()) {
            throw new SyntaxException(reader.line, "the file is empty");
        }
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.position < text.length()) {
            throw reader.error("unexpected text after the end of the JSON value");
        }
        return value;
    }

    private Object value() throws SyntaxException {
        if (position >= text.length()) {
            throw error("the file ends where a value was expected; it is probably truncated");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw error("expected a value (object, array, string, number, true, false or null)");
            }
        };
    }

    private JsonMap object() throws SyntaxException {
        enter();
        JsonMap map = new JsonMap(line);
        position++;
        skipWhitespace();
        if (peek() == '}') {
            position++;
            depth--;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a field name in double quotes");
            }
            long nameLine = line;
            String name = string();
            skipWhitespace();
            expect(':', "expected ':' after the field name \"" + name + "\"");
            skipWhitespace();
            Object value = value();
            if (map.fields.containsKey(name)) {
                throw new SyntaxException(nameLine, "the field \"" + name + "\" appears twice in one object");
            }
            map.fields.put(name, value);
            map.lines.put(name, nameLine);
            skipWhitespace();
            char next = peek();
            position++;
            if (next == '}') {
                depth--;
                return map;
            }
            if (next != ',') {
                position--;
                throw error(next == 0 ? "the object is not closed; the file is probably truncated"
                        : "expected ',' or '}' after a field");
            }
        }
    }

    private List<Object> array() throws SyntaxException {
        enter();
        List<Object> list = new ArrayList<>();
        position++;
        skipWhitespace();
        if (peek() == ']') {
            position++;
            depth--;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(value());
            skipWhitespace();
            char next = peek();
            position++;
            if (next == ']') {
                depth--;
                return list;
            }
            if (next != ',') {
                position--;
                throw error(next == 0 ? "the array is not closed; the file is probably truncated"
                        : "expected ',' or ']' after an array element");
            }
        }
    }

    private String string() throws SyntaxException {
        position++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw error("the string is not closed; the file is probably truncated");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                value.append(escape());
            } else if (c < 0x20) {
                position--;
                throw error("a control character inside a string; a line break must be written as \\n");
            } else {
                value.append(c);
            }
        }
    }

    private char escape() throws SyntaxException {
        if (position >= text.length()) {
            throw error("the string is not closed; the file is probably truncated");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (position + 4 > text.length()) {
                    throw error("a \\u escape needs four hex digits");
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(position++), 16);
                    if (digit < 0) {
                        throw error("a \\u escape needs four hex digits");
                    }
                    code = code * 16 + digit;
                }
                yield (char) code;
            }
            default -> throw error("unknown escape \\" + c + " in a string");
        };
    }

    private BigDecimal number() throws SyntaxException {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (!digits()) {
            throw error("a number needs digits");
        }
        if (peek() == '.') {
            position++;
            if (!digits()) {
                throw error("a number needs digits after the decimal point");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (!digits()) {
                throw error("a number needs digits in its exponent");
            }
        }
        return new BigDecimal(text.substring(start, position));
    }

    private boolean digits() {
        int start = position;
        while (peek() >= '0' && peek() <= '9') {
            position++;
        }
        return position > start;
    }

    private Object literal(String word, Object value) throws SyntaxException {
        if (!text.startsWith(word, position)) {
            throw error("expected a value (object, array, string, number, true, false or null)");
        }
        position += word.length();
        return value;
    }

    private void enter() throws SyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private void expect(char c, String message) throws SyntaxException {
        if (peek() != c) {
            throw error(message);
        }
        position++;
    }

    /** The next character, or 0 at the end. */
    private char peek() {
        return position < text.length() ? text.charAt(position) : 0;
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '\n') {
                line++;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private SyntaxException error(String message) {
        return new SyntaxException(line, message);
    }
}
