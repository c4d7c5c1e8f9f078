package cutover.importers.inventory.report;

import cutover.importers.text.CsvFields;
import cutover.importers.text.UnclosedQuoteException;
import java.util.ArrayList;
import java.util.List;

/** Splits RFC 4180 text into rows of fields, as a spreadsheet would read it. */
final class CsvRows {

    private CsvRows() {
    }

    static List<List<String>> parse(String text) throws UnclosedQuoteException {
        List<List<String>> rows = new ArrayList<>();
        String[] lines = text.split("\r\n", -1);
        // the text ends with a line break, not with an empty row
        int count = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < count; i++) {
            row.append(lines[i]);
            // RFC 4180 doubles quotes inside a value, so an odd count means a value goes on to the next line
            if (row.chars().filter(c -> c == '"').count() % 2 != 0 && i + 1 < count) {
                row.append("\r\n");
                continue;
            }
            rows.add(CsvFields.split(row.toString(), ',', CsvFields.Quotes.AT_FIELD_START));
            row.setLength(0);
        }
        return rows;
    }
}
