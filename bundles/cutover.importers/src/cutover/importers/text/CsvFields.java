package cutover.importers.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of CSV into its fields, as written: blanks around values are kept for the caller to trim. A
 * quoted value cannot span lines here; {@code ""} inside one stands for a quote.
 */
public final class CsvFields {

    /** Where a double quote starts a quoted value. */
    public enum Quotes {
        /** Only at the start of a field, after blanks that are then dropped (RFC 4180); elsewhere it is text. */
        AT_FIELD_START,
        /** Anywhere in a field: every quote outside a quoted value starts one. */
        ANYWHERE
    }

    private CsvFields() {
    }

    /** The separator a header line uses: a semicolon when it has semicolons but no commas (Excel in many locales). */
    public static char separatorOf(String header) {
        return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
    }

    public static List<String> split(String line, char separator, Quotes quotes) throws UnclosedQuoteException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && quotes == Quotes.ANYWHERE) {
                quoted = true;
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnclosedQuoteException();
        }
        fields.add(field.toString());
        return fields;
    }
}
