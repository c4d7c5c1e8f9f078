package cutover.audit.ui;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;

import cutover.core.audit.AuditColumn;
import cutover.core.audit.AuditFilter;
import cutover.core.audit.AuditLog;
import cutover.core.audit.DailyCounts;

/**
 * The Audit view's filtering and sorting, each in a Job: the newest request wins; an older one is cancelled
 * mid-way and its answer dropped. The rows come first, the per-day counts for the chart after them.
 */
final class AuditQueries {

    private final AtomicLong latest = new AtomicLong();
    private final Consumer<Runnable> ui;

    /** @param ui runs an answer on the UI thread */
    AuditQueries(Consumer<Runnable> ui) {
        this.ui = ui;
    }

    void select(AuditLog log, AuditFilter filter, AuditColumn sortBy, boolean ascending,
            Consumer<AuditSession.Selection> rows, Consumer<List<DailyCounts>> daily) {
        long mine = latest.incrementAndGet();
        Job job = Job.create("Filtering audit events", monitor -> {
            try {
                AuditSession.Selection selection = AuditSession.select(log, filter, sortBy, ascending,
                        () -> monitor.isCanceled() || latest.get() != mine);
                deliver(mine, () -> rows.accept(selection));
                if (latest.get() == mine) {
                    List<DailyCounts> counts = AuditSession.daily(selection);
                    deliver(mine, () -> daily.accept(counts));
                }
            } catch (CancellationException superseded) {
                // a newer request is on its way
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void deliver(long request, Runnable answer) {
        ui.accept(() -> {
            if (latest.get() == request) {
                answer.run();
            }
        });
    }
}
