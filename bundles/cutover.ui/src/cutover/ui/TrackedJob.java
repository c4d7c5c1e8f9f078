package cutover.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A view's background work whose share done the view polls for its {@link ProgressRow}; a failure reaches the
 * view as one sentence, a cancellation quietly.
 */
public final class TrackedJob extends Job {

    /** The work, told of cancellation and progress through the monitor. */
    public interface Work {
        void run(IProgressMonitor monitor) throws Exception;
    }

    private final Work work;
    private final Consumer<String> failed;
    private volatile FractionMonitor monitor;

    public TrackedJob(String name, Work work, Consumer<String> failed) {
        super(name);
        this.work = work;
        this.failed = failed;
    }

    public double fraction() {
        FractionMonitor current = monitor;
        return current == null ? 0 : current.fraction();
    }

    /** Shows the job's progress in {@code row} five times a second while {@code current} says it is the one shown. */
    public static void track(TrackedJob job, ProgressRow row, String what, BooleanSupplier current) {
        row.control().getDisplay().timerExec(200, () -> {
            if (current.getAsBoolean() && !row.control().isDisposed() && job.getResult() == null) {
                row.update(what + " " + Math.round(job.fraction() * 100) + " %", job.fraction());
                track(job, row, what, current);
            }
        });
    }

    @Override
    protected IStatus run(IProgressMonitor jobMonitor) {
        monitor = new FractionMonitor(jobMonitor);
        try {
            work.run(monitor);
        } catch (OperationCanceledException | InterruptedException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            failed.accept(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        return Status.OK_STATUS;
    }
}
