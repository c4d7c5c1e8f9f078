package cutover.importers.plan;

/** Escaping shared by the plan writers. */
final class PlanText {

    private PlanText() {
    }

    static String json(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String csv(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.startsWith("=") || value.startsWith("+") || value.startsWith("-")
                || value.startsWith("@");
        if (!quote) {
            return value;
        }
        // a leading =, +, - or @ would make a spreadsheet evaluate the cell: quote it and prefix an apostrophe
        String safe = value.startsWith("=") || value.startsWith("@") ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    static String html(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
