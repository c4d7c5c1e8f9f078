package cutover.importers.mfaserver;

import java.nio.file.Path;

/**
 * Something wrong with an import file.
 *
 * @param file the file
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong, in words a migration specialist understands
 */
public record ImportProblem(Path file, long line, String message) {

    /** {@code file:line: message}, the form compilers use, so editors and terminals can link to the line. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
