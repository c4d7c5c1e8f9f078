package cutover.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * Wraps a job's monitor and keeps how much of the work is done, so a view can poll it for its {@link ProgressRow};
 * cancellation still comes from the wrapped monitor.
 */
public final class FractionMonitor extends ProgressMonitorWrapper {

    private volatile double fraction;
    private double total = 1;
    private double worked;

    public FractionMonitor(IProgressMonitor monitor) {
        super(monitor);
    }

    /** How much is done, 0 to 1. */
    public double fraction() {
        return fraction;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        total = Math.max(1, totalWork);
        worked = 0;
        super.beginTask(name, totalWork);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void internalWorked(double work) {
        worked += work;
        fraction = Math.min(1.0, worked / total);
        super.internalWorked(work);
    }
}
