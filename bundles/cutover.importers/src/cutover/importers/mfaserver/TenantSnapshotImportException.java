package cutover.importers.mfaserver;

import java.io.IOException;

/**
 * A problem that makes a whole tenant snapshot file unusable: missing, unreadable, or with a bad header or policy
 * line. {@link #problem()} names the file and the line.
 */
public final class TenantSnapshotImportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient ImportProblem problem;

    public TenantSnapshotImportException(ImportProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public TenantSnapshotImportException(ImportProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
