package cutover.audit.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cutover.core.audit.DailyCounts;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The Per day view: the chart of the events the Audit view shows, redrawn whenever its filter changes. */
public class AuditChartPart {

    public static final String PART_ID = "cutover.audit.ui.part.chart";

    @Inject
    private AuditSession session;

    private Label caption;
    private DailyChart chart;
    private final Consumer<AuditSession.Change> onChange = change -> {
        if (change == AuditSession.Change.DAILY) {
            show(session.daily());
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        caption = WidgetIds.tag(new Label(parent, SWT.WRAP), "audit.chart.caption");
        caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chart = new DailyChart(parent);
        chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        session.addListener(onChange);
        show(session.daily());
    }

    private void show(List<DailyCounts> days) {
        if (caption.isDisposed()) {
            return;
        }
        int users = days.stream().mapToInt(DailyCounts::usersMigrated).sum();
        caption.setText(days.isEmpty() ? "Users migrated and changes by method, per day (UTC), of the events shown."
                : String.format(Locale.US, "%,d %s from %s to %s; %,d user-%s with a successful method change "
                        + "(a user counts once per day). Hover a day for its numbers.", days.size(),
                        days.size() == 1 ? "day" : "days", days.get(0).day(), days.get(days.size() - 1).day(), users,
                        users == 1 ? "day" : "days"));
        chart.show(days);
        caption.getParent().layout(true);
    }

    List<DailyCounts> shown() {
        return chart.shown();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(onChange);
    }
}
