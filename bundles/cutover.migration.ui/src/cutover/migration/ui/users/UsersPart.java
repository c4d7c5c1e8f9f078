package cutover.migration.ui.users;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import cutover.core.mfaserver.MfaServerUser;
import cutover.ui.ProgressRow;
import cutover.ui.StatusLine;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Users view: the MFA Server users of the open export in a sortable, filterable table. Imports run as a
 * Job with progress and cancel; filtering and sorting run off the UI thread and the table swaps in the result.
 */
public class UsersPart {

    public static final String PART_ID = "cutover.migration.ui.part.users";
    private static final int PROGRESS_POLL_MS = 100;
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    @Inject
    private MApplication application;
    @Inject
    private MPart part;
    @Inject
    private cutover.migration.ui.wave.WaveSession session;

    private Display display;
    private FilterBar filters;
    private ProgressRow progress;
    private Composite tableHost;
    private StackLayout tableStack;
    private Composite emptyState;
    private UsersTable table;
    private UsersSortModel sortModel;

    private List<MfaServerUser> users = List.of();
    private Path openFile;
    private ImportUsersJob importJob;
    private Job viewJob;
    private long viewGeneration;
    private String lastStatus = "";

    @PostConstruct
    public void create(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(1, false));
        filters = new FilterBar(parent, filter -> recomputeView(), () -> table().chooseColumns());
        filters.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progress = new ProgressRow(parent, "users.import",
                "Stop the import (Esc); the users shown before stay as they were", this::cancelImport);

        tableHost = new Composite(parent, SWT.NONE);
        tableHost.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tableStack = new StackLayout();
        tableHost.setLayout(tableStack);
        emptyState = createEmptyState(tableHost);
        sortModel = new UsersSortModel(keys -> recomputeView());
        tableStack.topControl = emptyState;
        StartupExports.openRequested(this);
    }

    /** The table is made when there is something to show: an empty workbench starts faster without it. */
    private UsersTable table() {
        if (table == null) {
            table = new UsersTable(tableHost, sortModel);
            table.control().addListener(SWT.KeyDown, e -> {
                if (e.keyCode == SWT.ESC && isImporting()) {
                    cancelImport();
                }
            });
        }
        return table;
    }

    private Composite createEmptyState(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        Label hint = WidgetIds.tag(new Label(box, SWT.WRAP | SWT.CENTER), "users.empty");
        hint.setText("No MFA Server export is open.\n\nFile › Open MFA Server export… (Ctrl+O) reads a user export in "
                + "Cutover's format v1 (CSV or JSON Lines).\nRun \"cutover generate mfaserver\" to make a "
                + "realistic one, or start with \"cutover demo\".");
        hint.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
        return box;
    }

    /** Reads {@code file} in the background; the users shown so far stay until it succeeds. */
    public void open(Path file) {
        if (isImporting()) {
            importJob.cancel();
        }
        ImportUsersJob job = new ImportUsersJob(file,
                (done, outcome) -> display.asyncExec(() -> importFinished(done, outcome)));
        importJob = job;
        progress.start("Reading " + file.getFileName() + "…");
        status("Importing " + file.getFileName() + "…");
        job.schedule();
        pollProgress(job);
    }

    public boolean isImporting() {
        return importJob != null;
    }

    public void cancelImport() {
        if (importJob == null) {
            return;
        }
        if (importJob.cancel() && !importJob.started()) {
            // it had not started, so it will never report back
            status("Import of " + importJob.file().getFileName()
                    + " cancelled before it started; nothing was changed");
            importJob = null;
            progress.finish();
        } else {
            progress.cancelling();
        }
    }

    public void focusUpnFilter() {
        filters.focusUpn();
    }

    /** The rows the table shows now (UI thread). */
    public UserRows rows() {
        return table == null ? UserRows.EMPTY : table.rows();
    }

    public Path openFile() {
        return openFile;
    }

    private void pollProgress(ImportUsersJob job) {
        display.timerExec(PROGRESS_POLL_MS, () -> {
            if (importJob != job || progress.control().isDisposed()) {
                return;
            }
            int percent = (int) (job.fractionDone() * 100);
            progress.update("Reading " + job.file().getFileName() + " — " + percent + "%", job.fractionDone());
            pollProgress(job);
        });
    }

    private void importFinished(ImportUsersJob job, ImportUsersJob.Outcome outcome) {
        if (tableHost.isDisposed() || importJob != job) {
            return; // replaced by a newer import
        }
        importJob = null;
        progress.finish();
        if (outcome.failure() != null) {
            status("Could not open " + outcome.file().getFileName());
            new ImportReportDialog(tableHost.getShell(), "Cannot open MFA Server export",
                    outcome.failure().getMessage(), true, List.of(outcome.failure().problem()), 1).open();
            return;
        }
        if (outcome.cancelled()) {
            status("Import of " + outcome.file().getFileName() + " cancelled after "
                    + COUNT.format(outcome.summary().linesRead()) + " lines; nothing was changed");
            return;
        }
        users = outcome.users();
        openFile = outcome.file();
        session.export(users, openFile);
        part.setLabel("Users — " + openFile.getFileName());
        part.setTooltip(openFile.toString());
        recomputeView();
        long rejected = outcome.summary().linesRejected();
        if (rejected > 0) {
            new ImportReportDialog(tableHost.getShell(), "Some lines were rejected",
                    COUNT.format(outcome.summary().usersAccepted()) + " users imported from " + openFile.getFileName()
                            + "; " + COUNT.format(rejected) + " lines rejected and listed below. "
                            + "Correct them in the file and open it again.",
                    false, outcome.problems(), rejected).open();
        }
    }

    private void recomputeView() {
        if (tableHost == null || tableHost.isDisposed()) {
            return;
        }
        long generation = ++viewGeneration;
        List<MfaServerUser> source = users;
        UserFilter filter = filters.current();
        List<SortKey> sort = sortModel.keys();
        if (viewJob != null) {
            viewJob.cancel();
        }
        viewJob = Job.create("Filtering and sorting users", monitor -> {
            try {
                UserRows rows = UserRows.compute(source, filter, sort, monitor);
                display.asyncExec(() -> showRows(generation, rows, filter, sort));
            } catch (OperationCanceledException e) {
                // a newer filter or sort replaced this one
            }
        });
        viewJob.setSystem(true);
        viewJob.schedule();
    }

    private void showRows(long generation, UserRows rows, UserFilter filter, List<SortKey> sort) {
        if (generation != viewGeneration || tableHost.isDisposed() || openFile == null) {
            return;
        }
        table().show(rows);
        tableStack.topControl = table.control();
        tableHost.layout();
        status(describe(rows, filter, sort));
    }

    private String describe(UserRows rows, UserFilter filter, List<SortKey> sort) {
        StringBuilder text = new StringBuilder();
        text.append(COUNT.format(rows.total())).append(" users in ").append(openFile.getFileName());
        if (!filter.isEmpty()) {
            text.append(" · ").append(COUNT.format(rows.size())).append(" shown by the filter");
        }
        if (!sort.isEmpty()) {
            text.append(" · sorted by ").append(sort.stream()
                    .map(k -> k.column().label() + (k.ascending() ? " ↑" : " ↓")).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    private void status(String text) {
        lastStatus = text;
        application.getContext().set(StatusLine.CONTEXT_KEY, text);
    }

    /** The last status line text this view posted (for tests and accessibility). */
    public String statusText() {
        return lastStatus;
    }

    @Focus
    public void setFocus() {
        if (table != null && tableStack.topControl == table.control()) {
            table.control().setFocus();
        } else {
            filters.focusUpn();
        }
    }

    @PreDestroy
    public void dispose() {
        if (importJob != null) {
            importJob.cancel();
        }
        if (viewJob != null) {
            viewJob.cancel();
        }
    }
}
