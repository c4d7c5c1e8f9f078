package cutover.emulator;

import org.junit.jupiter.api.AfterEach;

/** A test's emulator and an HTTP client for it, stopped after each test (also when the test stopped it itself). */
abstract class RunningEmulator {

    protected GraphEmulator emulator;
    protected EmulatorHttp http;

    protected void start(LocalTenant tenant, EmulatorOptions options) throws Exception {
        emulator = GraphEmulator.start(tenant, options);
        http = new EmulatorHttp(emulator);
    }

    /** The small hand-made tenant of {@link TestTenants}. */
    protected void start(EmulatorOptions options) throws Exception {
        start(TestTenants.small(), options);
    }

    @AfterEach
    void stopEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
