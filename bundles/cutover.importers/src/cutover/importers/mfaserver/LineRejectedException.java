package cutover.importers.mfaserver;

/**
 * A single line cannot be imported; the reader reports it and goes on. Carries no stack trace because files with
 * many bad lines would otherwise spend most of their time filling in traces nobody reads.
 */
final class LineRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    LineRejectedException(String message) {
        super(message, null, false, false);
    }

    static LineRejectedException in(ExportColumn column, String problem) {
        return new LineRejectedException(column.columnName() + ": " + problem);
    }
}
