package cutover.migration;

import cutover.core.mfaserver.MfaServerUser;
import cutover.graph.GraphConnection;
import cutover.graph.GroupRef;
import cutover.graph.SnapshotReader;
import cutover.importers.mfaserver.ImportProblem;
import cutover.importers.mfaserver.MfaServerExportReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.eclipse.core.runtime.NullProgressMonitor;

/** What a headless wave starts from: the MFA Server export and the group, both named by the specialist. */
final class WaveSource {

    /** The export's users, and how many lines were rejected. */
    record Export(List<MfaServerUser> users, int rejectedLines) {
    }

    /** The export read and the group found: what a headless wave starts from. */
    record Start(Export export, GroupRef group) {
    }

    private WaveSource() {
    }

    /** Reads the export, then finds the group. */
    static Start open(GraphConnection connection, Path export, String group, Consumer<String> log)
            throws WaveSourceException {
        Export read = readExport(export, log);
        return new Start(read, findGroup(connection, group));
    }

    /** Reads the export; the first five rejected lines are logged with their reason. */
    static Export readExport(Path export, Consumer<String> log) throws WaveSourceException {
        List<MfaServerUser> users = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        try {
            new MfaServerExportReader().read(export, users::add, problems::add, new NullProgressMonitor());
        } catch (IOException e) {
            throw new WaveSourceException("cannot read the MFA Server export " + export + ": " + e.getMessage());
        }
        problems.stream().limit(5).forEach(p -> log.accept("export: " + p));
        if (problems.size() > 5) {
            log.accept(String.format(Locale.US, "export: … and %,d more rejected lines", problems.size() - 5));
        }
        return new Export(users, problems.size());
    }

    /** The one group with this name or id; several of one name must be told apart by id. */
    static GroupRef findGroup(GraphConnection connection, String nameOrId) throws WaveSourceException {
        try {
            return new SnapshotReader(connection).findOneGroup(nameOrId);
        } catch (IllegalArgumentException e) {
            throw new WaveSourceException(e.getMessage());
        }
    }

    /** The export or the group cannot be used; nothing was read from or written to the tenant's users. */
    static final class WaveSourceException extends Exception {
        private static final long serialVersionUID = 1L;

        WaveSourceException(String message) {
            super(message);
        }
    }
}
