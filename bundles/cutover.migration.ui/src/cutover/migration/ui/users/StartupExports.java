package cutover.migration.ui.users;

import java.nio.file.Path;

/**
 * Opens the export named on the command line ({@code -Dcutover.open=FILE}, set by {@code cutover demo} and
 * {@code cutover FILE}) once the Users view exists.
 */
final class StartupExports {

    static final String OPEN_PROPERTY = "cutover.open";
    private static boolean consumed;

    private StartupExports() {
    }

    static synchronized void openRequested(UsersPart part) {
        String file = System.getProperty(OPEN_PROPERTY);
        if (consumed || file == null || file.isBlank()) {
            return;
        }
        consumed = true; // once per session, not again when the view is reopened
        part.open(Path.of(file)); // a missing file is reported by the import like any other
    }
}
