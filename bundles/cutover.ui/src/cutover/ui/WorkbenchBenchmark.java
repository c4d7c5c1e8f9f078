package cutover.ui;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * A benchmark that drives the real workbench from a thread of its own, the way a person would (every action on the
 * UI thread), prints its figures and ends the process: the {@code cutover bench ui|audit} commands.
 */
public abstract class WorkbenchBenchmark {

    protected final Display display;
    protected final PrintStream out = System.out;
    private final String name;
    private final Duration stepTimeout;

    protected WorkbenchBenchmark(String name, Display display, Duration stepTimeout) {
        this.name = name;
        this.display = display;
        this.stepTimeout = stepTimeout;
    }

    /** Runs the benchmark on a daemon thread; the workbench stays usable meanwhile. */
    public final void start() {
        Thread thread = new Thread(this::runAndExit, "cutover-" + name.replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
    }

    protected abstract void run() throws Exception;

    private void runAndExit() {
        int status = 0;
        try {
            run();
        } catch (Exception | AssertionError e) {
            out.println(name + " failed: " + e);
            status = 1;
        }
        out.flush();
        Runtime.getRuntime().halt(status); // the workbench's own shutdown would save state nobody wants here
    }

    protected final void ui(Runnable action) {
        display.syncExec(action);
    }

    protected final <T> T get(Supplier<T> value) {
        List<T> result = new ArrayList<>(1);
        display.syncExec(() -> result.add(value.get()));
        return result.get(0);
    }

    protected final void waitFor(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + stepTimeout.toNanos();
        while (!get(done::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}
