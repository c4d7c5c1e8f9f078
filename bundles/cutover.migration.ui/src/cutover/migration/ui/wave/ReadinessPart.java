package cutover.migration.ui.wave;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import cutover.migration.ReadinessReportWriter;
import cutover.migration.UserReadiness;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The Readiness view: the last verification, member by member: migrated, really in Entra ID, what is left. */
public class ReadinessPart {

    public static final String PART_ID = "cutover.migration.ui.part.readiness";
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    @Inject
    private WaveSession session;

    private Label summary;
    private TextTable table;
    private final java.util.function.Consumer<WaveSession.Change> onChange = change -> {
        if (change == WaveSession.Change.READINESS && !summary.isDisposed()) {
            refresh();
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        summary = WidgetIds.tag(new Label(parent, SWT.WRAP), "readiness.summary");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button export = WidgetIds.tag(new Button(parent, SWT.PUSH), "readiness.export");
        export.setText("E&xport CSV…");
        export.addListener(SWT.Selection, e -> export());
        table = new TextTable(parent, "readiness.table", "UPN", 250, "Status", 200, "Migrated at", 170,
                "Writes still missing", 120, "Needs action", 600);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        session.addListener(onChange);
        refresh();
    }

    private void refresh() {
        List<UserReadiness> report = session.readiness();
        if (report.isEmpty()) {
            summary.setText("Not verified yet: press Verify in the Group view.");
        } else {
            Map<UserReadiness.Status, Integer> counts = new TreeMap<>();
            report.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
            StringBuilder text = new StringBuilder(String.format(Locale.US, "%,d members:", report.size()));
            counts.forEach((status, count) -> text.append(String.format(Locale.US, " %,d %s ·", count,
                    status.label())));
            summary.setText(text.substring(0, text.length() - 2));
        }
        table.show(report.size(), i -> {
            UserReadiness r = report.get(i);
            return new String[] {r.upn(), r.status().label(), r.migratedAt() == null ? "" : TIME.format(r.migratedAt()),
                Integer.toString(r.pendingWrites()), String.join(" | ", r.needsAction())};
        });
        summary.getParent().layout();
    }

    private void export() {
        List<UserReadiness> report = session.readiness();
        if (report.isEmpty()) {
            return;
        }
        FileDialog dialog = new FileDialog(summary.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.csv"});
        dialog.setFileName("readiness.csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            ReadinessReportWriter.writeCsv(java.nio.file.Path.of(chosen), report);
            summary.setText("Readiness report saved to " + chosen);
        } catch (java.io.IOException e) {
            summary.setText("Cannot save " + chosen + ": " + e.getMessage());
        }
    }

    public String summaryText() {
        return summary.getText();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(onChange);
    }
}
