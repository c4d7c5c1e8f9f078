package cutover.audit.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;

import cutover.core.audit.AuditColumn;
import cutover.core.audit.AuditDaily;
import cutover.core.audit.AuditFilter;
import cutover.core.audit.AuditLog;
import cutover.core.audit.DailyCounts;
import cutover.core.workspace.WorkspaceFolder;
import jakarta.inject.Singleton;

/**
 * What the Audit perspective shows, shared by its views: the loaded log, the filter and sort, and the rows they
 * select (computed off the UI thread). Changed on the UI thread only; listeners hear of every change there.
 */
@Creatable
@Singleton
public class AuditSession {

    /** What changed. */
    public enum Change {
        LOG, ROWS, DAILY, USER_REQUESTED
    }

    /** The rows of the log that the filter selects, in the sort's order, and how long selecting took. */
    public record Selection(AuditLog log, AuditFilter filter, AuditColumn sortBy, boolean ascending, int[] rows,
            long millis) {
    }

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private AuditLog log = AuditLog.EMPTY;
    private AuditFilter filter = AuditFilter.ALL;
    private AuditColumn sortBy = AuditColumn.TIME;
    private boolean ascending;
    private Selection selection = new Selection(AuditLog.EMPTY, AuditFilter.ALL, AuditColumn.TIME, false,
            new int[0], 0);
    private List<DailyCounts> daily = List.of();
    private String requestedUser;

    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    private void changed(Change change) {
        listeners.forEach(listener -> listener.accept(change));
    }

    public AuditLog log() {
        return log;
    }

    public void log(AuditLog loaded) {
        log = loaded;
        changed(Change.LOG);
    }

    public AuditFilter filter() {
        return filter;
    }

    public void filter(AuditFilter chosen) {
        filter = chosen;
    }

    public AuditColumn sortBy() {
        return sortBy;
    }

    public boolean ascending() {
        return ascending;
    }

    public void sort(AuditColumn column, boolean up) {
        sortBy = column;
        ascending = up;
    }

    public Selection selection() {
        return selection;
    }

    public void selection(Selection selected) {
        selection = selected;
        changed(Change.ROWS);
    }

    /** Per-day counts of the selected rows, for the chart. */
    public List<DailyCounts> daily() {
        return daily;
    }

    public void daily(List<DailyCounts> counts) {
        daily = counts;
        changed(Change.DAILY);
    }

    /** Asks the Audit view to show one user's events (from another view). */
    public void requestUser(String upnOrId) {
        requestedUser = upnOrId;
        changed(Change.USER_REQUESTED);
    }

    /** The user asked for and not yet shown, or null; taking it clears it. */
    public String takeRequestedUser() {
        String user = requestedUser;
        requestedUser = null;
        return user;
    }

    public Path workspace() {
        return WorkspaceFolder.current();
    }

    /** Selects off the UI thread; the caller hands the result to {@link #selection(Selection)} on the UI thread. */
    static Selection select(AuditLog log, AuditFilter filter, AuditColumn sortBy, boolean ascending,
            java.util.function.BooleanSupplier cancelled) {
        long started = System.nanoTime();
        int[] rows = log.select(filter, sortBy, ascending, cancelled);
        return new Selection(log, filter, sortBy, ascending, rows, (System.nanoTime() - started) / 1_000_000);
    }

    static List<DailyCounts> daily(Selection selection) {
        return AuditDaily.of(selection.log(), selection.rows());
    }
}
