package cutover.audit.ui;

import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Composite;

import cutover.core.audit.AuditColumn;
import cutover.ui.WidgetIds;
import cutover.ui.table.EclipseCollectionsBootstrap;
import cutover.ui.table.OneColumnSort;
import cutover.ui.table.QuietSelectionModel;
import cutover.ui.table.SortableGrid;

/**
 * The Audit view's NatTable over the selected rows of the log (a million, if need be): cells are read from the log's
 * columns as they are painted; a header click asks the view to sort, which happens off the UI thread.
 */
final class AuditTable {

    private static final AuditColumn[] COLUMNS = AuditColumn.values();
    private static final int[] WIDTHS = {150, 130, 170, 230, 250, 190, 100, 440};

    private final NatTable natTable;
    private final IDataProvider body = new Body();
    private final SelectionLayer selection;
    private final ViewportLayer viewport;
    private final SortModel sortModel;
    private AuditSession.Selection shown = new AuditSession.Selection(cutover.core.audit.AuditLog.EMPTY,
            cutover.core.audit.AuditFilter.ALL, AuditColumn.TIME, false, new int[0], 0);

    /**
     * @param sortAsked told the column and direction a header click asks for
     * @param focused told the log row of the row selected
     */
    AuditTable(Composite parent, BiConsumer<AuditColumn, Boolean> sortAsked, IntConsumer focused) {
        EclipseCollectionsBootstrap.ensureInitialized();
        DataLayer bodyData = new DataLayer(body);
        for (int column = 0; column < COLUMNS.length; column++) {
            bodyData.setColumnWidthByPosition(column, WIDTHS[column]);
        }
        selection = new SelectionLayer(bodyData);
        QuietSelectionModel.install(selection); // the view clears the selection before each refresh
        viewport = new ViewportLayer(selection);
        String[] labels = new String[COLUMNS.length];
        for (AuditColumn column : COLUMNS) {
            labels[column.ordinal()] = column.label;
        }
        sortModel = new SortModel(sortAsked);
        natTable = SortableGrid.create(parent, body, selection, viewport, labels, sortModel, 70);
        selection.addLayerListener(event -> {
            if (event instanceof ISelectionEvent) {
                int row = selection.getRowIndexByPosition(selection.getSelectionAnchor().getRowPosition());
                if (row >= 0 && row < shown.rows().length) {
                    focused.accept(shown.rows()[row]);
                }
            }
        });
        WidgetIds.tag(natTable, "audit.table");
    }

    NatTable control() {
        return natTable;
    }

    AuditSession.Selection shown() {
        return shown;
    }

    void show(AuditSession.Selection rows) {
        shown = rows;
        selection.clear(false);
        natTable.refresh();
    }

    /** The text a cell shows, as painted. */
    String text(int row, AuditColumn column) {
        Object value = body.getDataValue(column.ordinal(), row);
        return value == null ? "" : value.toString();
    }

    /** Brings the row to the top of the viewport, as dragging the scroll bar does. */
    void scrollTo(int row) {
        viewport.setOriginY(selection.getStartYOfRowPosition(row));
    }

    /** Selects a row as a click does. */
    void select(int row) {
        selection.doCommand(new SelectRowsCommand(selection, 0, row, false, false));
    }

    /** Sorts as a click on the column header does (the first click ascending, the next descending). */
    void sortBy(AuditColumn column) {
        boolean ascending = shown.sortBy() != column || !shown.ascending();
        sortModel.sort(column.ordinal(), ascending ? SortDirectionEnum.ASC : SortDirectionEnum.DESC, false);
    }

    private final class Body implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            int[] rows = shown.rows();
            return row >= 0 && row < rows.length ? shown.log().text(rows[row], COLUMNS[column]) : null;
        }

        @Override
        public void setDataValue(int column, int row, Object newValue) {
            throw new UnsupportedOperationException("the audit table is read-only");
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public int getRowCount() {
            return shown.rows().length;
        }
    }

    /** Shows the sort of the rows on screen; a click asks the view for a new one. */
    private final class SortModel extends OneColumnSort {
        private final BiConsumer<AuditColumn, Boolean> asked;

        SortModel(BiConsumer<AuditColumn, Boolean> asked) {
            this.asked = asked;
        }

        @Override
        protected int sortedColumn() {
            return shown.sortBy().ordinal();
        }

        @Override
        protected boolean ascending() {
            return shown.ascending();
        }

        @Override
        protected void asked(int column, boolean ascending) {
            // no column (a third click) goes back to the view's default: newest first
            if (column < 0) {
                asked.accept(AuditColumn.TIME, false);
            } else {
                asked.accept(COLUMNS[column], ascending);
            }
        }
    }
}
