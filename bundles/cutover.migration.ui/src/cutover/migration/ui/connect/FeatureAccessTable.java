package cutover.migration.ui.connect;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cutover.connection.FeatureAccess;
import cutover.ui.WidgetIds;

/** After connecting: one row per workbench feature with what the sign-in grants, lacks, and the role it needs. */
final class FeatureAccessTable {

    static final String AVAILABLE = "✓ ";
    static final String MISSING = "✗ ";

    private final Table table;

    FeatureAccessTable(Composite parent) {
        table = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "connections.features");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 120;
        table.setLayoutData(data);
        column("Feature", 250, "What the workbench can do in the tenant");
        column("Status", 340, "Whether this sign-in allows it");
        column("Missing", 260, "The Graph permissions an administrator must grant (admin consent)");
        column("Role needed", 360, "The directory role the signed-in user needs (none for an application)");
        column("Granted", 360, "The permissions this sign-in has for it");
        table.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = "What this sign-in allows, feature by feature";
            }
        });
    }

    void show(List<FeatureAccess> access) {
        table.removeAll();
        for (FeatureAccess feature : access) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { feature.feature().label(),
                    (feature.available() ? AVAILABLE : MISSING) + feature.status(), String.join(", ", feature.missing()),
                    feature.roleNeeded(), String.join(", ", feature.granted()) });
            if (!feature.available()) {
                item.setForeground(1, table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
    }

    void clear() {
        table.removeAll();
    }

    private void column(String text, int width, String tooltip) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
        column.setToolTipText(tooltip);
    }
}
