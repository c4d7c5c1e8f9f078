package cutover.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * A view's one-at-a-time background work and what it says about it: a message line (a problem in red, or what a
 * finished action did) and a progress row with Cancel. Controls registered as busy-disabled are greyed while work
 * runs. Used on the UI thread; the work itself runs in a Job and reaches the UI through {@link #ui}.
 */
public final class ViewWork {

    private final Display display;
    private final Label message;
    private final ProgressRow progress;
    private final List<Control> busyDisabled = new ArrayList<>();
    private TrackedJob running;
    private Runnable idle = () -> { };

    /** Adds the message line and the progress row to {@code parent} (a GridLayout composite). */
    public ViewWork(Composite parent, String idPrefix) {
        display = parent.getDisplay();
        message = WidgetIds.tag(new Label(parent, SWT.WRAP), idPrefix + ".message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progress = new ProgressRow(parent, idPrefix + ".progress", "Stop; nothing is sent after this", this::cancel);
    }

    public void disableWhileBusy(Control... controls) {
        busyDisabled.addAll(List.of(controls));
    }

    public boolean busy() {
        return running != null;
    }

    /** Starts {@code work} in a Job, replacing (cancelling) the work under way; a failure shows as a problem. */
    public void run(String what, TrackedJob.Work work) {
        if (running != null) {
            running.cancel();
        }
        TrackedJob job = new TrackedJob(what, work, failure -> ui(() -> problem(failure)));
        running = job;
        busyDisabled.forEach(c -> c.setEnabled(false));
        progress.start(what);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                ui(() -> {
                    if (running == job) {
                        running = null;
                        progress.finish();
                        busyDisabled.stream().filter(c -> !c.isDisposed()).forEach(c -> c.setEnabled(true));
                        idle.run();
                    }
                });
            }
        });
        job.schedule();
        TrackedJob.track(job, progress, what, () -> running == job);
    }

    /** Runs after each piece of work ends, on the UI thread: the view sets which of its buttons may be used. */
    public void onIdle(Runnable action) {
        idle = action;
    }

    public void cancel() {
        if (running != null) {
            progress.cancelling();
            running.cancel();
        }
    }

    /**
     * Runs {@code action} on the UI thread unless the view is gone, or, when called from a view's work, unless newer
     * work replaced it since: an older answer never overwrites a newer one.
     */
    public void ui(Runnable action) {
        org.eclipse.core.runtime.jobs.Job caller = org.eclipse.core.runtime.jobs.Job.getJobManager().currentJob();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                boolean superseded = caller instanceof TrackedJob && caller != running;
                if (!message.isDisposed() && !superseded) {
                    action.run();
                }
            });
        }
    }

    /** Something is wrong, in red; null clears the line. */
    public void problem(String text) {
        message.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
        setText(text);
    }

    /** What a finished action did. */
    public void say(String text) {
        message.setForeground(null);
        setText(text);
    }

    public String messageText() {
        return message.getText();
    }

    private void setText(String text) {
        message.setText(text == null ? "" : text);
        message.getParent().layout(true);
    }
}
