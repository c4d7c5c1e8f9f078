package cutover.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The few widgets every view makes the same way: tagged push buttons, table columns, a table's text as shown. */
public final class Controls {

    private Controls() {
    }

    /** A push button with a test id, a tooltip and an action. */
    public static Button push(Composite parent, String id, String text, String tip, Runnable action) {
        Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.setToolTipText(tip);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** A left-aligned column. */
    public static TableColumn column(Table table, String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
        return column;
    }

    /** Each row's cells as a person reads them, tab-separated: every column, or the ones named. */
    public static List<String> rows(Table table, int... columns) {
        int[] shown = columns.length > 0 ? columns : IntStream.range(0, table.getColumnCount()).toArray();
        return Arrays.stream(table.getItems()).map(item -> Arrays.stream(shown).mapToObj(item::getText)
                .collect(Collectors.joining("\t"))).toList();
    }
}
