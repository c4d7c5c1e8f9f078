package cutover.migration.ui.wave;

import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cutover.ui.WidgetIds;

/** A virtual SWT table of text rows: only the rows on screen are ever made, so 100,000 rows cost nothing. */
final class TextTable {

    private final Table table;
    private IntFunction<String[]> row = index -> new String[0];

    /** @param columns label and width, alternately: {"UPN", 260, "Kind", 80, …} */
    TextTable(Composite parent, String id, Object... columns) {
        table = WidgetIds.tag(new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < columns.length; i += 2) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText((String) columns[i]);
            column.setWidth((Integer) columns[i + 1]);
        }
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            String[] cells = row.apply(table.indexOf(item));
            for (int i = 0; i < cells.length; i++) {
                item.setText(i, cells[i] == null ? "" : cells[i]);
            }
        });
    }

    Table control() {
        return table;
    }

    /** Shows {@code count} rows, each made on demand by {@code rows}. */
    void show(int count, IntFunction<String[]> rows) {
        row = rows;
        table.clearAll();
        table.setItemCount(count);
    }
}
