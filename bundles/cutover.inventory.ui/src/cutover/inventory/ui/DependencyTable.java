package cutover.inventory.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Inventory;
import cutover.ui.WidgetIds;

/** The dependencies that pass the filter, one row each; a virtual table, so 12,000 rows cost only what is shown. */
final class DependencyTable {

    static final String[] COLUMNS = { "Name", "Category", "Address / identifier", "Source", "Recommended target",
        "Readiness" };

    private final Table table;
    private Inventory inventory;
    private List<AnalyzedDependency> rows = List.of();

    DependencyTable(Composite parent, Consumer<AnalyzedDependency> selected) {
        table = WidgetIds.tag(new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE),
                "inventory.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int[] widths = { 220, 150, 200, 110, 220, 100 };
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, event -> {
            TableItem item = (TableItem) event.item;
            item.setText(cells(rows.get(table.indexOf(item))));
        });
        table.addListener(SWT.Selection, event -> {
            int index = table.getSelectionIndex();
            selected.accept(index < 0 || index >= rows.size() ? null : rows.get(index));
        });
    }

    private String[] cells(AnalyzedDependency item) {
        var dependency = item.dependency();
        return new String[] { dependency.name(), dependency.category().label(),
            dependency.identifier() == null ? "" : dependency.identifier(),
            dependency.source().isEmpty() ? "(top folder)" : dependency.source(),
            item.recommendation().target().label(), inventory.readiness(item.id()).readiness().label() };
    }

    void show(Inventory source, List<AnalyzedDependency> shown) {
        inventory = source;
        rows = shown;
        table.deselectAll();
        table.clearAll();
        table.setItemCount(shown.size());
    }

    /** Repaints one row whose readiness changed. */
    void refresh(AnalyzedDependency item, Inventory source) {
        inventory = source;
        int index = rows.indexOf(item);
        if (index >= 0) {
            table.clear(index);
        }
    }

    List<AnalyzedDependency> rows() {
        return rows;
    }

    Table control() {
        return table;
    }
}
