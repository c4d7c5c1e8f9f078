package cutover.migration.ui.wave;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Composite;

import cutover.migration.WaveUser;
import cutover.migration.ui.table.ReadOnlyRows;
import cutover.ui.WidgetIds;
import cutover.ui.table.EclipseCollectionsBootstrap;
import cutover.ui.table.OneColumnSort;
import cutover.ui.table.QuietSelectionModel;
import cutover.ui.table.SortableGrid;

/** The Group view's NatTable: one row per member, both sides' columns, click a header to sort. */
final class WaveTable {

    private static final WaveColumn[] COLUMNS = WaveColumn.values();

    private final NatTable natTable;
    private final ColumnHideShowLayer hideShow;
    private final SelectionLayer selection;
    private final ViewportLayer viewport;
    private final SortModel sortModel;
    private WaveRows rows = WaveRows.EMPTY;
    private WaveRows.Sort sort = WaveRows.Sort.NONE;

    WaveTable(Composite parent, Consumer<WaveRows.Sort> sortChanged, Consumer<WaveUser> focused) {
        EclipseCollectionsBootstrap.ensureInitialized();
        IRowDataProvider<WaveUser> body = new Body();
        DataLayer bodyData = new DataLayer(body);
        for (WaveColumn column : COLUMNS) {
            bodyData.setColumnWidthByPosition(column.ordinal(), column.width());
        }
        hideShow = new ColumnHideShowLayer(bodyData);
        selection = new SelectionLayer(hideShow);
        QuietSelectionModel.install(selection);
        viewport = new ViewportLayer(selection);
        String[] labels = new String[COLUMNS.length];
        for (WaveColumn column : COLUMNS) {
            labels[column.ordinal()] = column.label();
        }
        sortModel = new SortModel(sortChanged);
        natTable = SortableGrid.create(parent, body, selection, viewport, labels, sortModel, 60);
        selection.addLayerListener(event -> {
            if (event instanceof ISelectionEvent) {
                int row = selection.getRowIndexByPosition(selection.getSelectionAnchor().getRowPosition());
                if (row >= 0 && row < rows.size()) {
                    focused.accept(rows.user(row));
                }
            }
        });
        WidgetIds.tag(natTable, "wave.table");
    }

    NatTable control() {
        return natTable;
    }

    WaveRows rows() {
        return rows;
    }

    void show(WaveRows newRows) {
        rows = newRows;
        natTable.refresh();
    }

    void showEntra(boolean visible) {
        for (WaveColumn column : COLUMNS) {
            if (column.side() == WaveColumn.Side.ENTRA) {
                if (visible) {
                    hideShow.showColumnIndexes(column.ordinal());
                } else {
                    hideShow.hideColumnIndexes(column.ordinal());
                }
            }
        }
    }

    boolean isVisible(WaveColumn column) {
        return !hideShow.isColumnIndexHidden(column.ordinal());
    }

    /** The members on screen now (plus a screenful below), for reading their methods first. */
    List<WaveUser> onScreen() {
        List<WaveUser> visible = new ArrayList<>();
        int first = viewport.getRowIndexByPosition(0);
        int count = Math.max(40, viewport.getRowCount() * 2);
        for (int row = Math.max(0, first); row < Math.min(rows.size(), Math.max(0, first) + count); row++) {
            visible.add(rows.user(row));
        }
        return visible;
    }

    /** Brings the row to the top of the viewport, as dragging the scroll bar does. */
    void scrollTo(int row) {
        viewport.setOriginY(selection.getStartYOfRowPosition(row));
    }

    /** Sorts as a click on the column header does (the first click ascending, the next descending). */
    void sortBy(WaveColumn column) {
        boolean ascending = sort.column() != column || !sort.ascending();
        sortModel.sort(column.ordinal(), ascending ? SortDirectionEnum.ASC : SortDirectionEnum.DESC, false);
        natTable.refresh(false);
    }

    /** The members of the selected rows, in row order. */
    List<WaveUser> selected() {
        List<WaveUser> chosen = new ArrayList<>();
        for (int position : selection.getFullySelectedRowPositions()) {
            int row = selection.getRowIndexByPosition(position);
            if (row >= 0 && row < rows.size()) {
                chosen.add(rows.user(row));
            }
        }
        return chosen;
    }

    /** Selects rows as Shift+click would, so the view reacts as it does to the mouse. */
    void selectRows(int from, int to) {
        selection.doCommand(new SelectRowsCommand(selection, 0, from, false, false));
        if (to > from) {
            selection.doCommand(new SelectRowsCommand(selection, 0, to, true, false));
        }
    }

    private final class Body extends ReadOnlyRows<WaveUser> {
        Body() {
            super(COLUMNS.length);
        }

        @Override
        protected int size() {
            return rows.size();
        }

        @Override
        protected WaveUser row(int index) {
            return rows.user(index);
        }

        @Override
        protected Object value(int column, WaveUser user) {
            return COLUMNS[column].valueOf(user);
        }
    }

    /** One sort column; the sorting itself runs off the UI thread in the view. */
    private final class SortModel extends OneColumnSort {
        private final Consumer<WaveRows.Sort> changed;

        SortModel(Consumer<WaveRows.Sort> changed) {
            this.changed = changed;
        }

        @Override
        protected int sortedColumn() {
            return sort.column() == null ? -1 : sort.column().ordinal();
        }

        @Override
        protected boolean ascending() {
            return sort.ascending();
        }

        @Override
        protected void asked(int column, boolean ascending) {
            sort = column < 0 ? WaveRows.Sort.NONE : new WaveRows.Sort(COLUMNS[column], ascending);
            changed.accept(sort);
        }
    }
}
