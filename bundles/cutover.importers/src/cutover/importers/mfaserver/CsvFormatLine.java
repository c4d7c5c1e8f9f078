package cutover.importers.mfaserver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The first line of a CSV export, {@code #cutover-mfaserver-export;version=1}. Further {@code ;key=value}
 * parameters are ignored so later writers can add information. Trailing commas are tolerated because a spreadsheet
 * that saves the file again pads the line to the width of the table.
 */
final class CsvFormatLine {

    private static final String PREFIX = "#" + ExportFormat.NAME;

    private CsvFormatLine() {
    }

    /**
     * Checks the format line and its version.
     *
     * @throws LineRejectedException saying why the line is not a supported format line
     */
    static void check(byte[] bytes, int start, int end) throws LineRejectedException {
        String line = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1).strip();
        while (line.endsWith(",")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        if (!line.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            throw new LineRejectedException("this is not a Cutover MFA Server export: the first line must be "
                    + ExportFormat.CSV_FORMAT_LINE);
        }
        String version = null;
        String rest = line.substring(PREFIX.length());
        if (!rest.isEmpty() && rest.charAt(0) != ';') {
            throw new LineRejectedException("this is not a Cutover MFA Server export: the first line must be "
                    + ExportFormat.CSV_FORMAT_LINE);
        }
        int from = 0;
        while (from < rest.length()) {
            int to = rest.indexOf(';', from + 1);
            String parameter = rest.substring(from + 1, to < 0 ? rest.length() : to);
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("version")) {
                version = parameter.substring(equals + 1).strip();
            }
            from = to < 0 ? rest.length() : to;
        }
        if (version == null) {
            throw new LineRejectedException("the format line has no version; expected "
                    + ExportFormat.CSV_FORMAT_LINE);
        }
        if (!version.equals(Integer.toString(ExportFormat.VERSION))) {
            throw new LineRejectedException("unsupported format version " + UserAssembler.shown(version)
                    + "; this version of Cutover reads version " + ExportFormat.VERSION + " only");
        }
    }
}
