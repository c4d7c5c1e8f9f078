package cutover.importers.inventory.readiness;

import java.nio.file.Path;

/** The readiness file cannot be used as it is; the message starts with {@code file:line:}. */
public final class ReadinessFileException extends WorkspaceFileException {

    private static final long serialVersionUID = 1L;

    ReadinessFileException(Path file, long line, String message) {
        super(file, line, message);
    }
}
