package cutover.migration.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.migration.ui.users.SortKey;
import cutover.migration.ui.users.UserColumn;
import cutover.migration.ui.users.UserFilter;
import cutover.migration.ui.users.UserRows;

/** The Users view's row model, without a window: what a filter keeps and in which order rows come. */
class UserRowsTest {

    private final List<MfaServerUser> users = new SyntheticMfaServerUsers(3).users(5_000).toList();

    private UserRows rows(UserFilter filter, SortKey... sort) {
        return UserRows.compute(users, filter, List.of(sort), new NullProgressMonitor());
    }

    private static List<MfaServerUser> list(UserRows rows) {
        List<MfaServerUser> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            result.add(rows.user(i));
        }
        return result;
    }

    @Test
    void noFilterAndNoSortKeepsImportOrder() {
        assertEquals(users, list(rows(UserFilter.NONE)));
    }

    @Test
    void upnTextMatchesAnywhereIgnoringCase() {
        String upn = users.get(1234).upn();
        String middle = upn.substring(2, upn.indexOf('@')).toUpperCase();
        UserRows rows = rows(UserFilter.NONE.withUpnText("  " + middle + " "));
        assertTrue(list(rows).contains(users.get(1234)));
        assertTrue(list(rows).stream().allMatch(u -> u.upn().toUpperCase().contains(middle)));
        assertEquals(users.stream().filter(u -> u.upn().toUpperCase().contains(middle)).count(), rows.size());
    }

    @Test
    void criteriaCombineAndDeviceRangesAreInclusive() {
        UserFilter filter = UserFilter.NONE.withMethod(DefaultMethod.MOBILE_APP_STANDARD).withExtension(Boolean.FALSE)
                .withDevices(2, 3);
        List<MfaServerUser> expected = users.stream().filter(u -> u.defaultMethod() == DefaultMethod.MOBILE_APP_STANDARD
                && !u.hasExtension() && u.deviceCount() >= 2 && u.deviceCount() <= 3).toList();
        assertTrue(expected.size() > 10, "the sample has such users");
        assertEquals(expected, list(rows(filter)));
    }

    @Test
    void sortingIsStableAndAcceptsSeveralLevels() {
        UserRows rows = rows(UserFilter.NONE, new SortKey(UserColumn.DEVICES, false), new SortKey(UserColumn.UPN, true));
        Comparator<MfaServerUser> expected = Comparator.comparingInt(MfaServerUser::deviceCount).reversed()
                .thenComparing(MfaServerUser::upn, String.CASE_INSENSITIVE_ORDER);
        List<MfaServerUser> sorted = new ArrayList<>(users);
        sorted.sort(expected);
        assertEquals(sorted, list(rows));

        UserRows byMethod = rows(UserFilter.NONE, new SortKey(UserColumn.DEFAULT_METHOD, true));
        for (int i = 1; i < byMethod.size(); i++) {
            MfaServerUser a = byMethod.user(i - 1);
            MfaServerUser b = byMethod.user(i);
            if (a.defaultMethod() == b.defaultMethod()) {
                assertTrue(users.indexOf(a) < users.indexOf(b), "equal rows keep their import order");
            }
        }
    }
}
