package cutover.inventory.ui;

import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import cutover.core.inventory.DependencyAnalyzer;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.ReadinessRecord;
import cutover.importers.inventory.InventoryImporter;
import cutover.ui.FractionMonitor;

/** Imports a collection folder or zip and analyses it, with progress and cancel; reports the outcome once. */
final class LoadInventoryJob extends Job {

    /** How a load ended: an inventory, or the reason there is none (cancelled: both null). */
    record Outcome(Path path, Inventory inventory, String failure) {
    }

    private final Path path;
    private final Collection<ReadinessRecord> readiness;
    private final Consumer<Outcome> done;
    private volatile FractionMonitor tracking;

    LoadInventoryJob(Path path, Collection<ReadinessRecord> readiness, Consumer<Outcome> done) {
        super("Reading the dependency inventory in " + path.getFileName());
        this.path = path;
        this.readiness = readiness;
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
            done.accept(new Outcome(path, inventory, null));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            done.accept(new Outcome(path, null, null));
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            done.accept(new Outcome(path, null, e.getMessage() == null ? e.toString() : e.getMessage()));
            return Status.OK_STATUS; // shown in the view, not in an error dialog on top of it
        }
    }
}
