package cutover.migration.ui.users;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * Sort state of the Users table. NatTable calls {@link #sort} on header clicks (Shift+click adds a level);
 * the actual sorting happens off the UI thread in whoever listens to {@link #onChange}.
 */
final class UsersSortModel implements ISortModel {

    private static final UserColumn[] COLUMNS = UserColumn.values();
    private final List<SortKey> keys = new ArrayList<>();
    private final Consumer<List<SortKey>> onChange;

    UsersSortModel(Consumer<List<SortKey>> onChange) {
        this.onChange = onChange;
    }

    List<SortKey> keys() {
        return List.copyOf(keys);
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        return keys.stream().map(k -> k.column().ordinal()).toList();
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return indexOf(columnIndex) >= 0;
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        int i = indexOf(columnIndex);
        if (i < 0) {
            return SortDirectionEnum.NONE;
        }
        return keys.get(i).ascending() ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return indexOf(columnIndex);
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
        return List.of(COLUMNS[columnIndex].order());
    }

    @Override
    public Comparator<?> getColumnComparator(int columnIndex) {
        return COLUMNS[columnIndex].order();
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
        if (!accumulate) {
            keys.removeIf(k -> k.column().ordinal() != columnIndex);
        }
        int i = indexOf(columnIndex);
        if (direction == SortDirectionEnum.NONE) {
            if (i >= 0) {
                keys.remove(i);
            }
        } else {
            SortKey key = new SortKey(COLUMNS[columnIndex], direction == SortDirectionEnum.ASC);
            if (i >= 0) {
                keys.set(i, key);
            } else {
                keys.add(key);
            }
        }
        onChange.accept(keys());
    }

    @Override
    public void clear() {
        keys.clear();
        onChange.accept(keys());
    }

    private int indexOf(int columnIndex) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).column().ordinal() == columnIndex) {
                return i;
            }
        }
        return -1;
    }
}
