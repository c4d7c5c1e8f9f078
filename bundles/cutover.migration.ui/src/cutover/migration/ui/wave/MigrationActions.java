package cutover.migration.ui.wave;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import cutover.connection.Connections;
import cutover.connection.TenantConnection;
import cutover.migration.EntraMethodLoader;
import cutover.migration.ReadinessCheck;
import cutover.migration.WavePlan;
import cutover.store.Journal;
import cutover.store.RunInfo;
import cutover.store.RunKind;
import cutover.ui.ProgressRow;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * What the Group view's buttons do beyond listing: settings, migrate (confirm, then a journaled run), resume an
 * interrupted run, verify, and bringing the Plan, Readiness and Runs views forward.
 */
@Creatable
@Singleton
public class MigrationActions {

    static final String SOURCE_PREFIX = "workbench: ";

    @Inject
    private WaveSession session;
    @Inject
    private org.eclipse.e4.core.services.events.IEventBroker events;
    @Inject
    private EPartService parts;
    @Inject
    @Service
    private Connections connections;

    private EntraMethodLoader loader;
    private MigrationJob migration;
    private cutover.ui.TrackedJob verification;
    private ResumeOffer resumeOffer;
    private String lastOutcome = "";

    void useLoader(EntraMethodLoader methods) {
        loader = methods;
    }

    void editSettings(Shell shell) {
        SettingsDialog dialog = new SettingsDialog(shell, session.settings());
        if (dialog.open() == Window.OK) {
            try {
                session.settings(dialog.chosen());
            } catch (java.io.IOException e) {
                org.eclipse.jface.dialogs.MessageDialog.openError(shell, "Cannot save the settings", e.getMessage());
            }
        }
    }

    void showPlan() {
        parts.showPart(PlanPart.PART_ID, EPartService.PartState.VISIBLE);
    }

    /** Asks for the hardware token vendor's seed file and reads it in the background. */
    void chooseSeedFile(Shell shell) {
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(shell, org.eclipse.swt.SWT.OPEN);
        dialog.setText("Hardware token seed file (upn, serial number, secret key, time interval, manufacturer, model)");
        dialog.setFilterExtensions(new String[] {"*.csv", "*"});
        String chosen = dialog.open();
        if (chosen != null) {
            useSeedFile(java.nio.file.Path.of(chosen));
        }
    }

    /** Reads a seed file; what it holds, or why not, is said in the Group view. */
    public void useSeedFile(java.nio.file.Path file) {
        Display display = Display.getCurrent();
        WaveJobs.job("Reading " + file.getFileName(), monitor -> {
            TokenSeeds seeds = TokenSeeds.read(file);
            display.asyncExec(() -> {
                session.seeds(seeds);
                String problems = seeds.problems().isEmpty() ? "" : "; " + seeds.problems().size()
                        + " rows rejected, the first: " + seeds.problems().get(0);
                setLastOutcome(WavePart.COUNT.format(seeds.rows().size()) + " hardware token seeds from "
                        + file.getFileName() + " (the secrets stay in memory, for creating the tokens)" + problems
                        + ". Plan again to use them.");
            });
        }, message -> display.asyncExec(() -> setLastOutcome("Cannot read the seed file: " + message))).schedule();
    }

    void showGroup() {
        parts.showPart(WavePart.PART_ID, EPartService.PartState.ACTIVATE);
    }

    void showRuns() {
        parts.showPart(RunsPart.PART_ID, EPartService.PartState.ACTIVATE);
    }

    /** Confirms the last plan with the specialist, then writes it as a journaled run. */
    void migrate(Shell shell, ProgressRow progress) {
        WavePlan plan = session.plan();
        TenantConnection tenant = connections.current().orElse(null);
        if (plan == null || tenant == null || migration != null) {
            String why = migration != null ? "A migration is running." : "Plan the selection or the group first.";
            org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "Migrate", why);
            return;
        }
        ConfirmMigrationDialog confirm = new ConfirmMigrationDialog(shell, tenant.name(), plan);
        if (confirm.open() != Window.OK) {
            return;
        }
        start(MigrationJob.fresh(tenant.graph(), session.workspace(), plan, SOURCE_PREFIX + "group "
                + plan.wave().group().displayName() + " (" + plan.wave().group().id() + ")", session.seeds()), progress);
    }

    private void start(MigrationJob job, ProgressRow progress) {
        migration = job;
        Display display = Display.getCurrent();
        progress.start("Starting the migration…");
        job.onProgress(text -> display.asyncExec(() -> {
            if (!progress.control().isDisposed()) {
                progress.update(text, job.fractionDone());
            }
        }));
        job.onDone(text -> display.asyncExec(() -> {
            migration = null;
            if (!progress.control().isDisposed()) {
                progress.finish();
            }
            session.plan(null);
            session.changed(WaveSession.Change.JOURNAL);
            events.post(cutover.ui.UserLinks.JOURNAL_CHANGED, text);
            if (resumeOffer != null) {
                resumeOffer.refresh();
            }
            setLastOutcome(text);
        }));
        job.schedule();
    }

    private void setLastOutcome(String text) {
        lastOutcome = text;
        session.changed(WaveSession.Change.OUTCOME);
    }

    /** What the last migration run ended with, in words (for the status line and tests). */
    public String lastOutcome() {
        return lastOutcome;
    }

    public boolean isMigrating() {
        return migration != null;
    }

    /** Stops the migration (its end is reported as usual) or the verification; true when a verification stopped. */
    boolean cancel() {
        if (migration != null) {
            migration.cancel();
            return false;
        }
        if (verification != null) {
            verification.cancel();
            verification = null;
            return true;
        }
        return false;
    }

    /** Offers to continue a workbench run that closing the app (or a crash) interrupted. */
    void offerResume(org.eclipse.swt.widgets.Button button, ProgressRow progress) {
        resumeOffer = new ResumeOffer(session::workspace, button, run -> resume(run, progress));
        resumeOffer.refresh();
    }

    private void resume(RunInfo run, ProgressRow progress) {
        TenantConnection tenant = connections.current().orElse(null);
        if (tenant == null || migration != null) {
            return;
        }
        start(MigrationJob.resume(tenant.graph(), session.workspace(), run.id(), session.seeds()), progress);
    }

    /** Unfinished workbench runs, oldest first. */
    static List<RunInfo> interrupted(java.nio.file.Path workspace) throws InterruptedException {
        try (Journal journal = Journal.openWaiting(workspace, WaveJobs.JOURNAL_PATIENCE)) {
            return journal.runs().stream().filter(r -> r.kind() == RunKind.APPLY && r.finishedAt() == null
                    && r.source() != null && r.source().startsWith(SOURCE_PREFIX)).toList();
        }
    }

    /** Checks every member against Entra ID as it is now; the Readiness view shows the report. */
    void verify(ProgressRow progress) {
        if (session.wave() == null || loader == null) {
            return;
        }
        var wave = session.wave();
        var options = session.settings().planOptions();
        var workspace = session.workspace();
        Display display = Display.getCurrent();
        String what = "Verifying " + wave.group().displayName() + " against Entra ID…";
        progress.start(what);
        cutover.ui.TrackedJob job = WaveJobs.job("Verifying " + wave.group().displayName(), monitor -> {
            var report = new ReadinessCheck(loader).check(wave, options, WaveJobs.history(workspace), monitor);
            String unrecorded = null;
            try {
                cutover.migration.GroupVerification.record(workspace, wave, report);
            } catch (RuntimeException e) {
                unrecorded = "The verification could not be recorded in the journal (" + e.getMessage()
                        + "); the federation switch will not count it.";
            }
            String notRecorded = unrecorded;
            display.asyncExec(() -> {
                verification = null;
                progress.finish();
                if (notRecorded != null) {
                    setLastOutcome(notRecorded);
                }
                session.readiness(report);
                parts.showPart(ReadinessPart.PART_ID, EPartService.PartState.ACTIVATE);
            });
        }, message -> display.asyncExec(() -> {
            verification = null;
            progress.finish();
            setLastOutcome("Verification failed: " + message);
        }));
        verification = job;
        job.schedule();
        cutover.ui.TrackedJob.track(job, progress, what, () -> verification == job);
    }
}
