package cutover.importers.plan;

import cutover.importers.mfaserver.JsonText;

/** Escaping shared by the plan writers. */
final class PlanText {

    private PlanText() {
    }

    static String json(String value) {
        return value == null ? "null" : JsonText.appendQuoted(new StringBuilder(value.length() + 8), value).toString();
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
