package cutover.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workspace folder of the command line: the launcher passes it as the system property
 * {@code cutover.workspace} ({@code $CUTOVER_WORKSPACE}, else {@code ~/.cutover/workspace}).
 */
public final class Workspace {

    public static final String PROPERTY = cutover.core.workspace.WorkspaceFolder.PROPERTY;

    private Workspace() {
    }

    /** The workspace folder, or null when the command line was started without one. */
    public static Path folder() {
        return cutover.core.workspace.WorkspaceFolder.named();
    }

    /** The workspace folder of a command that keeps state in it. */
    public static Path required() throws UsageException {
        Path folder = folder();
        if (folder == null) {
            throw new UsageException("the workspace is unknown: start the command through the cutover launcher");
        }
        return folder;
    }

    /** Whether the workspace has a journal yet (commands that only read never create one). */
    public static boolean hasJournal() {
        Path folder = folder();
        return folder != null && Files.isDirectory(folder.resolve("journal"));
    }
}
