package cutover.core.inventory;

import java.util.Objects;

/**
 * Something wrong with a collected file.
 *
 * @param file the file, relative to the collection (inside a ZIP: {@code archive.zip!entry})
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong, in words an identity specialist understands; never a secret
 */
public record InventoryProblem(String file, long line, String message) {

    public InventoryProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: message}, the form compilers use, so editors and terminals can link to it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
