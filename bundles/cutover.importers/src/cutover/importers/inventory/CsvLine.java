package cutover.importers.inventory;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting; a quoted value cannot span lines here). */
final class CsvLine {

    private CsvLine() {
    }

    /** The separator a header line uses: a semicolon when it has semicolons but no commas (Excel in many locales). */
    static char separatorOf(String header) {
        return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
    }

    static List<String> split(String line, char separator) throws InventoryFormatException {
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
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InventoryFormatException(0, "a quoted value is not closed on this line (values cannot span "
                    + "lines)");
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
