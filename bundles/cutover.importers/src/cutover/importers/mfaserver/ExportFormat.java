package cutover.importers.mfaserver;

/** Identification of the MFA Server user export format, shared by reader and writer. */
final class ExportFormat {

    /** Format name in the CSV format line and in the JSON Lines header object. */
    static final String NAME = "cutover-mfaserver-export";
    static final int VERSION = 1;
    /** First line of a CSV export. */
    static final String CSV_FORMAT_LINE = "#" + NAME + ";version=" + VERSION;
    /** First line of a JSON Lines export. */
    static final String JSON_HEADER_LINE = "{\"format\":\"" + NAME + "\",\"version\":" + VERSION + "}";
    /** Longest line accepted, excluding the line terminator. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private ExportFormat() {
    }
}
