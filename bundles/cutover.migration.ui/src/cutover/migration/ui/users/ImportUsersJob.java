package cutover.migration.ui.users;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import cutover.core.mfaserver.MfaServerUser;
import cutover.importers.mfaserver.ImportProblem;
import cutover.importers.mfaserver.ImportSummary;
import cutover.importers.mfaserver.MfaServerExportReader;
import cutover.importers.mfaserver.MfaServerImportException;

/**
 * Reads an MFA Server export off the UI thread. Progress is kept in counters the part polls (so a fast
 * reader never floods the UI thread); the outcome is handed to {@code onDone}, with the job, exactly once.
 */
final class ImportUsersJob extends Job {

    /** How many rejected lines are kept for the report; all are counted. */
    static final int MAX_PROBLEMS_KEPT = 10_000;

    record Outcome(Path file, List<MfaServerUser> users, ImportSummary summary, List<ImportProblem> problems,
            MfaServerImportException failure) {
        boolean cancelled() {
            return summary != null && summary.cancelled();
        }
    }

    private final Path file;
    private final BiConsumer<ImportUsersJob, Outcome> onDone;
    private volatile cutover.ui.FractionMonitor tracking;
    private volatile boolean started;

    ImportUsersJob(Path file, BiConsumer<ImportUsersJob, Outcome> onDone) {
        super("Importing " + file.getFileName());
        this.file = file;
        this.onDone = onDone;
        setUser(true);
    }

    Path file() {
        return file;
    }

    double fractionDone() {
        cutover.ui.FractionMonitor now = tracking;
        return now == null ? 0 : now.fraction();
    }

    /** Once true, the job reports an outcome; a job cancelled before this never does. */
    boolean started() {
        return started;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        tracking = new cutover.ui.FractionMonitor(monitor);
        started = true;
        List<MfaServerUser> users = new ArrayList<>(estimateUsers());
        List<ImportProblem> problems = new ArrayList<>();
        Outcome outcome;
        try {
            ImportSummary summary = new MfaServerExportReader().read(file, users::add, problem -> {
                if (problems.size() < MAX_PROBLEMS_KEPT) {
                    problems.add(problem);
                }
            }, tracking);
            outcome = new Outcome(file, Collections.unmodifiableList(users), summary, problems, null);
        } catch (MfaServerImportException e) {
            outcome = new Outcome(file, List.of(), null, problems, e);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // a bug must not leave the view waiting for an import that will never finish
            outcome = new Outcome(file, List.of(), null, problems, new MfaServerImportException(
                    new ImportProblem(file, 0, "unexpected error while reading: " + e)));
        }
        onDone.accept(this, outcome);
        return outcome.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    private int estimateUsers() {
        try {
            return (int) Math.min(2_000_000, Math.max(16, Files.size(file) / 180));
        } catch (Exception e) {
            return 16;
        }
    }
}
