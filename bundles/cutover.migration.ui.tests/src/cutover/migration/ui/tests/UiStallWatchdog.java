package cutover.migration.ui.tests;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread stays busy: a background thread posts an empty runnable every 20 ms and records
 * how long each waited to run. The longest wait is the longest stall a person would have felt.
 */
final class UiStallWatchdog implements AutoCloseable {

    private final AtomicLong worstMillis = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    UiStallWatchdog(Display display) {
        thread = new Thread(() -> {
            while (running && !display.isDisposed()) {
                long posted = System.nanoTime();
                AtomicLong ran = new AtomicLong();
                display.asyncExec(() -> ran.set(System.nanoTime()));
                while (running && ran.get() == 0) {
                    sleep(1);
                }
                if (ran.get() != 0) {
                    worstMillis.accumulateAndGet((ran.get() - posted) / 1_000_000, Math::max);
                }
                sleep(20);
            }
        }, "ui-stall-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long worstMillis() {
        return worstMillis.get();
    }

    @Override
    public void close() {
        running = false;
    }
}
