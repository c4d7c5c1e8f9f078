package cutover.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workspace folder of the command line: the launcher passes it as the system property
 * {@code cutover.workspace} ({@code $CUTOVER_WORKSPACE}, else {@code ~/.cutover/workspace}).
 */
public final class Workspace {

    public static final String PROPERTY = "cutover.workspace";

    private Workspace() {
    }

    /** The workspace folder, or null when the command line was started without one. */
    public static Path folder() {
        String folder = System.getProperty(PROPERTY);
        return folder == null || folder.isBlank() ? null : Path.of(folder);
    }

    /** Whether the workspace has a journal yet (commands that only read never create one). */
    public static boolean hasJournal() {
        Path folder = folder();
        return folder != null && Files.isDirectory(folder.resolve("journal"));
    }
}
