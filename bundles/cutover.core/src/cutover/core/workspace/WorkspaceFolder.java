package cutover.core.workspace;

import java.nio.file.Path;

/**
 * Where the workspace is: the folder that holds the journal, the demo tenant and the readiness notes. The launcher
 * names it in the system property {@value #PROPERTY} ({@code $CUTOVER_WORKSPACE}, else {@code ~/.cutover/workspace}).
 */
public final class WorkspaceFolder {

    public static final String PROPERTY = "cutover.workspace";

    private WorkspaceFolder() {
    }

    /** The folder the launcher named, or null when the process was started without one. */
    public static Path named() {
        String folder = System.getProperty(PROPERTY);
        return folder == null || folder.isBlank() ? null : Path.of(folder);
    }

    /** The folder the launcher named, else the launcher's default, {@code ~/.cutover/workspace}. */
    public static Path current() {
        Path named = named();
        return named != null ? named : Path.of(System.getProperty("user.home"), ".cutover", "workspace");
    }
}
