package cutover.importers.inventory.readiness;

import java.io.IOException;
import java.nio.file.Path;

/** A file Cutover keeps in the workspace cannot be used as it is; the message starts with {@code file:line:}. */
public class WorkspaceFileException extends IOException {

    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final long line;

    WorkspaceFileException(Path file, long line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }
}
