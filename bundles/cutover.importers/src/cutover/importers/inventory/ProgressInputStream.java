package cutover.importers.inventory;

import java.io.InputStream;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reports the bytes read as progress (one unit per KiB) and checks for cancellation every 64 KiB, so every parser is
 * cancellable without knowing about it.
 */
final class ProgressInputStream extends CountingInputStream {

    private static final int CHECK_BYTES = 64 * 1024;

    private final SubMonitor progress;
    private long unreported;
    private int reported;

    ProgressInputStream(InputStream in, SubMonitor progress) {
        super(in);
        this.progress = progress;
    }

    /** Units of work reported so far. */
    int reported() {
        return reported;
    }

    @Override
    void counted(int bytes) {
        unreported += bytes;
        if (unreported >= CHECK_BYTES) {
            int units = (int) (unreported / 1024);
            progress.worked(units);
            reported += units;
            unreported %= 1024;
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
    }
}
