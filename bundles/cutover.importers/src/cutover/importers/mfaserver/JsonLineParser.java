package cutover.importers.mfaserver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cutover.importers.text.JsonEscapes;

/**
 * A minimal JSON parser for one line of a JSON Lines file. It understands exactly RFC 8259: objects, arrays,
 * strings with escapes, numbers, true, false and null, and rejects everything else (comments, single quotes,
 * trailing commas, NaN). Values become {@code Map<String, Object>}, {@code List<Object>}, {@code String},
 * {@code BigDecimal}, {@code Boolean} or null. Duplicate keys are an error, as is nesting deeper than 32 levels,
 * which keeps a hostile line from exhausting the stack.
 */
final class JsonLineParser {

    private static final int MAX_DEPTH = 32;

    private final StringBuilder text = new StringBuilder();
    private char[] in;
    private int pos;
    private int end;
    private int depth;

    /** Parses a line that must contain exactly one JSON object. */
    Map<String, Object> parseObject(char[] chars, int length) throws JsonSyntaxException {
        in = chars;
        pos = 0;
        end = length;
        depth = 0;
        skipWhitespace();
        if (pos >= end || in[pos] != '{') {
            throw error("expected a JSON object starting with '{'");
        }
        Map<String, Object> object = object();
        skipWhitespace();
        if (pos < end) {
            throw error("unexpected text after the end of the object");
        }
        return object;
    }

    private Object value() throws JsonSyntaxException {
        skipWhitespace();
        if (pos >= end) {
            throw error("a value is missing");
        }
        char c = in[pos];
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> object() throws JsonSyntaxException {
        enter();
        pos++;
        Map<String, Object> object = new HashMap<>();
        skipWhitespace();
        if (pos < end && in[pos] == '}') {
            pos++;
            depth--;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (pos >= end || in[pos] != '"') {
                throw error("expected a field name in double quotes");
            }
            int keyPosition = pos;
            String key = string();
            skipWhitespace();
            if (pos >= end || in[pos] != ':') {
                throw error("expected ':' after field name \"" + key + "\"");
            }
            pos++;
            Object value = value();
            if (object.containsKey(key)) {
                pos = keyPosition;
                throw error("field \"" + key + "\" appears twice");
            }
            object.put(key, value);
            skipWhitespace();
            if (pos < end && in[pos] == ',') {
                pos++;
            } else if (pos < end && in[pos] == '}') {
                pos++;
                depth--;
                return object;
            } else {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array() throws JsonSyntaxException {
        enter();
        pos++;
        List<Object> array = new ArrayList<>();
        skipWhitespace();
        if (pos < end && in[pos] == ']') {
            pos++;
            depth--;
            return array;
        }
        while (true) {
            array.add(value());
            skipWhitespace();
            if (pos < end && in[pos] == ',') {
                pos++;
            } else if (pos < end && in[pos] == ']') {
                pos++;
                depth--;
                return array;
            } else {
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() throws JsonSyntaxException {
        int start = ++pos;
        while (pos < end) {
            char c = in[pos];
            if (c == '"') {
                return new String(in, start, pos++ - start);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            pos++;
        }
        text.setLength(0);
        text.append(in, start, pos - start);
        while (pos < end) {
            char c = in[pos++];
            if (c == '"') {
                return text.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("a control character inside a string must be escaped");
            }
            if (c != '\\') {
                text.append(c);
                continue;
            }
            if (pos >= end) {
                break;
            }
            char escaped = in[pos++];
            if (escaped == 'u') {
                text.append(unicodeEscape());
                continue;
            }
            int letter = JsonEscapes.letter(escaped);
            if (letter < 0) {
                pos--;
                throw error("unknown escape '\\" + escaped + "'");
            }
            text.append((char) letter);
        }
        throw error("a string is not closed before the end of the line");
    }

    private char unicodeEscape() throws JsonSyntaxException {
        if (pos + 4 > end) {
            throw error("\\u must be followed by four hex digits");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            char c = in[pos + i];
            int digit = JsonEscapes.hexDigit(c);
            if (digit < 0) {
                throw error("\\u must be followed by four hex digits");
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return (char) value;
    }

    private BigDecimal number() throws JsonSyntaxException {
        int start = pos;
        if (in[pos] == '-') {
            pos++;
        }
        if (pos < end && in[pos] == '0') {
            pos++;
        } else if (!digits()) {
            throw error("a number needs digits");
        }
        if (pos < end && in[pos] == '.') {
            pos++;
            if (!digits()) {
                throw error("a number needs digits after the decimal point");
            }
        }
        if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
            pos++;
            if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            if (!digits()) {
                throw error("a number needs digits in the exponent");
            }
        }
        try {
            return new BigDecimal(in, start, pos - start);
        } catch (NumberFormatException e) {
            throw error("the number is out of range");
        }
    }

    private boolean digits() {
        int start = pos;
        while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
            pos++;
        }
        return pos > start;
    }

    private Object literal(String word, Object value) throws JsonSyntaxException {
        boolean matches = end - pos >= word.length();
        for (int i = 0; matches && i < word.length(); i++) {
            matches = in[pos + i] == word.charAt(i);
        }
        if (!matches) {
            throw error("unexpected text; expected a value such as a string, number, true, false or null");
        }
        pos += word.length();
        return value;
    }

    private void enter() throws JsonSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error("objects and arrays are nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void skipWhitespace() {
        while (pos < end && (in[pos] == ' ' || in[pos] == '\t' || in[pos] == '\r' || in[pos] == '\n')) {
            pos++;
        }
    }

    private JsonSyntaxException error(String message) {
        return new JsonSyntaxException("invalid JSON at character " + (Math.min(pos, end) + 1) + ": " + message);
    }

    /** The line is not valid JSON. Carries no stack trace, like {@link LineRejectedException}. */
    static final class JsonSyntaxException extends Exception {

        private static final long serialVersionUID = 1L;

        JsonSyntaxException(String message) {
            super(message, null, false, false);
        }
    }
}
