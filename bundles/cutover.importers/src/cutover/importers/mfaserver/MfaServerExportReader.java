package cutover.importers.mfaserver;

import cutover.core.mfaserver.MfaServerUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads MFA Server user export files (format v1, CSV or JSON Lines; see docs/formats/mfaserver-export-v1.md).
 *
 * <p>The file is streamed, never loaded whole. The encoding is detected from the content. Lines with problems are
 * reported to the {@code rejected} consumer and skipped; problems that make the whole file unusable end the read
 * with a {@link MfaServerImportException}. Progress is reported in bytes; cancellation is checked every few
 * thousand lines and ends the read early with {@link ImportSummary#cancelled()} set.
 *
 * <p>Users and rejected lines reach the consumers in file order and on the calling thread. Files of a few
 * megabytes and more are decoded on short-lived worker threads meanwhile, one per processor (at most four); they
 * end before {@code read} returns. An exception thrown by a consumer ends the read and propagates unchanged. If the
 * calling thread is interrupted, reading stops as if cancelled and the interrupt flag stays set.
 *
 * <p>Instances hold no state between calls and may be shared.
 */
public final class MfaServerExportReader {

    public MfaServerExportReader() {
    }

    /**
     * Reads {@code file}, passing each valid user to {@code users} in file order.
     *
     * @param file the export file
     * @param users receives each accepted user
     * @param rejected receives each rejected line with its line number and the reason
     * @param monitor progress and cancellation; may be null
     * @return counts of what happened
     * @throws MfaServerImportException when the file is missing, unreadable, empty, binary, or lacks a valid format
     *             line or header
     */
    public ImportSummary read(Path file, Consumer<MfaServerUser> users, Consumer<ImportProblem> rejected,
            IProgressMonitor monitor) throws MfaServerImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(rejected, "rejected");
        long startNanos = System.nanoTime();
        if (Files.isDirectory(file)) {
            throw fatal(file, "this is a folder, not an export file");
        }
        if (!Files.exists(file)) {
            throw fatal(file, "the file does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new ImportRun(file, in, Files.size(file), users, rejected, monitor, startNanos).run();
        } catch (MfaServerImportException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw fatal(file, "the file does not exist");
        } catch (AccessDeniedException e) {
            throw fatal(file, "the file cannot be read: permission denied");
        } catch (IOException e) {
            throw new MfaServerImportException(new ImportProblem(file, 0, "the file cannot be read: "
                    + e.getMessage()), e);
        }
    }

    private static MfaServerImportException fatal(Path file, String message) {
        return new MfaServerImportException(new ImportProblem(file, 0, message));
    }
}
