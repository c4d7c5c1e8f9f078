package cutover.graph;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Reads Graph's throttling headers from every response: {@code x-ms-throttle-limit-percentage} (how much of the
 * budget is used, shown once above 80 %), {@code x-ms-resource-unit} (what the request cost) and 429 answers. The
 * write executor slows down on what it sees here; the UI and command line show it.
 */
public final class ThrottleMeter implements Interceptor {

    private final AtomicReference<Double> limitPercentage = new AtomicReference<>(0.0);
    private final AtomicLong resourceUnits = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        requests.incrementAndGet();
        record(response.code(), response.header("x-ms-throttle-limit-percentage"),
                response.header("x-ms-resource-unit"));
        return response;
    }

    /** Also called for the parts of a {@code $batch}, which the HTTP layer sees as one 200 response. */
    void record(int status, String percentage, String units) {
        if (status == 429) {
            throttled.incrementAndGet();
        }
        double parsed = parsePercentage(percentage);
        if (parsed >= 0) {
            limitPercentage.set(parsed);
        } else if (status < 400) {
            limitPercentage.set(0.0);
        }
        if (units != null) {
            try {
                resourceUnits.addAndGet(Long.parseLong(units.strip()));
            } catch (NumberFormatException ignored) {
                // as above
            }
        }
    }

    /** The header's value, or -1 when absent or malformed (a malformed header is no reason to fail a request). */
    static double parsePercentage(String value) {
        if (value == null) {
            return -1;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            return parsed >= 0 ? parsed : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The last reported share of the budget in use, 0 when Graph reported none (below 80 %). */
    public double limitPercentage() {
        return limitPercentage.get();
    }

    public long throttledResponses() {
        return throttled.get();
    }

    public long resourceUnits() {
        return resourceUnits.get();
    }

    public long requests() {
        return requests.get();
    }
}
