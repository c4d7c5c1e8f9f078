package cutover.migration.ui.table;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;

/**
 * NatTable's read-only window onto a view of rows that the UI thread swaps whole: subclasses say how many rows
 * there are, which object a row shows and what a cell holds.
 */
public abstract class ReadOnlyRows<T> implements IRowDataProvider<T> {

    private final int columns;

    protected ReadOnlyRows(int columns) {
        this.columns = columns;
    }

    protected abstract int size();

    protected abstract T row(int index);

    protected abstract Object value(int column, T row);

    @Override
    public Object getDataValue(int column, int row) {
        return row >= 0 && row < size() ? value(column, row(row)) : null;
    }

    @Override
    public void setDataValue(int column, int row, Object newValue) {
        throw new UnsupportedOperationException("the table is read-only");
    }

    @Override
    public int getColumnCount() {
        return columns;
    }

    @Override
    public int getRowCount() {
        return size();
    }

    @Override
    public T getRowObject(int row) {
        return row(row);
    }

    /** Linear: for restoring a selection, never for painting. */
    @Override
    public int indexOfRowObject(T object) {
        for (int row = 0; row < size(); row++) {
            if (row(row) == object) {
                return row;
            }
        }
        return -1;
    }
}
