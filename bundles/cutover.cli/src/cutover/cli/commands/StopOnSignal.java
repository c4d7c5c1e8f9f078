package cutover.cli.commands;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The shutdown hook of {@code cutover sync}: on SIGTERM or Ctrl+C it stops the service, waits (boundedly) for the
 * command to end, and exits with the command's exit code. Without that the JVM would exit with 143 for the
 * signal, which a service manager reports as a failure even when the sync stopped cleanly.
 */
final class StopOnSignal {

    private final Thread hook;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile int exitCode;

    private StopOnSignal(SyncService service, Duration patience, Consumer<String> log) {
        hook = new Thread(() -> {
            service.stop();
            try {
                if (ended.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                    // halt, not exit: exit blocks during shutdown. By ended() the demo tenant is saved (its own
                    // hook and the command's close share a lock) and the journal is closed.
                    Runtime.getRuntime().halt(exitCode);
                }
                log.accept("did not stop within " + patience.toSeconds() + " s; exiting anyway (the journal "
                        + "continues the run at the next start)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cutover-sync-stop");
    }

    static StopOnSignal install(SyncService service, Duration patience, Consumer<String> log) {
        StopOnSignal signal = new StopOnSignal(service, patience, log);
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** The command has ended with {@code code}: a signal from now on ends the process with it at once. */
    void ended(int code) {
        exitCode = code;
        ended.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is ending: the hook is running and exits with the code
        }
    }
}
