package cutover.migration.ui.users;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import cutover.core.mfaserver.MfaServerUser;

/**
 * An immutable view over the imported users: the filtered, sorted row order as indexes into {@code users}, so
 * a row's identity is its import position and never changes. Computed off the UI thread; the table swaps in a
 * whole new instance at once.
 */
public final class UserRows {

    public static final UserRows EMPTY = new UserRows(List.of(), new int[0]);

    private final List<MfaServerUser> users;
    private final int[] view;

    private UserRows(List<MfaServerUser> users, int[] view) {
        this.users = users;
        this.view = view;
    }

    /** @param users must not change afterwards (the import hands over its finished list) */
    public static UserRows compute(List<MfaServerUser> users, UserFilter filter, List<SortKey> sort,
            IProgressMonitor monitor) {
        IntStream indexes = IntStream.range(0, users.size());
        if (users.size() > 50_000) {
            indexes = indexes.parallel();
        }
        int[] view = filter.isEmpty() ? indexes.toArray() : indexes.filter(i -> filter.test(users.get(i))).toArray();
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        Comparator<MfaServerUser> order = comparator(sort);
        if (order != null) {
            view = IntStream.of(view).boxed().parallel()
                    .sorted((a, b) -> {
                        int c = order.compare(users.get(a), users.get(b));
                        return c != 0 ? c : Integer.compare(a, b);
                    })
                    .mapToInt(Integer::intValue).toArray();
        }
        return new UserRows(users, view);
    }

    private static Comparator<MfaServerUser> comparator(List<SortKey> sort) {
        Comparator<MfaServerUser> result = null;
        for (SortKey key : sort) {
            Comparator<MfaServerUser> next = key.ascending() ? key.column().order() : key.column().order().reversed();
            result = result == null ? next : result.thenComparing(next);
        }
        return result;
    }

    public int size() {
        return view.length;
    }

    public int total() {
        return users.size();
    }

    public MfaServerUser user(int row) {
        return users.get(view[row]);
    }

    public List<MfaServerUser> all() {
        return users;
    }

    /** The row showing {@code user}, or -1 when it is filtered out. Linear: for selection restore, not paint. */
    public int rowOf(MfaServerUser user) {
        for (int row = 0; row < view.length; row++) {
            if (users.get(view[row]) == user) {
                return row;
            }
        }
        return -1;
    }
}
