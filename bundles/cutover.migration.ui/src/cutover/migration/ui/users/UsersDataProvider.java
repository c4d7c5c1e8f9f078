package cutover.migration.ui.users;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;

import cutover.core.mfaserver.MfaServerUser;

/** NatTable's window onto the current {@link UserRows}; swapped whole on the UI thread. */
final class UsersDataProvider implements IRowDataProvider<MfaServerUser> {

    private static final UserColumn[] COLUMNS = UserColumn.values();
    private UserRows rows = UserRows.EMPTY;

    void show(UserRows newRows) {
        rows = newRows;
    }

    UserRows rows() {
        return rows;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        if (rowIndex < 0 || rowIndex >= rows.size()) {
            return null;
        }
        return COLUMNS[columnIndex].valueOf(rows.user(rowIndex));
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException("the Users table is read-only");
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public MfaServerUser getRowObject(int rowIndex) {
        return rows.user(rowIndex);
    }

    @Override
    public int indexOfRowObject(MfaServerUser user) {
        return rows.rowOf(user);
    }
}
