package cutover.inventory.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.DependencyAnalyzer;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.ReadinessRecord;
import cutover.importers.inventory.InventoryImporter;
import cutover.importers.inventory.readiness.InventoryRoster;
import cutover.ui.FractionMonitor;

/**
 * Imports a collection folder or zip and analyses it, with progress and cancel, and records the roster of what it
 * found in the workspace; reports the outcome once.
 */
final class LoadInventoryJob extends Job {

    /**
     * How a load ended: an inventory, or the reason there is none (cancelled: both null). {@code rosterFailure} says
     * why the roster of a loaded inventory was not recorded, or is null.
     */
    record Outcome(Path path, Inventory inventory, String failure, String rosterFailure) {
    }

    private final Path path;
    private final Collection<ReadinessRecord> readiness;
    private final Path workspace;
    private final Consumer<Outcome> done;
    private volatile FractionMonitor tracking;

    LoadInventoryJob(Path path, Collection<ReadinessRecord> readiness, Path workspace, Consumer<Outcome> done) {
        super("Reading the dependency inventory in " + path.getFileName());
        this.path = path;
        this.readiness = readiness;
        this.workspace = workspace;
        this.done = done;
        setUser(true);
    }

    Path path() {
        return path;
    }

    /** How much of the collection is read, 0 to 1. */
    double fractionDone() {
        FractionMonitor now = tracking;
        return now == null ? 0 : now.fraction();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        tracking = new FractionMonitor(monitor);
        SubMonitor progress = SubMonitor.convert(tracking, getName(), 100);
        try {
            ImportedInventory imported = new InventoryImporter().importFrom(path, progress.split(90));
            Inventory inventory = new DependencyAnalyzer().analyze(imported, readiness);
            progress.worked(10);
            if (monitor.isCanceled()) {
                // stopped, or replaced by a newer load: the roster stays that of the inventory shown
                throw new OperationCanceledException();
            }
            done.accept(new Outcome(path, inventory, null, saveRoster(inventory)));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            done.accept(new Outcome(path, null, null, null));
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            done.accept(new Outcome(path, null, describe(e), null));
            return Status.OK_STATUS; // shown in the view, not in an error dialog on top of it
        }
    }

    /** @return why the roster was not recorded, or null when it was */
    private String saveRoster(Inventory inventory) {
        try {
            InventoryRoster.save(workspace, path.toString(), Instant.now(),
                    inventory.dependencies().stream().map(AnalyzedDependency::dependency).toList());
            return null;
        } catch (IOException | RuntimeException e) {
            return describe(e);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
