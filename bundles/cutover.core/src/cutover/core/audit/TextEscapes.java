package cutover.core.audit;

/** Escaping for the export formats. */
final class TextEscapes {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TextEscapes() {
    }

    /**
     * A CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled. A cell a spreadsheet
     * would run as a formula (starting with = + - @, tab or CR) gets a leading {@code '} so it is shown as text.
     */
    static String csv(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = false;
        for (int i = 0; i < cell.length() && !quoted; i++) {
            char c = cell.charAt(i);
            quoted = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quoted ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** A JSON string literal with its quotes, or {@code null}. */
    static String json(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20) {
                        literal.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }

    /** Text for HTML content or a quoted attribute; null as "". */
    static String html(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
