package cutover.importers.inventory;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Adds up the work reported and can say "cancelled" from the n-th check on. */
final class CountingMonitor extends NullProgressMonitor {

    private final int cancelAtCheck;
    private int totalWork = -1;
    private long worked;
    private int workedCalls;
    private int checks;

    /** @param cancelAtCheck the cancellation check that first reports cancelled, from 1; 0 for never */
    CountingMonitor(int cancelAtCheck) {
        this.cancelAtCheck = cancelAtCheck;
    }

    @Override
    public void beginTask(String name, int work) {
        totalWork = work;
    }

    @Override
    public void worked(int work) {
        worked += work;
        workedCalls++;
    }

    @Override
    public boolean isCanceled() {
        checks++;
        return cancelAtCheck > 0 && checks >= cancelAtCheck;
    }

    int totalWork() {
        return totalWork;
    }

    long worked() {
        return worked;
    }

    int workedCalls() {
        return workedCalls;
    }

    int checks() {
        return checks;
    }
}
