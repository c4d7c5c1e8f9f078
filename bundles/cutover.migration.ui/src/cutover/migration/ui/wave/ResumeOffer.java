package cutover.migration.ui.wave;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;

import cutover.store.RunInfo;

/**
 * The Group view's Resume button: shown while the journal holds a workbench run that did not finish (the app was
 * closed or crashed during a migration), hidden otherwise.
 */
final class ResumeOffer {

    private final Supplier<Path> workspace;
    private final Button button;
    private RunInfo offered;

    ResumeOffer(Supplier<Path> workspace, Button button, Consumer<RunInfo> resume) {
        this.workspace = workspace;
        this.button = button;
        button.addListener(org.eclipse.swt.SWT.Selection, e -> {
            if (offered != null) {
                RunInfo run = offered;
                show(null);
                resume.accept(run);
            }
        });
        show(null);
    }

    void refresh() {
        Job job = Job.create("Looking for interrupted runs", monitor -> {
            try {
                List<RunInfo> runs = MigrationActions.interrupted(workspace.get());
                RunInfo run = runs.isEmpty() ? null : runs.get(0); // newest first
                button.getDisplay().asyncExec(() -> show(run));
            } catch (InterruptedException | RuntimeException e) {
                // the journal is busy or unreadable: no offer now; the next migration or restart looks again
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(RunInfo run) {
        if (button.isDisposed()) {
            return;
        }
        offered = run;
        if (run != null) {
            button.setText("&Resume run " + run.id() + " (" + WavePart.COUNT.format(run.left()) + " writes left)");
        }
        button.setVisible(run != null);
        ((GridData) layoutData()).exclude = run == null;
        button.getParent().layout(true);
    }

    private Object layoutData() {
        if (!(button.getLayoutData() instanceof GridData)) {
            button.setLayoutData(new GridData());
        }
        return button.getLayoutData();
    }
}
