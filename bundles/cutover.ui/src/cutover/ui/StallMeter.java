package cutover.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Posts an empty runnable to the UI thread every 10 ms and keeps, per phase, the longest wait before it ran: the
 * longest a person would have waited for the window to react. {@link #pause()} leaves out work no person waits for
 * (a test encoding its screenshots).
 */
public final class StallMeter implements AutoCloseable {

    private final Map<String, Long> worst = new LinkedHashMap<>();
    private volatile boolean running = true;
    private final AtomicLong generation = new AtomicLong();
    private volatile String phase = "start";
    private volatile boolean paused;

    public StallMeter(Display display) {
        Thread thread = new Thread(() -> {
            while (running && !display.isDisposed()) {
                String current = phase;
                long before = generation.get();
                long posted = System.nanoTime();
                AtomicLong ran = new AtomicLong();
                display.asyncExec(() -> ran.set(System.nanoTime()));
                while (running && ran.get() == 0) {
                    pause(1);
                }
                if (ran.get() != 0 && current.equals(phase) && !paused && generation.get() == before) {
                    record(current, (ran.get() - posted) / 1_000_000);
                }
                pause(10);
            }
        }, "cutover-bench-stalls");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void record(String name, long millis) {
        worst.merge(name, millis, Math::max);
    }

    public void phase(String name) {
        phase = name;
    }

    public void pause() {
        paused = true;
        generation.incrementAndGet();
    }

    public void resume() {
        generation.incrementAndGet();
        paused = false;
    }

    /** The longest stall of these phases, or of all when none is named. */
    public synchronized long worst(String... phases) {
        if (phases.length == 0) {
            return worst.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
        long max = 0;
        for (String name : phases) {
            max = Math.max(max, worst.getOrDefault(name, 0L));
        }
        return max;
    }

    public synchronized String report() {
        StringBuilder text = new StringBuilder("Longest UI-thread stall per step:\n");
        worst.forEach((name, millis) -> text.append(String.format("  %-34s %5d ms%n", name, millis)));
        return text.toString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
    }
}
