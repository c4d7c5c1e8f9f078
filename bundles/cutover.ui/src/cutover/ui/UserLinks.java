package cutover.ui;

/**
 * Event topics that link one user across views without the views knowing each other: post the user's principal
 * name (or object id) on a topic and the view that owns it comes forward showing that user.
 */
public final class UserLinks {

    /** The Audit view shows this user's events. */
    public static final String SHOW_AUDIT = "cutover/user/showAudit";
    /** The Migration perspective's User details show this user, when the listed group holds them. */
    public static final String SHOW_MIGRATION = "cutover/user/showMigration";

    private UserLinks() {
    }
}
