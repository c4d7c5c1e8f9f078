package cutover.importers.inventory;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Values as {@code reg export} writes them, for fixtures: multi-strings as {@code hex(7)}, wrapped at 80 columns. */
final class RegistryText {

    private RegistryText() {
    }

    /** {@code "Name"=hex(7):...} with its line breaks and trailing CRLF. */
    static String multiString(String name, List<String> values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            text.append(value).append('\0');
        }
        text.append('\0');
        return hex("\"" + name + "\"=hex(7):", text.toString().getBytes(StandardCharsets.UTF_16LE));
    }

    private static String hex(String prefix, byte[] bytes) {
        StringBuilder out = new StringBuilder(prefix);
        int column = prefix.length();
        for (int i = 0; i < bytes.length; i++) {
            String pair = String.format("%02x", bytes[i] & 0xFF);
            boolean last = i == bytes.length - 1;
            out.append(pair);
            column += 2;
            if (!last) {
                out.append(',');
                column++;
                if (column >= 77) {
                    out.append("\\\r\n  ");
                    column = 2;
                }
            }
        }
        return out.append("\r\n").toString();
    }
}
