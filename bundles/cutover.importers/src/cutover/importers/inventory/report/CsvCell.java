package cutover.importers.inventory.report;

/**
 * One CSV field: quoted as RFC 4180 says when needed, and never a formula. A spreadsheet evaluates a cell that
 * starts with {@code = + - @} (or a tab or carriage return, which some strip first); such a value gets a leading
 * apostrophe, which spreadsheets show as text and hide.
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static StringBuilder append(StringBuilder out, String value) {
        if (value == null || value.isEmpty()) {
            return out;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        boolean quote = formula;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            return out.append(value);
        }
        out.append('"');
        if (formula) {
            out.append('\'');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }
}
