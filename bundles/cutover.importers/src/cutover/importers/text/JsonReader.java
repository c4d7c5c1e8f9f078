package cutover.importers.text;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming reader of strict JSON (RFC 8259), as PowerShell's ConvertTo-Json and Cutover write it. A top-level
 * array can be handed over one element at a time, so only one element is ever in memory; strings, nesting and the
 * number of fields are bounded so a hostile file cannot exhaust memory or the stack. Knows the line of everything
 * it reads.
 *
 * <p>Values are {@link JsonObject}, {@code List<Object>}, {@code String}, {@link Number}, {@code Boolean} or null.
 */
public final class JsonReader {

    /** A number, kept as written. */
    public record Number(String text) {

        public BigDecimal value() {
            return new BigDecimal(text);
        }
    }

    /** Receives each top-level value in turn. */
    public interface ElementConsumer {
        /** @param index the position in the top-level array, or -1 when the top-level value is not an array */
        void accept(Object value, int index);
    }

    private static final int MAX_FIELDS = 10_000;
    private static final int MAX_ARRAY_ELEMENTS = 1_000_000;

    private final Reader in;
    private final int maxString;
    private final int maxDepth;
    private final char[] buffer = new char[16 * 1024];
    private final StringBuilder text = new StringBuilder();
    private int position;
    private int limit;
    private long line = 1;
    private int depth;

    public JsonReader(Reader in, int maxString, int maxDepth) {
        this.in = in;
        this.maxString = maxString;
        this.maxDepth = maxDepth;
    }

    /**
     * Reads the whole input: each element of a top-level array, or the top-level value itself, goes to the
     * consumer. Text after the top-level value is an error.
     */
    public void readTopLevel(ElementConsumer consumer) throws IOException, InvalidJsonException {
        if (startOfInput() == '[') {
            read();
            depth++;
            int index = 0;
            if (skipWhitespace() == ']') {
                read();
            } else {
                while (true) {
                    consumer.accept(value(), index++);
                    int next = skipWhitespace();
                    read();
                    if (next == ']') {
                        break;
                    }
                    if (next != ',') {
                        throw error(next < 0 ? "the array is not closed; the file is probably truncated"
                                : "expected ',' or ']' after an array element");
                    }
                }
            }
            depth--;
        } else {
            consumer.accept(value(), -1);
        }
        expectEnd();
    }

    /** Reads the whole input as one value, a top-level array included. Text after it is an error. */
    public Object readValue() throws IOException, InvalidJsonException {
        startOfInput();
        Object value = value();
        expectEnd();
        return value;
    }

    /** The first character that is not whitespace; an input of whitespace alone is refused as empty. */
    private int startOfInput() throws IOException, InvalidJsonException {
        int c = skipWhitespace();
        if (c < 0) {
            throw new InvalidJsonException(0, "the file is empty");
        }
        return c;
    }

    private void expectEnd() throws IOException, InvalidJsonException {
        if (skipWhitespace() >= 0) {
            throw error("unexpected text after the end of the JSON value");
        }
    }

    private Object value() throws IOException, InvalidJsonException {
        int c = skipWhitespace();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            case -1 -> throw error("the file ends where a value should be; it is probably truncated");
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw error("unexpected character '" + (char) c + "'");
            }
        };
    }

    private JsonObject object() throws IOException, InvalidJsonException {
        enter();
        JsonObject object = new JsonObject(line);
        read();
        if (skipWhitespace() == '}') {
            read();
            depth--;
            return object;
        }
        while (true) {
            int c = skipWhitespace();
            if (c != '"') {
                throw error(c < 0 ? "the object is not closed; the file is probably truncated"
                        : "expected a field name in double quotes");
            }
            long nameLine = line;
            String name = string();
            if (skipWhitespace() != ':') {
                throw error("expected ':' after the field name \"" + name + "\"");
            }
            read();
            if (!object.put(name, value(), nameLine)) {
                throw new InvalidJsonException(nameLine, "invalid JSON: the field \"" + name + "\" appears twice");
            }
            if (object.fields().size() > MAX_FIELDS) {
                throw error("an object has more than " + MAX_FIELDS + " fields");
            }
            int next = skipWhitespace();
            read();
            if (next == '}') {
                depth--;
                return object;
            }
            if (next != ',') {
                throw error(next < 0 ? "the object is not closed; the file is probably truncated"
                        : "expected ',' or '}' after the value of \"" + name + "\"");
            }
        }
    }

    private List<Object> array() throws IOException, InvalidJsonException {
        enter();
        read();
        List<Object> array = new ArrayList<>();
        if (skipWhitespace() == ']') {
            read();
            depth--;
            return array;
        }
        while (true) {
            array.add(value());
            if (array.size() > MAX_ARRAY_ELEMENTS) {
                throw error("an array inside an element has more than " + MAX_ARRAY_ELEMENTS + " elements");
            }
            int next = skipWhitespace();
            read();
            if (next == ']') {
                depth--;
                return array;
            }
            if (next != ',') {
                throw error(next < 0 ? "the array is not closed; the file is probably truncated"
                        : "expected ',' or ']' after an array element");
            }
        }
    }

    private String string() throws IOException, InvalidJsonException {
        read();
        text.setLength(0);
        while (true) {
            int c = read();
            if (c < 0) {
                throw error("a string is not closed; the file is probably truncated");
            }
            if (c == '"') {
                return text.toString();
            }
            if (c < 0x20) {
                throw error("a control character inside a string must be escaped");
            }
            if (c == '\\') {
                c = escape();
            }
            if (text.length() >= maxString) {
                throw error("a string is longer than " + maxString + " characters");
            }
            text.append((char) c);
        }
    }

    private int escape() throws IOException, InvalidJsonException {
        int c = read();
        if (c == 'u') {
            int value = 0;
            for (int i = 0; i < 4; i++) {
                int digit = JsonEscapes.hexDigit(read());
                if (digit < 0) {
                    throw error("\\u must be followed by four hex digits");
                }
                value = value * 16 + digit;
            }
            return value;
        }
        int escaped = JsonEscapes.letter(c);
        if (escaped < 0) {
            throw error("unknown escape in a string");
        }
        return escaped;
    }

    private Number number() throws IOException, InvalidJsonException {
        text.setLength(0);
        int c = peek();
        while (c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' || c >= '0' && c <= '9') {
            if (text.length() > 64) {
                throw error("a number is longer than 64 characters");
            }
            text.append((char) read());
            c = peek();
        }
        String number = text.toString();
        if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw error("\"" + number + "\" is not a valid number");
        }
        return new Number(number);
    }

    private Object literal(String word, Object value) throws IOException, InvalidJsonException {
        for (int i = 0; i < word.length(); i++) {
            if (read() != word.charAt(i)) {
                throw error("unexpected text; expected a value such as a string, number, true, false or null");
            }
        }
        return value;
    }

    private void enter() throws InvalidJsonException {
        if (++depth > maxDepth) {
            throw error("objects and arrays are nested deeper than " + maxDepth + " levels");
        }
    }

    private int skipWhitespace() throws IOException {
        int c = peek();
        while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            read();
            c = peek();
        }
        return c;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        char c = buffer[position++];
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        position = 0;
        limit = Math.max(0, n);
        return n > 0;
    }

    private InvalidJsonException error(String message) {
        return new InvalidJsonException(line, "invalid JSON: " + message);
    }
}
