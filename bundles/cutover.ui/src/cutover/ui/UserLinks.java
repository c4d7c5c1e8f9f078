package cutover.ui;

/**
 * Event topics that link views without the views knowing each other: post a user's principal name (or object id)
 * on a show topic and the view that owns it comes forward showing that user; a run that wrote to the journal says
 * so for the views that show it.
 */
public final class UserLinks {

    /** The Audit view shows this user's events. */
    public static final String SHOW_AUDIT = "cutover/user/showAudit";
    /** The Migration perspective's User details show this user, when the listed group holds them. */
    public static final String SHOW_MIGRATION = "cutover/user/showMigration";
    /** A run wrote to the workspace journal (the data: its outcome, one line); views that show it read it again. */
    public static final String JOURNAL_CHANGED = "cutover/journal/changed";
    /** A tenant-wide setting changed (Staged Rollout, a domain's federation; the data: what, one line). */
    public static final String TENANT_CHANGED = "cutover/tenant/changed";

    private UserLinks() {
    }
}
