package cutover.migration.ui.wave;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import cutover.migration.ChangeStatus;
import cutover.migration.WaveUser;

/**
 * The Group view's rows: indexes into the wave's members after filtering and sorting, computed off the UI thread
 * and swapped in whole.
 *
 * @param text UPN text to look for, or null; {@code change} the status to show, or null for all
 */
public record WaveRows(List<WaveUser> users, int[] view) {

    public static final WaveRows EMPTY = new WaveRows(List.of(), new int[0]);

    /** What the filter bar asks for. */
    public record Filter(String text, ChangeStatus change) {
        public static final Filter NONE = new Filter(null, null);

        public Filter {
            text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        }

        boolean test(WaveUser user) {
            return (change == null || user.change() == change)
                    && (text == null || user.upn().toLowerCase(Locale.ROOT).contains(text));
        }
    }

    /** The sort: one column, either way; null column keeps Graph's order. */
    public record Sort(WaveColumn column, boolean ascending) {
        public static final Sort NONE = new Sort(null, true);
    }

    public static WaveRows of(List<WaveUser> users, Filter filter, Sort sort) {
        IntStream indexes = IntStream.range(0, users.size()).parallel();
        int[] view = indexes.filter(i -> filter.test(users.get(i))).toArray();
        if (sort.column() != null) {
            Comparator<WaveUser> order = sort.column().order();
            Comparator<WaveUser> directed = sort.ascending() ? order : order.reversed();
            view = IntStream.of(view).boxed().parallel()
                    .sorted((a, b) -> {
                        int c = directed.compare(users.get(a), users.get(b));
                        return c != 0 ? c : Integer.compare(a, b);
                    }).mapToInt(Integer::intValue).toArray();
        }
        return new WaveRows(users, view);
    }

    public int size() {
        return view.length;
    }

    public WaveUser user(int row) {
        return users.get(view[row]);
    }
}
