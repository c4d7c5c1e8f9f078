package cutover.importers.inventory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a {@code reg export} file (Windows Registry Editor 5.00, or REGEDIT4): keys and their values, with
 * {@code hex(7)} multi-strings and {@code hex(2)} expandable strings decoded. Only keys the caller asks for are
 * kept, and values whose names mention a password or secret are dropped unread.
 */
final class RegistryExport {

    /** A value: its type and its text (multi-strings as a list). */
    record Value(String name, List<String> strings, long line) {

        String text() {
            return strings.isEmpty() ? "" : strings.get(0);
        }
    }

    private static final int MAX_LINE = 1 << 20;
    private static final int MAX_VALUE_LINES = 100_000;

    private final Predicate<String> wantedKey;
    private final Map<String, Map<String, Value>> keys = new LinkedHashMap<>();
    private final Map<String, Long> keyLines = new LinkedHashMap<>();
    private Charset multiStringCharset = StandardCharsets.UTF_16LE;

    RegistryExport(Predicate<String> wantedKey) {
        this.wantedKey = wantedKey;
    }

    /** Keys that were wanted and present, upper case, with their values by upper-case name. */
    Map<String, Map<String, Value>> keys() {
        return keys;
    }

    long lineOf(String key) {
        return keyLines.getOrDefault(key, 0L);
    }

    void read(Reader text) throws IOException, InventoryFormatException {
        LineReader lines = new LineReader(text, MAX_LINE);
        String line;
        String header = null;
        while (header == null && (line = lines.next()) != null) {
            if (!line.isBlank()) {
                header = line.strip();
            }
        }
        if ("REGEDIT4".equals(header)) {
            // REGEDIT4 files are ANSI, and so are their multi-strings
            multiStringCharset = Charset.forName("windows-1252");
        } else if (!"Windows Registry Editor Version 5.00".equals(header)) {
            throw new InventoryFormatException(lines.number(), "this is not a registry export: it must start with "
                    + "\"Windows Registry Editor Version 5.00\" (reg export) or \"REGEDIT4\"");
        }
        Map<String, Value> current = null;
        while ((line = lines.next()) != null) {
            long number = lines.number();
            long start = number;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith(";")) {
                continue;
            }
            if (trimmed.startsWith("[")) {
                current = key(trimmed, number);
                continue;
            }
            StringBuilder logical = new StringBuilder(trimmed);
            int continuations = 0;
            while (logical.length() > 0 && logical.charAt(logical.length() - 1) == '\\' && isHexValue(logical)) {
                logical.setLength(logical.length() - 1);
                String next = lines.next();
                if (next == null) {
                    throw new InventoryFormatException(number, "the value continues past the end of the file; it is "
                            + "probably truncated");
                }
                number = lines.number();
                if (++continuations > MAX_VALUE_LINES || logical.length() > MAX_LINE) {
                    throw new InventoryFormatException(start, "a value is longer than " + MAX_LINE + " characters");
                }
                logical.append(next.strip());
            }
            if (current != null) {
                Value value = value(logical.toString(), start);
                if (value != null) {
                    current.put(value.name().toUpperCase(Locale.ROOT), value);
                }
            }
        }
    }

    private Map<String, Value> key(String line, long number) throws InventoryFormatException {
        if (!line.endsWith("]")) {
            throw new InventoryFormatException(number, "a key line must end with ']'");
        }
        String name = line.substring(1, line.length() - 1).trim();
        if (name.startsWith("-") || !wantedKey.test(name.toUpperCase(Locale.ROOT))) {
            return null;
        }
        String key = name.toUpperCase(Locale.ROOT);
        keyLines.putIfAbsent(key, number);
        return keys.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    /** Parses {@code "Name"=data} or {@code @=data}; null for values dropped (secrets, deletions). */
    private Value value(String line, long number) throws InventoryFormatException {
        String name;
        int equals;
        if (line.startsWith("@=")) {
            name = "";
            equals = 1;
        } else if (line.startsWith("\"")) {
            int end = closingQuote(line, 1);
            if (end < 0 || end + 1 >= line.length() || line.charAt(end + 1) != '=') {
                throw new InventoryFormatException(number, "a value line must look like \"Name\"=data");
            }
            name = unescape(line.substring(1, end));
            equals = end + 1;
        } else {
            throw new InventoryFormatException(number, "a value line must start with a quoted name or @");
        }
        String data = line.substring(equals + 1).strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (data.equals("-") || lower.contains("password") || lower.contains("secret")) {
            return null;
        }
        return new Value(name, data(data, number), number);
    }

    private List<String> data(String data, long number) throws InventoryFormatException {
        if (data.startsWith("\"")) {
            int end = closingQuote(data, 1);
            if (end < 0) {
                throw new InventoryFormatException(number, "a string value is not closed");
            }
            return List.of(unescape(data.substring(1, end)));
        }
        String lower = data.toLowerCase(Locale.ROOT);
        if (lower.startsWith("dword:")) {
            String hex = data.substring(6).trim();
            try {
                return List.of(String.valueOf(Long.parseLong(hex, 16)));
            } catch (NumberFormatException e) {
                throw new InventoryFormatException(number, "dword:" + hex + " is not an 8-digit hex number");
            }
        }
        if (lower.startsWith("hex(7):")) {
            return multiString(bytes(data.substring(7), number));
        }
        if (lower.startsWith("hex(2):") || lower.startsWith("hex(1):")) {
            List<String> strings = multiString(bytes(data.substring(7), number));
            return strings.isEmpty() ? List.of("") : List.of(strings.get(0));
        }
        if (lower.startsWith("hex")) {
            int colon = data.indexOf(':');
            return List.of(colon < 0 ? "" : data.substring(colon + 1).replace(",", ""));
        }
        throw new InventoryFormatException(number, "unknown value type in \"" + shorten(data) + "\"");
    }

    /** Splits NUL-terminated strings (REG_MULTI_SZ), dropping the empty one that ends the list. */
    private List<String> multiString(byte[] bytes) {
        String text = new String(bytes, multiStringCharset);
        List<String> strings = new ArrayList<>();
        for (String part : text.split("\u0000")) {
            if (!part.isEmpty()) {
                strings.add(part);
            }
        }
        return strings;
    }

    private static byte[] bytes(String hexList, long number) throws InventoryFormatException {
        String compact = hexList.replace(" ", "");
        if (compact.isEmpty()) {
            return new byte[0];
        }
        String[] parts = compact.split(",");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].length() != 2) {
                throw new InventoryFormatException(number, "\"" + shorten(parts[i]) + "\" is not a hex byte");
            }
            int high = Character.digit(parts[i].charAt(0), 16);
            int low = Character.digit(parts[i].charAt(1), 16);
            if (high < 0 || low < 0) {
                throw new InventoryFormatException(number, "\"" + parts[i] + "\" is not a hex byte");
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    private static boolean isHexValue(CharSequence line) {
        String start = line.subSequence(0, Math.min(line.length(), 400)).toString().toLowerCase(Locale.ROOT);
        int equals = start.indexOf("\"=hex");
        return equals >= 0 || start.startsWith("@=hex");
    }

    private static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String text) {
        return text.replace("\\\\", "\u0000").replace("\\\"", "\"").replace('\u0000', '\\');
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
