package cutover.audit.ui;

import java.nio.file.Files;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import cutover.connection.Connections;
import cutover.connection.TenantConnection;
import cutover.core.audit.AuditColumn;
import cutover.core.audit.AuditFilter;
import cutover.core.audit.AuditLog;
import cutover.migration.audit.AuditDetails;
import cutover.migration.audit.AuditFetch;
import cutover.migration.audit.AuditLogLoader;
import cutover.store.AuditArchive;
import cutover.ui.Controls;
import cutover.ui.ProgressRow;
import cutover.ui.TrackedJob;
import cutover.ui.UserLinks;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Audit view: Entra ID's directory audits of the migration (kept in the workspace beyond Entra's retention)
 * beside Cutover's own journal, one table of up to a million rows. Filtering and sorting run off the UI thread; the
 * newest answer wins. A row's details are read from the archive or the journal when it is selected.
 */
public class AuditPart {

    public static final String PART_ID = "cutover.audit.ui.part.events";
    static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    @Inject
    @Service
    private Connections connections;
    @Inject
    private AuditSession session;
    @Inject
    private IEventBroker events;

    private Display display;
    private Button fetch;
    private Label state;
    private Label problem;
    private ProgressRow progress;
    private AuditFilterBar filters;
    private AuditTable table;
    private AuditDetailsPane details;
    private TrackedJob running;
    private final AuditQueries queries = new AuditQueries(this::ui);
    private long shownVersion;
    private int detailsFor = -1;
    private final Consumer<AuditSession.Change> onChange = change -> {
        if (change == AuditSession.Change.USER_REQUESTED && filters != null) {
            showRequestedUser();
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(1, false));
        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayout(new RowLayout(SWT.HORIZONTAL));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        fetch = Controls.push(actions, "audit.fetch", "&Fetch from Entra ID",
                "Read the tenant's migration audit events since the last fetch (the first reaches 30 days back) "
                        + "and keep them in the workspace; Graph allows 5 such requests per 10 s", this::fetch);
        Controls.push(actions, "audit.reload", "&Reload", "Read the workspace's archive and journal again", this::load);
        Controls.push(actions, "audit.export", "&Export…", "Save the events shown as CSV, JSON or an HTML report with the "
                + "per-day summary", () -> AuditExportAction.run(parent.getShell(), table.shown(), session.daily(),
                        progress, this::say, this::problem));
        filters = new AuditFilterBar(parent, this::filterChanged, this::problem);
        filters.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problem = WidgetIds.tag(new Label(parent, SWT.WRAP), "audit.problem");
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        state = WidgetIds.tag(new Label(parent, SWT.WRAP), "audit.state");
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progress = new ProgressRow(parent, "audit.progress", "Stop; what was fetched before stays", this::cancel);
        SashForm down = new SashForm(parent, SWT.VERTICAL);
        down.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new AuditTable(down, this::sortAsked, this::focus);
        details = new AuditDetailsPane(down, filters::showUser,
                user -> events.send(UserLinks.SHOW_MIGRATION, user));
        down.setWeights(55, 45);
        session.addListener(onChange);
        if (session.log().size() > 0) {
            fillChoices(session.log());
            query();
        } else {
            load();
        }
        showRequestedUser();
    }

    /** Reads the archive and the journal into the table. */
    public void load() {
        var workspace = session.workspace();
        boolean neverFetched = !Files.isDirectory(workspace.resolve(AuditArchive.FOLDER));
        start("Reading the audit archive and the journal…", new TrackedJob("Reading the audit archive", monitor -> {
            AuditLog log = AuditLogLoader.load(workspace, monitor);
            ui(() -> {
                show(log);
                if (neverFetched && localTenant()) {
                    // a local (demo) tenant costs nothing to read: show its history without a click
                    fetch();
                }
            });
        }, this::failed));
    }

    /** A run wrote to the journal: its writes join the table (a fetch under way reloads when it ends anyway). */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void journalChanged(@org.eclipse.e4.ui.di.UIEventTopic(UserLinks.JOURNAL_CHANGED) String outcome) {
        if (running == null && state != null && !state.isDisposed()) {
            load();
        }
    }

    /** Shows a log the view did not read itself (the benchmark's and the UI test's generated events). */
    public void show(AuditLog log) {
        finish();
        session.log(log);
        fillChoices(log);
        details.empty(log.size() == 0 ? "No events yet." : "Select an event to see everything about it.");
        query();
    }

    /** The filter's activity and initiator choices, listed off the UI thread. */
    private void fillChoices(AuditLog log) {
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Listing audit activities",
                monitor -> {
                    List<String> activities = log.activities();
                    List<String> initiators = log.initiators();
                    ui(() -> {
                        if (session.log() == log) {
                            filters.choices(activities, initiators);
                        }
                    });
                });
        job.setSystem(true);
        job.schedule();
    }

    private boolean localTenant() {
        return connections.current().map(c -> c.graph().isLocal()).orElse(false);
    }

    /** Fetches new events from the connected tenant into the archive, then reloads. */
    public void fetch() {
        TenantConnection tenant = connections.current().orElse(null);
        if (tenant == null) {
            problem("Not connected to a tenant: connect in the Migration perspective's Tenant view (Ctrl+Shift+K) "
                    + "first.");
            return;
        }
        var workspace = session.workspace();
        start("Fetching audit events from " + tenant.name() + "…", new TrackedJob("Fetching audit events",
                monitor -> {
                    var result = new AuditFetch(tenant.graph(), workspace).run(null,
                            tenant.graph().appId(), monitor);
                    AuditLog log = AuditLogLoader.load(workspace, monitor);
                    ui(() -> {
                        show(log);
                        say(String.format(Locale.US, "Fetched %s: %,d events from %s to %s, %,d new; the archive "
                                + "holds %,d.", tenant.name(), result.read(), result.from(), result.to(),
                                result.added(), result.archived()));
                    });
                }, this::failed));
    }

    private void filterChanged(AuditFilter filter) {
        session.filter(filter);
        query();
    }

    private void sortAsked(AuditColumn column, Boolean ascending) {
        session.sort(column, ascending);
        query();
    }

    /** Selects the rows of the filter and sort off the UI thread. */
    private void query() {
        queries.select(session.log(), session.filter(), session.sortBy(), session.ascending(), this::showSelection,
                session::daily);
    }

    private void showSelection(AuditSession.Selection selection) {
        session.selection(selection);
        table.show(selection);
        shownVersion++;
        detailsFor = -1;
        details.empty(selection.rows().length == 0 ? "No event matches the filter." : "Select an event to see "
                + "everything about it.");
        int total = selection.log().size();
        setState(total == 0 ? "No events yet: fetch them from Entra ID (needs AuditLog.Read.All and the Reports "
                + "Reader role), or migrate users to fill the journal."
                : String.format(Locale.US, "Showing %s of %s events (Entra ID's audit events and Cutover's "
                        + "journal), sorted by %s %s; filtered and sorted in %,d ms.",
                        COUNT.format(selection.rows().length), COUNT.format(total),
                        selection.sortBy().label.toLowerCase(Locale.ROOT), selection.ascending() ? "ascending"
                                : "descending", selection.millis()));
    }

    /** Reads everything about the row in a Job; a row selected meanwhile wins. */
    private void focus(int logRow) {
        if (logRow == detailsFor) {
            return;
        }
        detailsFor = logRow;
        AuditLog log = session.log();
        var workspace = session.workspace();
        var record = log.record(logRow);
        String user = record.userPrincipalName() == null ? "no user" : record.userPrincipalName();
        details.loading(record.activity() + " of " + user);
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Reading an audit event",
                monitor -> {
                    List<AuditDetails.Line> lines;
                    try {
                        lines = AuditDetails.of(workspace, log, logRow);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        lines = List.of(new AuditDetails.Line("Cannot read", e.getMessage()));
                    }
                    List<AuditDetails.Line> shown = lines;
                    ui(() -> {
                        if (detailsFor == logRow) {
                            details.show(record.activity() + " · " + user + " · " + record.time(),
                                    record.userPrincipalName(), shown);
                        }
                    });
                });
        job.setSystem(true);
        job.schedule();
    }

    private void showRequestedUser() {
        String user = session.takeRequestedUser();
        if (user != null) {
            filters.showUser(user);
        }
    }

    private void start(String what, TrackedJob job) {
        if (running != null) {
            running.cancel();
        }
        running = job;
        fetch.setEnabled(false);
        progress.start(what);
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                ui(() -> {
                    if (running == job) {
                        finish();
                    }
                });
            }
        });
        job.schedule();
        TrackedJob.track(job, progress, what, () -> running == job);
    }

    private void finish() {
        running = null;
        if (!fetch.isDisposed()) {
            fetch.setEnabled(true);
            progress.finish();
        }
    }

    private void cancel() {
        if (running != null) {
            progress.cancelling();
            running.cancel();
        }
    }

    private void failed(String message) {
        ui(() -> problem("Failed: " + message));
    }

    /** Something is wrong (red), or null to clear it. */
    private void problem(String message) {
        problem.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
        problem.setText(message == null ? "" : message);
        problem.getParent().layout(true);
    }

    /** What a finished action did. */
    private void say(String message) {
        problem.setForeground(null);
        problem.setText(message);
        problem.getParent().layout(true);
    }

    private void setState(String text) {
        state.setText(text);
        state.getParent().layout(true);
    }

    private void ui(Runnable action) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!state.isDisposed()) {
                    action.run();
                }
            });
        }
    }

    // what a person does and sees, for the benchmark and the UI test

    /** How many times rows were shown; grows with every answered filter or sort. */
    public long shownVersion() {
        return shownVersion;
    }

    public int rowCount() {
        return table.shown().rows().length;
    }

    public String cell(int row, AuditColumn column) {
        return table.text(row, column);
    }

    public void sortBy(AuditColumn column) {
        table.sortBy(column);
    }

    public void filterUser(String text) {
        filters.showUser(text);
    }

    /** Chooses in the drop-downs; null chooses All. */
    public void choose(String activity, String initiator, cutover.core.audit.MethodCode method,
            cutover.core.audit.AuditOrigin origin) {
        filters.choose(activity, initiator, method, origin);
    }

    public void typeRange(String from, String to) {
        filters.typeRange(from, to);
    }

    public void clearFilters() {
        filters.clear();
    }

    public void selectRow(int row) {
        table.select(row);
    }

    public void scrollTo(int row) {
        table.scrollTo(row);
    }

    public String detailsTitle() {
        return details.title();
    }

    public List<String> detailsLines() {
        return details.shownLines();
    }

    public String stateText() {
        return state.getText();
    }

    public String problemText() {
        return problem.getText();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(onChange);
        if (running != null) {
            running.cancel();
        }
    }
}
