package cutover.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A preflight's findings, blocking ones marked red: what was found, why it matters and who it concerns (the first
 * few by name in the row; every name below the table when the row is selected).
 */
public final class FindingsTable {

    /** One finding as shown. */
    public record Row(boolean blocks, String text, List<String> concerned) {
        public Row {
            concerned = List.copyOf(concerned);
        }
    }

    /** How many of the users or dependencies concerned a row names. */
    public static final int NAMED = 5;

    private final Composite box;
    private final Table table;
    private final Text details;
    private List<Row> rows = List.of();

    public FindingsTable(Composite parent, String id) {
        box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        table = WidgetIds.tag(new Table(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), id);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 120;
        table.setLayoutData(tableData);
        details = WidgetIds.tag(new Text(box, SWT.BORDER | SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
                id + ".details");
        GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, false);
        detailsData.heightHint = 60;
        details.setLayoutData(detailsData);
        table.addListener(SWT.Selection, e -> showDetails());
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        Controls.column(table, "", 70);
        Controls.column(table, "Finding", 560);
        Controls.column(table, "Concerns", 300);
    }

    /** The table and the details of the selected finding. */
    public Composite control() {
        return box;
    }

    public Table table() {
        return table;
    }

    private void showDetails() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= rows.size()) {
            details.setText("");
            return;
        }
        Row row = rows.get(index);
        details.setText(row.text() + (row.concerned().isEmpty() ? "" : String.format(Locale.US,
                "%n%nConcerns %,d:%n", row.concerned().size()) + String.join("\n", row.concerned())));
    }

    /** Shows the rows; an empty list shows a line saying nothing was found, when {@code clean} is given. */
    public void show(List<Row> rows, String clean) {
        this.rows = List.copyOf(rows);
        details.setText(rows.isEmpty() ? "" : "Select a finding to read it whole, with everyone it concerns.");
        table.setRedraw(false);
        table.removeAll();
        Display display = table.getDisplay();
        for (Row row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {row.blocks() ? "Blocks" : "Warning", row.text(), concerned(row.concerned())});
            item.setForeground(0, display.getSystemColor(row.blocks() ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_YELLOW));
        }
        if (rows.isEmpty() && clean != null) {
            new TableItem(table, SWT.NONE).setText(new String[] {"", clean, ""});
        }
        table.setRedraw(true);
    }

    /** The rows' texts as shown, cell by cell, tab-separated: what a person reads. */
    public List<String> lines() {
        return Controls.rows(table);
    }

    private static String concerned(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", names.subList(0, Math.min(NAMED, names.size())));
        return names.size() <= NAMED ? shown : shown + String.format(Locale.US, " … and %,d more",
                names.size() - NAMED);
    }
}
