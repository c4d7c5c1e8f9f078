package cutover.importers.inventory.readiness;

import java.nio.file.Path;

/** The inventory roster cannot be used as it is; the message starts with {@code file:line:}. */
public final class InventoryRosterException extends WorkspaceFileException {

    private static final long serialVersionUID = 1L;

    InventoryRosterException(Path file, long line, String message) {
        super(file, line, message);
    }
}
