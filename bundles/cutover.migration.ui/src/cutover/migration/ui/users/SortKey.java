package cutover.migration.ui.users;

/** One level of the Users table's sort order. */
public record SortKey(UserColumn column, boolean ascending) {
}
