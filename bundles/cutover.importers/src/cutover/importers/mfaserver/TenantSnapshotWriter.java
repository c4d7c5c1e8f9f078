package cutover.importers.mfaserver;

import cutover.core.tenant.EntraUser;
import cutover.core.tenant.TenantSnapshot;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes tenant snapshots in format v1 (JSON Lines, UTF-8, LF, no byte order mark). Whatever it writes
 * {@link TenantSnapshotReader} reads back into an equal snapshot. Instances hold no state and may be shared.
 */
public final class TenantSnapshotWriter {

    private static final int BUFFER_BYTES = 1 << 16;

    public TenantSnapshotWriter() {
    }

    /**
     * Writes the snapshot to {@code file}, replacing it. The data goes to a temporary file next to it first, so a
     * failure never leaves a half-written snapshot under the final name.
     */
    public void write(Path file, TenantSnapshot snapshot) throws IOException {
        Objects.requireNonNull(snapshot, "snapshot");
        ReplaceFile.write(file, out -> {
            write(out, snapshot);
            return null;
        });
    }

    /** Writes to a stream the caller owns; the stream is flushed, not closed. */
    public void write(OutputStream out, TenantSnapshot snapshot) throws IOException {
        TenantLineEncoder encoder = new TenantLineEncoder();
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER_BYTES);
        write(buffered, encoder.header(snapshot.tenantId(), snapshot.takenAt()));
        write(buffered, encoder.policy(snapshot.policy()));
        for (EntraUser user : snapshot.users()) {
            write(buffered, encoder.user(user));
        }
        buffered.flush();
    }

    private static void write(OutputStream out, StringBuilder line) throws IOException {
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }
}
