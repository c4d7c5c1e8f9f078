package cutover.importers.mfaserver;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Outcome of reading one export file.
 *
 * @param file the file that was read
 * @param encoding the encoding detected from the file's content
 * @param linesRead physical lines read, including the format and header lines and blank lines; when cancelled,
 *            only the lines whose users or problems were delivered
 * @param usersAccepted users handed to the consumer
 * @param linesRejected lines reported as rejected
 * @param cancelled true when reading stopped early because the progress monitor was cancelled
 * @param elapsed wall-clock time spent reading
 */
public record ImportSummary(Path file, ExportEncoding encoding, long linesRead, long usersAccepted,
        long linesRejected, boolean cancelled, Duration elapsed) {
}
