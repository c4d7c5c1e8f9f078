package cutover.importers.inventory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reports the bytes read as progress (one unit per KiB) and checks for cancellation every 64 KiB, so every parser is
 * cancellable without knowing about it.
 */
final class ProgressInputStream extends FilterInputStream {

    private static final int CHECK_BYTES = 64 * 1024;

    private final SubMonitor progress;
    private long unreported;
    private int reported;

    ProgressInputStream(InputStream in, SubMonitor progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    /** Units of work reported so far. */
    int reported() {
        return reported;
    }

    private void count(int bytes) {
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
