package cutover.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Probabilities (0 to 1) of injected failures. The three status faults share one random draw per request (or
 * {@code $batch} part), so their rates must add up to at most 1; a request hit by one of them is not executed.
 * The connection faults are decided per HTTP call.
 *
 * @param throttle answer 429 {@code TooManyRequests} with {@code Retry-After}
 * @param unavailable answer 503
 * @param gatewayTimeout answer 504
 * @param connectionReset drop the connection before doing anything
 * @param resetAfterApply execute the call, then drop the connection instead of answering (only calls that applied
 *            a write); lets a test check that a client reads back before it retries
 * @param slow delay the call by {@code slowDelay}
 * @param slowDelay the delay of a slow call
 * @param throttleRetryAfterSeconds the {@code Retry-After} of an injected 429 or 503
 */
public record FaultRates(double throttle, double unavailable, double gatewayTimeout, double connectionReset,
        double resetAfterApply, double slow, Duration slowDelay, int throttleRetryAfterSeconds) {

    public FaultRates {
        requireRate("throttle", throttle);
        requireRate("unavailable", unavailable);
        requireRate("gatewayTimeout", gatewayTimeout);
        requireRate("connectionReset", connectionReset);
        requireRate("resetAfterApply", resetAfterApply);
        requireRate("slow", slow);
        if (throttle + unavailable + gatewayTimeout > 1.0 + 1e-9) {
            throw new IllegalArgumentException("throttle + unavailable + gatewayTimeout must not exceed 1");
        }
        Objects.requireNonNull(slowDelay, "slowDelay");
        if (slowDelay.isNegative()) {
            throw new IllegalArgumentException("slowDelay must not be negative");
        }
        if (throttleRetryAfterSeconds < 1) {
            throw new IllegalArgumentException("throttleRetryAfterSeconds must be at least 1");
        }
    }

    /** No faults at all. */
    public static FaultRates none() {
        return new FaultRates(0, 0, 0, 0, 0, 0, Duration.ofSeconds(2), 1);
    }

    public FaultRates withThrottle(double rate) {
        return new FaultRates(rate, unavailable, gatewayTimeout, connectionReset, resetAfterApply, slow, slowDelay,
                throttleRetryAfterSeconds);
    }

    public FaultRates withUnavailable(double rate) {
        return new FaultRates(throttle, rate, gatewayTimeout, connectionReset, resetAfterApply, slow, slowDelay,
                throttleRetryAfterSeconds);
    }

    public FaultRates withGatewayTimeout(double rate) {
        return new FaultRates(throttle, unavailable, rate, connectionReset, resetAfterApply, slow, slowDelay,
                throttleRetryAfterSeconds);
    }

    public FaultRates withConnectionReset(double rate) {
        return new FaultRates(throttle, unavailable, gatewayTimeout, rate, resetAfterApply, slow, slowDelay,
                throttleRetryAfterSeconds);
    }

    public FaultRates withResetAfterApply(double rate) {
        return new FaultRates(throttle, unavailable, gatewayTimeout, connectionReset, rate, slow, slowDelay,
                throttleRetryAfterSeconds);
    }

    public FaultRates withSlow(double rate, Duration delay) {
        return new FaultRates(throttle, unavailable, gatewayTimeout, connectionReset, resetAfterApply, rate, delay,
                throttleRetryAfterSeconds);
    }

    public FaultRates withThrottleRetryAfterSeconds(int seconds) {
        return new FaultRates(throttle, unavailable, gatewayTimeout, connectionReset, resetAfterApply, slow,
                slowDelay, seconds);
    }

    private static void requireRate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " rate must be between 0 and 1: " + rate);
        }
    }
}
