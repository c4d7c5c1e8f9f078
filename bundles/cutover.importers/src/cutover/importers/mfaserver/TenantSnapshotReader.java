package cutover.importers.mfaserver;

import cutover.core.mfaserver.InvalidFieldException;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.TenantSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads tenant snapshot files (format v1, JSON Lines; see docs/formats/tenant-snapshot-v1.md). The file is streamed
 * line by line. A bad header or policy line makes the whole file unusable and ends the read with a
 * {@link TenantSnapshotImportException}; a bad user line is reported to the {@code rejected} consumer with its line
 * number and skipped. Instances hold no state between calls and may be shared.
 */
public final class TenantSnapshotReader {

    private static final int PROGRESS_UNIT_BYTES = 4096;
    /** Progress and cancellation are checked every 1,024 lines. */
    private static final long PROGRESS_LINE_MASK = 1023;

    public TenantSnapshotReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param rejected receives each rejected user line, in file order
     * @return the snapshot with every accepted user, in file order
     * @throws TenantSnapshotImportException when the file is missing, unreadable, empty, or its header or policy
     *             line is not valid
     */
    public TenantSnapshot read(Path file, Consumer<ImportProblem> rejected) throws TenantSnapshotImportException {
        return read(file, rejected, null);
    }

    /**
     * Reads {@code file}, reporting progress in bytes read.
     *
     * @param monitor progress and cancellation, or null
     * @throws OperationCanceledException when the monitor is cancelled: a part of a snapshot is never returned,
     *             because users missing from it would look like users missing from the tenant
     */
    public TenantSnapshot read(Path file, Consumer<ImportProblem> rejected, IProgressMonitor monitor)
            throws TenantSnapshotImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rejected, "rejected");
        if (Files.isDirectory(file)) {
            throw fatal(file, 0, "this is a folder, not a tenant snapshot");
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getFileName(),
                    (int) Math.min(Integer.MAX_VALUE, size / PROGRESS_UNIT_BYTES + 1));
            return read(file, new LineSource(in), rejected, progress);
        } catch (NoSuchFileException e) {
            throw fatal(file, 0, "the file does not exist");
        } catch (AccessDeniedException e) {
            throw fatal(file, 0, "the file cannot be read: permission denied");
        } catch (TenantSnapshotImportException e) {
            throw e;
        } catch (IOException e) {
            throw new TenantSnapshotImportException(new ImportProblem(file, 0, "the file cannot be read: "
                    + e.getMessage()), e);
        }
    }

    private static TenantSnapshot read(Path file, LineSource lines, Consumer<ImportProblem> rejected,
            SubMonitor progress) throws IOException {
        TenantSnapshotDecoder decoder = new TenantSnapshotDecoder();
        lines.prefetch(3);
        if (!nextNonBlank(lines)) {
            throw fatal(file, 0, "the file is empty");
        }
        TenantSnapshotDecoder.Header header;
        try {
            checkLength(lines);
            header = decoder.header(lines.buffer(), lines.start(), lines.end());
        } catch (LineRejectedException e) {
            throw fatal(file, lines.lineNumber(), e.getMessage());
        }
        if (!nextNonBlank(lines)) {
            throw fatal(file, lines.lineNumber(), "the policy line is missing after the header");
        }
        AuthenticationMethodsPolicy policy;
        try {
            checkLength(lines);
            policy = decoder.policy(lines.buffer(), lines.start(), lines.end());
        } catch (LineRejectedException e) {
            throw fatal(file, lines.lineNumber(), "the authentication methods policy is not valid: "
                    + e.getMessage());
        }
        List<EntraUser> users = new ArrayList<>();
        Map<String, Long> lineOfObjectId = new HashMap<>();
        long reportedUnits = 0;
        while (nextNonBlank(lines)) {
            if ((lines.lineNumber() & PROGRESS_LINE_MASK) == 0) {
                long units = lines.bytesConsumed() / PROGRESS_UNIT_BYTES;
                progress.worked((int) (units - reportedUnits));
                reportedUnits = units;
                if (progress.isCanceled()) {
                    throw new OperationCanceledException("reading " + file.getFileName() + " was cancelled");
                }
            }
            try {
                checkLength(lines);
                EntraUser user = decoder.user(lines.buffer(), lines.start(), lines.end());
                Long earlier = lineOfObjectId.putIfAbsent(user.objectId(), lines.lineNumber());
                if (earlier != null) {
                    throw new LineRejectedException("object id " + user.objectId() + " already appears on line "
                            + earlier);
                }
                users.add(user);
            } catch (LineRejectedException e) {
                rejected.accept(new ImportProblem(file, lines.lineNumber(), e.getMessage()));
            }
        }
        progress.done();
        try {
            return new TenantSnapshot(header.tenantId(), header.takenAt(), policy, users);
        } catch (InvalidFieldException e) {
            throw fatal(file, 1, e.getMessage());
        }
    }

    private static void checkLength(LineSource lines) throws LineRejectedException {
        if (lines.tooLong()) {
            throw new LineRejectedException("the line is longer than " + ExportFormat.MAX_LINE_BYTES + " bytes");
        }
    }

    /** Advances past blank lines (empty or only spaces and tabs); false at the end of the input. */
    private static boolean nextNonBlank(LineSource lines) throws IOException {
        while (lines.next()) {
            if (lines.tooLong()) {
                return true;
            }
            byte[] bytes = lines.buffer();
            for (int i = lines.start(); i < lines.end(); i++) {
                if (bytes[i] != ' ' && bytes[i] != '\t') {
                    return true;
                }
            }
        }
        return false;
    }

    private static TenantSnapshotImportException fatal(Path file, long line, String message) {
        return new TenantSnapshotImportException(new ImportProblem(file, line, message));
    }
}
