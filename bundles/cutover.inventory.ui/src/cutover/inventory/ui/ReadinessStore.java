package cutover.inventory.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import cutover.core.inventory.ReadinessRecord;
import cutover.importers.inventory.readiness.ReadinessFile;

/** The readiness notes of the workspace named by {@code cutover.workspace} (set by the launcher). */
final class ReadinessStore {

    private final Path workspace;

    ReadinessStore(Path workspace) {
        this.workspace = workspace;
    }


    List<ReadinessRecord> load() {
        try {
            return List.copyOf(ReadinessFile.load(workspace));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    void save(Collection<ReadinessRecord> records) {
        try {
            ReadinessFile.save(workspace, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
