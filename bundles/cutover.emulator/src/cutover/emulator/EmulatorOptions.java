package cutover.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link GraphEmulator} runs. Build with {@link #builder()}; every value has a default that behaves like a
 * quiet, healthy Graph tenant.
 *
 * @param port TCP port on 127.0.0.1, or 0 for a free port
 * @param seed seed of the synthetic tenant {@link GraphEmulator#start(EmulatorOptions)} creates
 * @param users number of synthetic users
 * @param threads size of the request thread pool
 * @param writeCapacity writes allowed per {@code writeWindow} (token bucket size); 0 or less turns write throttling
 *            off
 * @param writeWindow the refill window of the write bucket in tenant time (Graph: 3,000 writes per 150 s)
 * @param timeScale how much faster than real time the tenant's clock runs: 10 turns a 150 s window into 15 s
 * @param faults injected failures
 * @param latency fixed delay added to every HTTP call (a batch is one call)
 * @param randomSeed seed of the random numbers that decide injected faults
 * @param stateFile where the tenant is loaded from at start (when the file exists) and saved to at close, or null
 * @param reportsCapacity requests to Graph's reports ({@code /auditLogs/directoryAudits}) allowed per
 *            {@code reportsWindow}; 0 or less turns the reports limit off
 * @param reportsWindow the refill window of the reports bucket in tenant time (Graph: 5 requests per 10 s), divided
 *            by {@code timeScale} like the write window
 */
public record EmulatorOptions(int port, long seed, int users, int threads, int writeCapacity, Duration writeWindow,
        double timeScale, FaultRates faults, Duration latency, long randomSeed, Path stateFile, int reportsCapacity,
        Duration reportsWindow) {

    public static final int DEFAULT_WRITE_CAPACITY = 3_000;
    public static final Duration DEFAULT_WRITE_WINDOW = Duration.ofSeconds(150);
    public static final int DEFAULT_REPORTS_CAPACITY = 5;
    public static final Duration DEFAULT_REPORTS_WINDOW = Duration.ofSeconds(10);

    public EmulatorOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        if (users < 0) {
            throw new IllegalArgumentException("users must not be negative: " + users);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Objects.requireNonNull(writeWindow, "writeWindow");
        if (writeWindow.isNegative() || writeWindow.isZero()) {
            throw new IllegalArgumentException("writeWindow must be positive: " + writeWindow);
        }
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be a positive number: " + timeScale);
        }
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
        Objects.requireNonNull(reportsWindow, "reportsWindow");
        if (reportsWindow.isNegative() || reportsWindow.isZero()) {
            throw new IllegalArgumentException("reportsWindow must be positive: " + reportsWindow);
        }
    }

    /**
     * Defaults: free port, seed 1, 1,000 users, 8 threads, 3,000 writes per 150 s, 5 report requests per 10 s, real
     * time, no faults.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults of {@link #builder()}. */
    public static EmulatorOptions defaults() {
        return builder().build();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        return new Builder().port(port).seed(seed).users(users).threads(threads).writeCapacity(writeCapacity)
                .writeWindow(writeWindow).timeScale(timeScale).faults(faults).latency(latency).randomSeed(randomSeed)
                .stateFile(stateFile).reportsCapacity(reportsCapacity).reportsWindow(reportsWindow);
    }

    /** The write window on the wall clock: {@code writeWindow / timeScale}. */
    public Duration scaledWriteWindow() {
        return scaled(writeWindow);
    }

    /** The reports window on the wall clock: {@code reportsWindow / timeScale}. */
    public Duration scaledReportsWindow() {
        return scaled(reportsWindow);
    }

    private Duration scaled(Duration window) {
        return Duration.ofNanos(Math.max(1L, Math.round(window.toNanos() / timeScale)));
    }

    /** Collects the values of {@link EmulatorOptions}; {@link #build()} checks them. */
    public static final class Builder {

        private int port;
        private long seed = 1;
        private int users = 1_000;
        private int threads = 8;
        private int writeCapacity = DEFAULT_WRITE_CAPACITY;
        private Duration writeWindow = DEFAULT_WRITE_WINDOW;
        private double timeScale = 1;
        private FaultRates faults = FaultRates.none();
        private Duration latency = Duration.ZERO;
        private long randomSeed = 42;
        private Path stateFile;
        private int reportsCapacity = DEFAULT_REPORTS_CAPACITY;
        private Duration reportsWindow = DEFAULT_REPORTS_WINDOW;

        private Builder() {
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder users(int value) {
            users = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder writeCapacity(int value) {
            writeCapacity = value;
            return this;
        }

        public Builder writeWindow(Duration value) {
            writeWindow = value;
            return this;
        }

        public Builder timeScale(double value) {
            timeScale = value;
            return this;
        }

        public Builder faults(FaultRates value) {
            faults = value;
            return this;
        }

        public Builder latency(Duration value) {
            latency = value;
            return this;
        }

        public Builder randomSeed(long value) {
            randomSeed = value;
            return this;
        }

        public Builder stateFile(Path value) {
            stateFile = value;
            return this;
        }

        /** Requests to the audit log per reports window; 0 turns the reports limit off. */
        public Builder reportsCapacity(int value) {
            reportsCapacity = value;
            return this;
        }

        public Builder reportsWindow(Duration value) {
            reportsWindow = value;
            return this;
        }

        public EmulatorOptions build() {
            return new EmulatorOptions(port, seed, users, threads, writeCapacity, writeWindow, timeScale, faults,
                    latency, randomSeed, stateFile, reportsCapacity, reportsWindow);
        }
    }
}
