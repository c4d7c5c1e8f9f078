package cutover.importers.mfaserver;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.NullProgressMonitor;

/** Records what a reader reports and can simulate the user pressing Cancel at the n-th check. */
public final class RecordingMonitor extends NullProgressMonitor {

    private final int cancelAtCheck;
    private final List<Integer> worked = new ArrayList<>();
    private int totalWork = -1;
    private int cancelChecks;

    /** @param cancelAtCheck the cancellation check that reports cancelled, counting from 1; 0 for never */
    public RecordingMonitor(int cancelAtCheck) {
        this.cancelAtCheck = cancelAtCheck;
    }

    @Override
    public void beginTask(String name, int work) {
        totalWork = work;
    }

    @Override
    public void worked(int work) {
        worked.add(work);
    }

    @Override
    public boolean isCanceled() {
        cancelChecks++;
        return super.isCanceled() || (cancelAtCheck > 0 && cancelChecks >= cancelAtCheck);
    }

    public int totalWork() {
        return totalWork;
    }

    public List<Integer> worked() {
        return worked;
    }

    public int workedSum() {
        return worked.stream().mapToInt(Integer::intValue).sum();
    }

    public int cancelChecks() {
        return cancelChecks;
    }
}
