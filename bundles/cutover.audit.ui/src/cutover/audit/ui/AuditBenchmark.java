package cutover.audit.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Display;

import cutover.core.audit.AuditColumn;
import cutover.core.audit.AuditLog;
import cutover.core.audit.AuditOrigin;
import cutover.core.audit.MethodCode;
import cutover.core.audit.SyntheticAuditLog;
import cutover.ui.StallMeter;
import cutover.ui.WorkbenchBenchmark;

/**
 * {@code cutover bench audit}: the Audit view over N generated events (default 1,000,000) in the real window.
 * Filters and sorts the way a person does, and reports how long each selection took off the UI thread and the
 * longest UI-thread stall per step; then closes the workbench. Started with {@code -Dcutover.bench=audit}.
 */
final class AuditBenchmark extends WorkbenchBenchmark {

    static final boolean ASKED = "audit".equals(System.getProperty("cutover.bench"));

    private final AuditPart view;
    private final AuditSession session;
    private final int events = Integer.getInteger("cutover.bench.events", 1_000_000);
    private final List<Long> selectMillis = new ArrayList<>();

    private AuditBenchmark(AuditPart view, AuditSession session, Display display) {
        super("bench audit", display, Duration.ofMinutes(5));
        this.view = view;
        this.session = session;
    }

    static void start(AuditPart view, AuditSession session) {
        new AuditBenchmark(view, session, Display.getCurrent()).start();
    }

    @Override
    protected void run() throws InterruptedException {
        out.printf(Locale.US, "Generating %,d audit events (Entra ID and journal, 180 days)…%n", events);
        long started = System.nanoTime();
        AuditLog log = SyntheticAuditLog.generate(events, 1, Instant.now());
        log.warmUp(); // as loading the workspace's archive does
        out.printf(Locale.US, "Generated in %.2f s%n", (System.nanoTime() - started) / 1e9);
        waitFor("the view to finish reading the workspace", () -> view.stateText().startsWith("Showing")
                || view.stateText().startsWith("No events"));
        try (StallMeter stalls = new StallMeter(display)) {
            stalls.phase("show the events");
            step("show " + events + " events, newest first", () -> view.show(log));
            String anyUser = get(() -> view.cell(0, AuditColumn.USER));
            stalls.phase("scroll through every row");
            for (int step = 0; step <= 50; step++) {
                int row = (int) ((long) (events - 1) * step / 50);
                ui(() -> view.scrollTo(row));
                Thread.sleep(40);
            }
            stalls.phase("sort by each column");
            for (AuditColumn column : AuditColumn.values()) {
                step("sort by " + column.label, () -> view.sortBy(column));
                if (column != AuditColumn.TIME) {
                    step("sort by " + column.label + " again (descending)", () -> view.sortBy(column));
                }
            }
            stalls.phase("filter as a person types");
            String prefix = anyUser.substring(0, Math.min(4, anyUser.length()));
            for (int length = 1; length <= prefix.length(); length++) {
                String typed = prefix.substring(0, length);
                step("user contains \"" + typed + "\"", () -> view.filterUser(typed));
            }
            step("user " + anyUser, () -> view.filterUser(anyUser));
            step("clear the filters", view::clearFilters);
            stalls.phase("filter by time, activity, method, source");
            step("the last 7 days", () -> view.typeRange("7d", ""));
            step("activity Update user", () -> view.choose("Update user", null, null, null));
            step("method SMS", () -> view.choose(null, null, MethodCode.SMS, null));
            step("source Cutover journal, Authenticator push", () -> view.choose(null, null,
                    MethodCode.AUTHENTICATOR_PUSH, AuditOrigin.JOURNAL));
            step("clear the filters", view::clearFilters);
            stalls.phase("open details");
            ui(() -> view.selectRow(0));
            waitFor("the details of the first row", () -> !view.detailsLines().isEmpty());
            out.print(stalls.report());
            long worstSelect = selectMillis.stream().mapToLong(Long::longValue).max().orElse(0);
            List<Long> sorted = selectMillis.stream().sorted().toList();
            out.printf(Locale.US, "Filter and sort of %,d events off the UI thread: median %d ms, longest %d ms "
                    + "(goal ≤ 200 ms) over %d steps%n", events, sorted.get(sorted.size() / 2), worstSelect,
                    sorted.size());
            out.printf(Locale.US, "Longest UI-thread stall while scrolling, sorting and filtering: %d ms "
                    + "(goal ≤ 100 ms)%n", stalls.worst("scroll through every row", "sort by each column",
                            "filter as a person types", "filter by time, activity, method, source",
                            "open details"));
        }
    }

    /** Does what a person does and waits for the rows it brings; prints how long selecting them took. */
    private void step(String what, Runnable action) throws InterruptedException {
        long before = get(view::shownVersion);
        ui(action);
        waitFor(what, () -> view.shownVersion() > before);
        long millis = get(() -> session.selection().millis());
        int rows = get(view::rowCount);
        selectMillis.add(millis);
        out.printf(Locale.US, "  %-52s %,10d rows  %4d ms%n", what, rows, millis);
    }
}
