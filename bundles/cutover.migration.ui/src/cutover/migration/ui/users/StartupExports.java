package cutover.migration.ui.users;

import java.nio.file.Path;

/**
 * Opens the export named on the command line ({@code -Dcutover.open=FILE}, set by {@code cutover demo} and
 * {@code cutover FILE}) once the Users view exists.
 */
final class StartupExports {

    static final String OPEN_PROPERTY = "cutover.open";

    private StartupExports() {
    }

    static void openRequested(UsersPart part) {
        String file = System.clearProperty(OPEN_PROPERTY); // once per session, not again when the view is reopened
        if (file == null || file.isBlank()) {
            return;
        }
        part.open(Path.of(file)); // a missing file is reported by the import like any other
    }
}
