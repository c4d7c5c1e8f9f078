package cutover.inventory.ui;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cutover.core.inventory.MigrationTarget;
import cutover.core.inventory.Readiness;
import cutover.ui.WidgetIds;

/** Open buttons, the readiness / target / text filters, the row count and the report export. */
final class InventoryFilterBar {

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);
    private final Composite bar;
    private final Combo readiness;
    private final Combo target;
    private final Text text;
    private final Label count;
    private final Consumer<InventoryFilter> changed;

    InventoryFilterBar(Composite parent, Consumer<Path> open, Consumer<InventoryFilter> changed,
            Consumer<Path> export) {
        this.changed = changed;
        bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(11, false));
        button("inventory.openFolder", "Open &folder…", "Read every collected file in a folder and its subfolders",
                () -> {
                    DirectoryDialog dialog = new DirectoryDialog(bar.getShell());
                    dialog.setText("Open a collection folder");
                    String chosen = dialog.open();
                    if (chosen != null) {
                        open.accept(Path.of(chosen));
                    }
                });
        button("inventory.openZip", "Open &zip…", "Read a zip made by tools/Collect-MfaDependencies.ps1", () -> {
            FileDialog dialog = new FileDialog(bar.getShell(), SWT.OPEN);
            dialog.setText("Open a collector zip");
            dialog.setFilterNames(new String[] { "Collector zips (*.zip)", "All files" });
            dialog.setFilterExtensions(new String[] { "*.zip", "*" });
            String chosen = dialog.open();
            if (chosen != null) {
                open.accept(Path.of(chosen));
            }
        });
        new Label(bar, SWT.NONE).setText("  &Readiness:");
        readiness = combo("inventory.filter.readiness");
        for (Readiness value : Readiness.values()) {
            readiness.add(value.label());
        }
        readiness.select(0);
        new Label(bar, SWT.NONE).setText("&Target:");
        target = combo("inventory.filter.target");
        for (MigrationTarget value : MigrationTarget.values()) {
            target.add(value.label());
        }
        target.select(0);
        new Label(bar, SWT.NONE).setText("F&ind:");
        text = WidgetIds.tag(new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL), "inventory.filter.text");
        text.setMessage("name, address or server");
        text.setLayoutData(new GridData(160, SWT.DEFAULT));
        text.addListener(SWT.Modify, e -> fire());
        count = WidgetIds.tag(new Label(bar, SWT.NONE), "inventory.count");
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button("inventory.export", "&Export report…", "Write the report for the customer: HTML, CSV or JSON", () -> {
            FileDialog dialog = new FileDialog(bar.getShell(), SWT.SAVE);
            dialog.setText("Export the dependency report");
            dialog.setFilterNames(new String[] { "Printable report (*.html)", "Spreadsheet (*.csv)", "JSON (*.json)" });
            dialog.setFilterExtensions(new String[] { "*.html", "*.csv", "*.json" });
            dialog.setFileName("dependency-report.html");
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen != null) {
                export.accept(Path.of(chosen));
            }
        });
    }

    private void button(String id, String label, String tooltip, Runnable action) {
        Button button = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
        button.setText(label);
        button.setToolTipText(tooltip);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private Combo combo(String id) {
        Combo combo = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        combo.add("Any");
        combo.addListener(SWT.Selection, e -> fire());
        return combo;
    }

    private void fire() {
        int r = readiness.getSelectionIndex();
        int t = target.getSelectionIndex();
        changed.accept(new InventoryFilter(null, r <= 0 ? null : Readiness.values()[r - 1],
                t <= 0 ? null : MigrationTarget.values()[t - 1], text.getText()));
    }

    void showCount(int shown, int total) {
        count.setText(shown == total ? COUNT.format(total) + " dependencies"
                : COUNT.format(shown) + " of " + COUNT.format(total) + " dependencies");
        bar.layout(true, true);
    }

    Composite control() {
        return bar;
    }
}
