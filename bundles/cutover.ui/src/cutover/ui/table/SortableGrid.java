package cutover.ui.table;

import org.eclipse.nebula.widgets.nattable.NatTable;
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
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Composite;

/**
 * The grid Cutover's read-only tables share around their body layers: column headers that sort on a click (the
 * sorting itself is the view's, off the UI thread), row numbers, left-aligned padded cells with grid lines.
 */
public final class SortableGrid {

    private SortableGrid() {
    }

    /**
     * @param body the body's data, for the row numbers
     * @param viewport the viewport over {@code selection}
     * @param labels the column headers, by column index
     */
    public static NatTable create(Composite parent, IDataProvider body, SelectionLayer selection,
            ViewportLayer viewport, String[] labels, ISortModel sortModel, int rowHeaderWidth) {
        var headerData = new DefaultColumnHeaderDataProvider(labels);
        ColumnHeaderLayer header = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), viewport,
                selection);
        SortHeaderLayer<Object> sortHeader = new SortHeaderLayer<>(header, sortModel, false);
        var rowHeaderData = new DefaultRowHeaderDataProvider(body);
        DataLayer rowHeaderDataLayer = new DefaultRowHeaderDataLayer(rowHeaderData);
        rowHeaderDataLayer.setDefaultColumnWidth(rowHeaderWidth);
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderDataLayer, viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
                rowHeader, sortHeader);
        NatTable natTable = new NatTable(parent, new GridLayer(viewport, sortHeader, rowHeader, corner), false);
        DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
        style.hAlign = HorizontalAlignmentEnum.LEFT;
        style.cellPainter = new LineBorderDecorator(new PaddingDecorator(new TextPainter(), 0, 6, 0, 6));
        natTable.addConfiguration(style);
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.configure();
        return natTable;
    }
}
