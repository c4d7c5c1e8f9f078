package cutover.importers.mfaserver;

import java.io.IOException;

/** A problem that makes the whole file unusable: missing, unreadable, binary, or not in a supported format. */
public final class MfaServerImportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient ImportProblem problem;

    public MfaServerImportException(ImportProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public MfaServerImportException(ImportProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
