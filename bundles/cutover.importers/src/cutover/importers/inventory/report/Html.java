package cutover.importers.inventory.report;

/** Escaping for the HTML report: every text from a collection goes through here. */
final class Html {

    private Html() {
    }

    /** Appends {@code value} escaped for element content and quoted attribute values; null appends nothing. */
    static StringBuilder append(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters are not allowed in HTML text; they only come from damaged files
                    boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F;
                    out.append(control ? '\uFFFD' : c);
                }
            }
        }
        return out;
    }

    static String escape(String value) {
        return value == null ? "" : append(new StringBuilder(value.length() + 16), value).toString();
    }
}
