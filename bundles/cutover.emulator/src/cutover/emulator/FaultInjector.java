package cutover.emulator;

import java.util.Random;

/**
 * Decides injected failures with a seeded {@link Random}. Decisions are drawn in call order, so a client that
 * sends its calls one at a time sees the same faults on every run; concurrent calls draw in arrival order.
 */
final class FaultInjector {

    /** A status an injected fault answers with instead of executing the call. */
    enum StatusFault {
        THROTTLED(429, GraphErrors.TOO_MANY_REQUESTS, "Too many requests (injected fault)."),
        UNAVAILABLE(503, GraphErrors.SERVICE_UNAVAILABLE, "The service is temporarily unavailable (injected fault)."),
        GATEWAY_TIMEOUT(504, GraphErrors.GATEWAY_TIMEOUT, "The gateway timed out (injected fault).");

        final int status;
        final String code;
        final String message;

        StatusFault(int status, String code, String message) {
            this.status = status;
            this.code = code;
            this.message = message;
        }
    }

    private final FaultRates rates;
    private final Random random;

    FaultInjector(FaultRates rates, long seed) {
        this.rates = rates;
        this.random = new Random(seed);
    }

    /** The status fault for one call (or batch part), or null. */
    StatusFault statusFault() {
        double total = rates.throttle() + rates.unavailable() + rates.gatewayTimeout();
        if (total == 0) {
            return null;
        }
        double draw = draw();
        if (draw < rates.throttle()) {
            return StatusFault.THROTTLED;
        }
        if (draw < rates.throttle() + rates.unavailable()) {
            return StatusFault.UNAVAILABLE;
        }
        return draw < total ? StatusFault.GATEWAY_TIMEOUT : null;
    }

    /** The exception an injected status fault is answered with. */
    GraphException error(StatusFault fault) {
        GraphException error = new GraphException(fault.status, fault.code, fault.message);
        if (fault != StatusFault.GATEWAY_TIMEOUT) {
            error.header("Retry-After", Integer.toString(rates.throttleRetryAfterSeconds()));
        }
        return error;
    }

    boolean resetConnection() {
        return happens(rates.connectionReset());
    }

    boolean resetAfterApply() {
        return happens(rates.resetAfterApply());
    }

    /** The extra delay of this call in milliseconds, 0 for most calls. */
    long slowDelayMillis() {
        return happens(rates.slow()) ? rates.slowDelay().toMillis() : 0;
    }

    private boolean happens(double rate) {
        return rate > 0 && draw() < rate;
    }

    private synchronized double draw() {
        return random.nextDouble();
    }
}
