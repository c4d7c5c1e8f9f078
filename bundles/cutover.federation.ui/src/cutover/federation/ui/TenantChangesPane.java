package cutover.federation.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import cutover.store.TenantChange;
import cutover.ui.Controls;
import cutover.ui.WidgetIds;

/**
 * The journal of tenant-wide changes, newest first: what was changed, whether Graph confirmed it, and for the
 * selected one the setting as it was before and as read back after.
 */
final class TenantChangesPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final SashForm box;
    private final Table table;
    private final Text snapshot;
    private List<TenantChange> changes = List.of();

    TenantChangesPane(Composite parent) {
        box = new SashForm(parent, SWT.HORIZONTAL);
        table = WidgetIds.tag(new Table(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "federation.changes");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        Controls.column(table, "Time", 140);
        Controls.column(table, "Setting", 105);
        Controls.column(table, "Of", 150);
        Controls.column(table, "Change", 290);
        Controls.column(table, "State", 80);
        snapshot = WidgetIds.tag(new Text(box, SWT.BORDER | SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
                "federation.snapshot");
        box.setWeights(66, 34);
        table.addListener(SWT.Selection, e -> showSnapshot());
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    Composite control() {
        return box;
    }

    void show(List<TenantChange> oldestFirst) {
        changes = oldestFirst.reversed();
        table.removeAll();
        for (TenantChange change : changes) {
            new TableItem(table, SWT.NONE).setText(new String[] {TIME.format(change.at()),
                    change.setting() == cutover.store.TenantSetting.FEDERATION ? "Federation" : "Staged Rollout",
                    change.subject(), change.action(), state(change)});
        }
        snapshot.setText(changes.isEmpty() ? "No tenant-wide change journaled in this workspace yet."
                : "Select a change to see the setting before and after it.");
    }

    private static String state(TenantChange change) {
        return switch (change.state()) {
            case CONFIRMED -> "confirmed";
            case FAILED -> "refused";
            case SENT -> "no answer";
            case PLANNED -> "planned";
        };
    }

    private void showSnapshot() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= changes.size()) {
            return;
        }
        TenantChange change = changes.get(index);
        StringBuilder text = new StringBuilder();
        text.append(change.action()).append(" (").append(state(change)).append(")\n\nBefore:\n")
                .append(change.before() == null ? "(did not exist)" : change.before());
        if (change.after() != null) {
            text.append("\n\nAfter, as read back:\n").append(change.after());
        }
        if (change.error() != null) {
            text.append("\n\nGraph answered: ").append(change.error());
        }
        if (change.state() == cutover.store.EntryState.SENT) {
            text.append("\n\nNo answer was recorded: read the setting again to see whether it took.");
        }
        snapshot.setText(text.toString());
    }

    List<String> rows() {
        return Controls.rows(table, 1, 2, 3, 4);
    }
}
