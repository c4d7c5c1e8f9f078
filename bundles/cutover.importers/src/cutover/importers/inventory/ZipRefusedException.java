package cutover.importers.inventory;

/**
 * A ZIP archive is refused as a whole: it expands beyond the limits (a ZIP bomb) or names entries outside itself.
 * Unchecked, so that it passes through parsers that wrap I/O errors.
 */
final class ZipRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ZipRefusedException(String message) {
        super(message, null, false, false);
    }
}
