package cutover.graph;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends a GET again, up to twice, when it got no answer at all (a pooled connection the server had closed, a
 * reset): reading twice changes nothing. Writes are never resent here; a write without an answer is in doubt and
 * is read back (see {@link ApplyRun}).
 */
final class ReadRetry implements Interceptor {

    private static final int RESENDS = 2;
    private final AtomicLong resent = new AtomicLong();

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (!"GET".equals(chain.request().method())) {
            return chain.proceed(chain.request());
        }
        for (int resend = 0;; resend++) {
            try {
                return chain.proceed(chain.request());
            } catch (IOException e) {
                if (resend == RESENDS || chain.call().isCanceled()) {
                    throw e;
                }
                resent.incrementAndGet();
            }
        }
    }

    /** How many reads were sent again. */
    long resent() {
        return resent.get();
    }
}
