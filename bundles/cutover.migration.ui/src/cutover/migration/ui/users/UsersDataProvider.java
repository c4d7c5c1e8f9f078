package cutover.migration.ui.users;

import cutover.core.mfaserver.MfaServerUser;
import cutover.migration.ui.table.ReadOnlyRows;

/** NatTable's window onto the current {@link UserRows}; swapped whole on the UI thread. */
final class UsersDataProvider extends ReadOnlyRows<MfaServerUser> {

    private static final UserColumn[] COLUMNS = UserColumn.values();
    private UserRows rows = UserRows.EMPTY;

    UsersDataProvider() {
        super(COLUMNS.length);
    }

    void show(UserRows newRows) {
        rows = newRows;
    }

    UserRows rows() {
        return rows;
    }

    @Override
    protected int size() {
        return rows.size();
    }

    @Override
    protected MfaServerUser row(int index) {
        return rows.user(index);
    }

    @Override
    protected Object value(int column, MfaServerUser user) {
        return COLUMNS[column].valueOf(user);
    }
}
