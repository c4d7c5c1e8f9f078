package cutover.ui.table;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * NatTable's sort model for a table sorted by one column at a time, whose rows the view sorts itself, off the UI
 * thread: it shows the view's current sort in the header and hands a header click to the view.
 */
public abstract class OneColumnSort implements ISortModel {

    /** The column index the rows are sorted by, or -1 when unsorted. */
    protected abstract int sortedColumn();

    protected abstract boolean ascending();

    /**
     * A header click asks for this sort.
     *
     * @param column the column index, or -1 to go back to the view's default order
     */
    protected abstract void asked(int column, boolean ascending);

    @Override
    public List<Integer> getSortedColumnIndexes() {
        return sortedColumn() < 0 ? List.of() : List.of(sortedColumn());
    }

    @Override
    public boolean isColumnIndexSorted(int column) {
        return sortedColumn() >= 0 && sortedColumn() == column;
    }

    @Override
    public SortDirectionEnum getSortDirection(int column) {
        return !isColumnIndexSorted(column) ? SortDirectionEnum.NONE
                : ascending() ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
    }

    @Override
    public int getSortOrder(int column) {
        return isColumnIndexSorted(column) ? 0 : -1;
    }

    // the view sorts; NatTable never compares cells itself here
    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int column) {
        return List.of(Comparator.naturalOrder());
    }

    @Override
    public Comparator<?> getColumnComparator(int column) {
        return Comparator.naturalOrder();
    }

    @Override
    public void sort(int column, SortDirectionEnum direction, boolean accumulate) {
        if (direction == SortDirectionEnum.NONE) {
            asked(-1, true);
        } else {
            asked(column, direction == SortDirectionEnum.ASC);
        }
    }

    @Override
    public void clear() {
        asked(-1, true);
    }
}
