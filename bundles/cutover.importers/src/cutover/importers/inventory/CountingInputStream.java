package cutover.importers.inventory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that tells {@link #counted(int)} how many bytes each read really produced. */
abstract class CountingInputStream extends FilterInputStream {

    CountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    /** Called after every read that produced bytes; may throw to stop the reader. */
    abstract void counted(int bytes);
}
