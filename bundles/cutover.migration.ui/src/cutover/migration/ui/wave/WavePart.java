package cutover.migration.ui.wave;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cutover.connection.Connections;
import cutover.connection.TenantConnection;
import cutover.graph.GroupRef;
import cutover.migration.EntraMethodLoader;
import cutover.migration.Wave;
import cutover.migration.WaveUser;
import cutover.ui.ProgressRow;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Group view: choose the migration group, list its members with MFA Server beside Entra, filter and sort,
 * then plan, migrate and verify. Listing shows every member at once; Entra's methods fill in while the specialist
 * works, the rows on screen first.
 */
public class WavePart {

    public static final String PART_ID = "cutover.migration.ui.part.group";
    static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);
    private static final int REFRESH_MS = 300;

    @Inject
    @Service
    private Connections connections;
    @Inject
    private WaveSession session;
    @Inject
    private MigrationActions actions;
    @Inject
    private org.eclipse.e4.ui.workbench.modeling.EPartService parts;

    private Display display;
    private Text group;
    private Button entraColumns;
    private Text filterText;
    private WaveBars bars;
    private Label status;
    private Label outcome;
    private ProgressRow progress;
    private WaveTable table;
    private Job running;
    private Job methodsJob;
    private EntraMethodLoader loader;
    private WaveRows.Sort sort = WaveRows.Sort.NONE;
    private long generation;
    private long rowsShown;
    private volatile boolean methodsDirty;
    private final java.util.function.Consumer<WaveSession.Change> onChange = change -> {
        if (change == WaveSession.Change.EXPORT && session.wave() == null && !status.isDisposed()) {
            setStatus(WaveStatusText.beforeListing(session));
        } else if (change == WaveSession.Change.PLAN) {
            refilter();
        } else if (change == WaveSession.Change.JOURNAL && session.wave() != null) {
            relist(session.wave().group());
        } else if (change == WaveSession.Change.GROUP_REQUESTED && !group.isDisposed()) {
            group.setText(session.requestedGroup());
            actions.showGroup();
            listGroup();
        } else if (change == WaveSession.Change.OUTCOME && !outcome.isDisposed()) {
            showOutcome(actions.lastOutcome());
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(1, false));
        bars = new WaveBars(parent, new WaveBars.Handlers(this::listGroup, this::entraToggled,
                () -> actions.chooseSeedFile(parent.getShell()), () -> actions.editSettings(parent.getShell()), actions::showRuns, this::refilter,
                () -> plan(table.selected()), () -> plan(session.wave() == null ? List.of() : session.wave().users()),
                () -> actions.migrate(parent.getShell(), progress), () -> actions.verify(progress)));
        group = bars.group;
        entraColumns = bars.entraColumns;
        filterText = bars.filterText;
        if (session.settings().syncGroup() != null) {
            group.setText(session.settings().syncGroup());
        }
        entraColumns.setSelection(session.settings().readEntraMethods());
        status = WidgetIds.tag(new Label(parent, SWT.WRAP), "wave.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        setStatus(WaveStatusText.beforeListing(session));
        outcome = WidgetIds.tag(new Label(parent, SWT.WRAP), "wave.outcome");
        outcome.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        showOutcome("");
        progress = new ProgressRow(parent, "wave.progress", "Stop; what is done stays done", this::cancel);
        table = new WaveTable(parent, newSort -> {
            sort = newSort;
            refilter();
        }, session::focus);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.showEntra(entraColumns.getSelection());
        session.addListener(onChange);
        actions.offerResume(bars.resume, progress);
        pollMethods();
        if (System.getProperty("cutover.open") != null) {
            // the Users view behind this tab reads the export named at start; create it so it does
            display.asyncExec(() -> parts.showPart(cutover.migration.ui.users.UsersPart.PART_ID,
                    org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.CREATE));
        }
        cutover.migration.ui.bench.UiBenchmark.startIfAsked(display, new WavePartBench(this), connections);
    }

    /** Finds the group; asks which one when several have the name; then lists it. */
    public void listGroup() {
        TenantConnection tenant = connections.current().orElse(null);
        String text = group.getText().strip();
        if (tenant == null || text.isEmpty()) {
            setStatus(tenant == null ? "Not connected to a tenant: connect in the Tenant view first."
                    : "Enter the name or object id of the migration group.");
            return;
        }
        if (session.export().isEmpty()) {
            setStatus("No MFA Server export is open: open one with File › Open MFA Server export (Ctrl+O).");
            return;
        }
        start("Finding group " + text + "…", WaveJobs.find(tenant.graph(), text,
                found -> ui(() -> chooseGroup(tenant, text, found)), this::failed));
    }

    private void chooseGroup(TenantConnection tenant, String text, List<GroupRef> found) {
        finish();
        if (found.isEmpty()) {
            setStatus("There is no group \"" + text + "\" in " + tenant.name() + ".");
            return;
        }
        GroupRef chosen = found.get(0);
        if (found.size() > 1) {
            GroupChoiceDialog ask = new GroupChoiceDialog(group.getShell(), text, found);
            if (ask.open() != Window.OK || ask.chosen() == null) {
                setStatus("No group chosen.");
                return;
            }
            chosen = ask.chosen();
        }
        relist(chosen);
    }

    private void relist(GroupRef ref) {
        TenantConnection tenant = connections.current().orElse(null);
        if (tenant == null) {
            return;
        }
        if (methodsJob != null) {
            methodsJob.cancel();
        }
        start("Listing " + ref.displayName() + "…", WaveJobs.list(tenant.graph(), ref, session,
                wave -> ui(() -> listed(tenant, wave)), this::failed));
    }

    private void listed(TenantConnection tenant, Wave wave) {
        finish();
        session.wave(wave);
        loader = new EntraMethodLoader(tenant.graph(), wave);
        actions.useLoader(loader);
        refilter();
        if (entraColumns.getSelection()) {
            readMethods();
        }
    }

    private void readMethods() {
        if (methodsJob != null || loader == null) {
            return;
        }
        loader.prioritize(table.onScreen());
        Job job = WaveJobs.methods(loader, () -> methodsDirty = true, this::failed);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                ui(() -> methodsJob = null);
            }
        });
        methodsJob = job;
        job.schedule();
    }

    private void entraToggled() {
        boolean on = entraColumns.getSelection();
        table.showEntra(on);
        if (on) {
            readMethods();
        } else if (methodsJob != null) {
            methodsJob.cancel();
        }
        try {
            session.settings(session.settings().withReadEntraMethods(on));
        } catch (java.io.IOException e) {
            setStatus("Cannot save the settings: " + e.getMessage());
        }
    }

    /** Every {@value #REFRESH_MS} ms: tell the loader what is on screen, redraw when methods came in. */
    private void pollMethods() {
        display.timerExec(REFRESH_MS, () -> {
            if (table.control().isDisposed()) {
                return;
            }
            if (loader != null && methodsJob != null) {
                loader.prioritize(table.onScreen());
            }
            if (methodsDirty) {
                methodsDirty = false;
                table.control().redraw();
                describe();
            }
            pollMethods();
        });
    }

    private void plan(List<WaveUser> selection) {
        TenantConnection tenant = connections.current().orElse(null);
        if (session.wave() == null || tenant == null || selection.isEmpty()) {
            setStatus(session.wave() == null ? "List a group first." : "Select the rows to plan first.");
            return;
        }
        start("Planning " + COUNT.format(selection.size()) + " users…", WaveJobs.plan(tenant.graph(), session,
                selection, plan -> ui(() -> {
                    finish();
                    session.plan(plan);
                    actions.showPlan();
                }), this::failed));
    }

    private void refilter() {
        Wave wave = session.wave();
        if (wave == null || table.control().isDisposed()) {
            return;
        }
        long current = ++generation;
        WaveRows.Filter filter = new WaveRows.Filter(filterText.getText(), bars.changeFilter());
        WaveRows.Sort order = sort;
        Job job = Job.create("Filtering the group", monitor -> {
            WaveRows rows = WaveRows.of(wave.users(), filter, order);
            ui(() -> {
                if (current == generation) {
                    table.show(rows);
                    rowsShown++;
                    describe();
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    /** A wrapping label keeps the height of its previous text until the parent lays out again. */
    private void setStatus(String text) {
        status.setText(text);
        int width = status.getSize().x;
        if (width > 0 && status.computeSize(width, SWT.DEFAULT).y != status.getSize().y) {
            status.getParent().layout(true);
        }
    }

    /** The last run's or seed file's outcome; the line takes no room while there is none. */
    private void showOutcome(String text) {
        outcome.setText(text);
        outcome.setVisible(!text.isEmpty());
        ((GridData) outcome.getLayoutData()).exclude = text.isEmpty();
        outcome.getParent().layout(true);
    }

    private void describe() {
        Wave wave = session.wave();
        if (wave != null) {
            setStatus(WaveStatusText.of(wave, table.rows().size(), entraColumns.getSelection()));
        }
    }

    private void start(String what, cutover.ui.TrackedJob job) {
        if (running != null) {
            running.cancel();
        }
        running = job;
        progress.start(what);
        setStatus(what);
        job.schedule();
        cutover.ui.TrackedJob.track(job, progress, what, () -> running == job);
    }

    private void finish() {
        running = null;
        progress.finish();
    }

    private void failed(String message) {
        ui(() -> {
            finish();
            setStatus(message);
        });
    }

    private void cancel() {
        if (running != null) {
            running.cancel();
            finish();
            setStatus("Stopped.");
        } else if (actions.isMigrating()) {
            actions.cancel();
            progress.cancelling();
        } else if (actions.cancel()) {
            progress.finish();
            setStatus("Verification stopped; the Readiness view keeps the last report.");
        }
    }

    private void ui(Runnable run) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!table.control().isDisposed()) {
                    run.run();
                }
            });
        }
    }

    /** The rows the table shows now (UI thread; for tests). */
    public WaveRows rows() {
        return table.rows();
    }

    public void select(int fromRow, int toRow) {
        table.selectRows(fromRow, toRow);
    }

    public boolean entraColumnsShown() {
        return table.isVisible(WaveColumn.ENTRA_PHONES);
    }

    public String statusText() {
        return status.getText();
    }

    WaveSession session() {
        return session;
    }

    WaveTable table() {
        return table;
    }

    Text groupField() {
        return group;
    }

    Text filterField() {
        return filterText;
    }

    long rowsShown() {
        return rowsShown;
    }

    void stopReadingMethods() {
        if (methodsJob != null) {
            methodsJob.cancel();
        }
    }

    @Focus
    public void setFocus() {
        group.setFocus();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(onChange);
        session.seeds(TokenSeeds.NONE); // overwrites the secrets in memory
        if (methodsJob != null) {
            methodsJob.cancel();
        }
        if (running != null) {
            running.cancel();
        }
    }
}
