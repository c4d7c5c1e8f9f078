package cutover.importers.inventory;

import java.io.IOException;

/** The bytes of a file are not valid in the encoding it was decoded with; thrown by {@link DecodingReader}. */
final class BadEncodingException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;

    BadEncodingException(long line, String message) {
        super(message);
        this.line = line;
    }

    long line() {
        return line;
    }
}
