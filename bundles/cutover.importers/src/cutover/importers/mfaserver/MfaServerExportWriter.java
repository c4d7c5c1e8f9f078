package cutover.importers.mfaserver;

import cutover.core.mfaserver.MfaServerUser;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes users in MFA Server user export format v1, in the encoding chosen at construction. Whatever it writes
 * {@link MfaServerExportReader} reads back into equal users. CSV lines end with CRLF and JSON Lines with LF; no
 * byte order mark is written.
 */
public final class MfaServerExportWriter {

    private static final int BUFFER_BYTES = 1 << 16;

    private final ExportEncoding encoding;

    public MfaServerExportWriter(ExportEncoding encoding) {
        this.encoding = Objects.requireNonNull(encoding, "encoding");
    }

    public ExportEncoding encoding() {
        return encoding;
    }

    /**
     * Writes the users to {@code file}, replacing it. The data goes to a temporary file next to it first, so a
     * failure never leaves a half-written export under the final name.
     *
     * @return the number of users written
     */
    public long write(Path file, Stream<MfaServerUser> users) throws IOException {
        return write(file, users.iterator());
    }

    /** Like {@link #write(Path, Stream)} for an iterable. */
    public long write(Path file, Iterable<MfaServerUser> users) throws IOException {
        return write(file, users.iterator());
    }

    /** Writes to a stream the caller owns, for example standard output; the stream is flushed, not closed. */
    public long write(OutputStream out, Stream<MfaServerUser> users) throws IOException {
        return writeAll(out, users.iterator());
    }

    private long write(Path file, Iterator<MfaServerUser> users) throws IOException {
        return ReplaceFile.write(file, out -> writeAll(out, users));
    }

    private long writeAll(OutputStream out, Iterator<MfaServerUser> users) throws IOException {
        UserLineEncoder encoder = new UserLineEncoder(encoding);
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER_BYTES);
        buffered.write(encoder.preamble().getBytes(StandardCharsets.UTF_8));
        long count = 0;
        while (users.hasNext()) {
            // String.getBytes copies ASCII-only text in one intrinsic step, faster than encoding char by char
            buffered.write(encoder.encode(Objects.requireNonNull(users.next(), "user")).toString()
                    .getBytes(StandardCharsets.UTF_8));
            count++;
        }
        buffered.flush();
        return count;
    }
}
