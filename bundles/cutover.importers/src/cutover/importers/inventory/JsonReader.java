package cutover.importers.inventory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming reader of strict JSON (RFC 8259) as PowerShell's ConvertTo-Json writes it. A top-level array is
 * handed over one element at a time, so only one element is ever in memory; strings, nesting and the number of
 * fields are bounded so a hostile file cannot exhaust memory or the stack. Knows the line of everything it reads.
 */
final class JsonReader {

    /** A number, kept as written. */
    record Number(String text) {
    }

    /** Receives each top-level value in turn. */
    interface ElementConsumer {
        /** @param index the position in the top-level array, or -1 when the top-level value is not an array */
        void accept(Object value, int index) throws InventoryFormatException;
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

    JsonReader(Reader in, int maxString, int maxDepth) {
        this.in = in;
        this.maxString = maxString;
        this.maxDepth = maxDepth;
    }

    long line() {
        return line;
    }

    /**
     * Reads the whole input: each element of a top-level array, or the top-level value itself, goes to the
     * consumer. Text after the top-level value is an error.
     */
    void readTopLevel(ElementConsumer consumer) throws IOException, InventoryFormatException {
        int c = skipWhitespace();
        if (c < 0) {
            throw new InventoryFormatException(0, "the file is empty");
        }
        if (c == '[') {
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
        if (skipWhitespace() >= 0) {
            throw error("unexpected text after the end of the JSON value");
        }
    }

    private Object value() throws IOException, InventoryFormatException {
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

    private JsonObject object() throws IOException, InventoryFormatException {
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
                throw new InventoryFormatException(nameLine, "invalid JSON: the field \"" + name + "\" appears twice");
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

    private List<Object> array() throws IOException, InventoryFormatException {
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

    private String string() throws IOException, InventoryFormatException {
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

    private int escape() throws IOException, InventoryFormatException {
        int c = read();
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(read(), 16);
                    if (digit < 0) {
                        throw error("\\u must be followed by four hex digits");
                    }
                    value = value * 16 + digit;
                }
                yield value;
            }
            default -> throw error("unknown escape in a string");
        };
    }

    private Number number() throws IOException, InventoryFormatException {
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

    private Object literal(String word, Object value) throws IOException, InventoryFormatException {
        for (int i = 0; i < word.length(); i++) {
            if (read() != word.charAt(i)) {
                throw error("unexpected text; expected a value such as a string, number, true, false or null");
            }
        }
        return value;
    }

    private void enter() throws InventoryFormatException {
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

    private InventoryFormatException error(String message) {
        return new InventoryFormatException(line, "invalid JSON: " + message);
    }
}
