package cutover.migration.ui.users;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommand;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommandHandler;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.ui.menu.HeaderMenuConfiguration;
import org.eclipse.nebula.widgets.nattable.ui.menu.PopupMenuBuilder;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Composite;

import cutover.core.mfaserver.MfaServerUser;
import cutover.ui.WidgetIds;
import cutover.ui.table.EclipseCollectionsBootstrap;
import cutover.ui.table.QuietSelectionModel;

/**
 * The NatTable grid of the Users view: a read-only body over {@link UsersDataProvider}, sortable headers
 * (click; Shift+click adds a level), column reorder, hide/show and a column chooser (header menu or
 * {@link #chooseColumns()}).
 */
final class UsersTable {

    static final String WIDGET_ID = "users.table";

    private final UsersDataProvider body = new UsersDataProvider();
    private final NatTable natTable;
    private final ColumnHideShowLayer hideShowLayer;

    UsersTable(Composite parent, UsersSortModel sortModel) {
        EclipseCollectionsBootstrap.ensureInitialized();
        UserColumn[] columns = UserColumn.values();

        DataLayer bodyData = new DataLayer(body);
        for (UserColumn column : columns) {
            bodyData.setColumnWidthByPosition(column.ordinal(), column.width());
        }
        ColumnReorderLayer reorder = new ColumnReorderLayer(bodyData);
        hideShowLayer = new ColumnHideShowLayer(reorder);
        SelectionLayer selection = new SelectionLayer(hideShowLayer);
        QuietSelectionModel.install(selection);
        ViewportLayer viewport = new ViewportLayer(selection);

        String[] labels = new String[columns.length];
        for (UserColumn column : columns) {
            labels[column.ordinal()] = column.label();
        }
        IDataProvider headerData = new DefaultColumnHeaderDataProvider(labels);
        DataLayer headerDataLayer = new DefaultColumnHeaderDataLayer(headerData);
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(headerDataLayer, viewport, selection);
        SortHeaderLayer<MfaServerUser> sortHeader = new SortHeaderLayer<>(columnHeader, sortModel, false);

        IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
        DataLayer rowHeaderDataLayer = new DefaultRowHeaderDataLayer(rowHeaderData);
        rowHeaderDataLayer.setDefaultColumnWidth(64);
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderDataLayer, viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
                rowHeader, sortHeader);
        GridLayer grid = new GridLayer(viewport, sortHeader, rowHeader, corner);
        grid.registerCommandHandler(new DisplayColumnChooserCommandHandler(selection, hideShowLayer, columnHeader,
                headerDataLayer, null, null));

        natTable = new NatTable(parent, grid, false);
        DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
        style.hAlign = HorizontalAlignmentEnum.LEFT;
        style.cellPainter = new LineBorderDecorator(new PaddingDecorator(new TextPainter(), 0, 6, 0, 6));
        natTable.addConfiguration(style);
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.addConfiguration(new HeaderMenuConfiguration(natTable) {
            @Override
            protected PopupMenuBuilder createColumnHeaderMenu(NatTable table) {
                return super.createColumnHeaderMenu(table).withHideColumnMenuItem().withShowAllColumnsMenuItem()
                        .withColumnChooserMenuItem();
            }
        });
        natTable.configure();
        WidgetIds.tag(natTable, WIDGET_ID);

        for (UserColumn column : columns) {
            if (column.hiddenByDefault()) {
                hideShowLayer.hideColumnIndexes(column.ordinal());
            }
        }
    }

    NatTable control() {
        return natTable;
    }

    UserRows rows() {
        return body.rows();
    }

    /** UI thread only. */
    void show(UserRows rows) {
        body.show(rows);
        natTable.refresh();
    }

    boolean isColumnVisible(UserColumn column) {
        return !hideShowLayer.isColumnIndexHidden(column.ordinal());
    }

    void chooseColumns() {
        natTable.doCommand(new DisplayColumnChooserCommand(natTable));
    }
}
