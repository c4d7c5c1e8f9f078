package cutover.migration.ui.wave;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.RunInfo;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The Runs view: the journal's runs, newest first: workbench migrations, automatic sync, commands and undos. */
public class RunsPart {

    public static final String PART_ID = "cutover.migration.ui.part.runs";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Inject
    private WaveSession session;

    private Label summary;
    private TextTable table;
    private List<RunInfo> runs = List.of();
    private final java.util.function.Consumer<WaveSession.Change> onChange = change -> {
        if (change == WaveSession.Change.JOURNAL && !summary.isDisposed()) {
            refresh();
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        summary = WidgetIds.tag(new Label(parent, SWT.WRAP), "runs.summary");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button refresh = WidgetIds.tag(new Button(parent, SWT.PUSH), "runs.refresh");
        refresh.setText("Re&fresh");
        refresh.setToolTipText("Read the journal again (automatic sync writes to it from another process)");
        refresh.addListener(SWT.Selection, e -> refresh());
        table = new TextTable(parent, "runs.table", "Run", 50, "Kind", 70, "Source", 380, "Started (UTC)", 150,
                "Finished (UTC)", 150, "Confirmed", 80, "Failed", 60, "Left", 60);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        session.addListener(onChange);
        refresh();
    }

    private void refresh() {
        summary.setText("Reading the journal…");
        var workspace = session.workspace();
        Job job = Job.create("Reading the journal's runs", monitor -> {
            List<RunInfo> read;
            String text;
            try (Journal journal = Journal.openWaiting(workspace, WaveJobs.JOURNAL_PATIENCE)) {
                read = journal.runs();
                long sync = read.stream().filter(r -> r.kind() == cutover.store.RunKind.SYNC).count();
                text = read.size() + " runs in the journal of " + workspace + (sync > 0 ? ", " + sync
                        + " of them by automatic sync" : "");
            } catch (InterruptedException | RuntimeException e) {
                read = List.of();
                text = "Cannot read the journal: " + e.getMessage();
            }
            List<RunInfo> shown = read;
            String said = text;
            summary.getDisplay().asyncExec(() -> show(shown, said));
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<RunInfo> read, String text) {
        if (summary.isDisposed()) {
            return;
        }
        runs = read;
        summary.setText(text);
        table.show(runs.size(), i -> {
            RunInfo run = runs.get(i);
            int confirmed = run.count(EntryState.CONFIRMED);
            int failed = run.count(EntryState.FAILED);
            return new String[] {Long.toString(run.id()), run.kind().name().toLowerCase(java.util.Locale.ROOT),
                run.source(), TIME.format(run.startedAt()), run.finishedAt() == null ? "not finished"
                        : TIME.format(run.finishedAt()), Integer.toString(confirmed), Integer.toString(failed),
                Integer.toString(run.left())};
        });
    }

    /** The runs shown now (for tests). */
    public List<RunInfo> runs() {
        return runs;
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(onChange);
    }
}
