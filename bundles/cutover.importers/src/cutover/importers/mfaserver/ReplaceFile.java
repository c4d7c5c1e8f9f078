package cutover.importers.mfaserver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file next to it, moved over the target only when everything was written: a
 * failure never leaves a half-written file under the final name.
 */
public final class ReplaceFile {

    /** Writes the content to a stream; the stream is closed by {@link #write}. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private ReplaceFile() {
    }

    /** @return what {@code content} returned */
    public static <T> T write(Path file, Content<T> content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        boolean moved = false;
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                result = content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            return result;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
