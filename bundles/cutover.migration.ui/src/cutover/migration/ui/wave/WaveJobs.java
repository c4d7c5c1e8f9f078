package cutover.migration.ui.wave;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;

import cutover.core.plan.MigrationHistory;
import cutover.graph.GraphConnection;
import cutover.graph.GroupRef;
import cutover.graph.SnapshotReader;
import cutover.migration.EntraMethodLoader;
import cutover.migration.MigrationSettings;
import cutover.migration.Wave;
import cutover.migration.WaveLoader;
import cutover.migration.WavePlan;
import cutover.migration.WaveUser;
import cutover.store.Journal;
import cutover.ui.TrackedJob;

/**
 * The Group view's background work, each a Job that reports back through callbacks (which the view hands to the
 * UI thread): find the group, list it, read the Entra methods, plan.
 */
final class WaveJobs {

    /** How long the workbench waits for the sync service to let go of the journal. */
    static final Duration JOURNAL_PATIENCE = Duration.ofSeconds(20);

    private WaveJobs() {
    }

    static MigrationHistory history(java.nio.file.Path workspace) throws InterruptedException {
        try (Journal journal = Journal.openWaiting(workspace, JOURNAL_PATIENCE)) {
            return journal.history();
        }
    }

    /** Finds the groups named (or with the id) {@code text}. */
    static TrackedJob find(GraphConnection connection, String text, Consumer<List<GroupRef>> found,
            Consumer<String> failed) {
        return job("Finding group " + text, monitor -> found.accept(new SnapshotReader(connection).findGroups(text)),
                failed);
    }

    static TrackedJob list(GraphConnection connection, GroupRef group, WaveSession session, Consumer<Wave> listed,
            Consumer<String> failed) {
        var export = session.export();
        var settings = session.settings();
        var workspace = session.workspace();
        return job("Listing " + group.displayName(), monitor -> listed.accept(new WaveLoader(connection).load(group,
                export, settings.matchAttribute(), history(workspace), monitor)), failed);
    }

    /** Reads every member's methods, the ones {@code loader} was told are on screen first. */
    static TrackedJob methods(EntraMethodLoader loader, Runnable chunkRead, Consumer<String> failed) {
        TrackedJob job = job("Reading Entra methods", monitor -> loader.loadAll(monitor, chunkRead), failed);
        job.setPriority(Job.LONG);
        return job;
    }

    static TrackedJob plan(GraphConnection connection, WaveSession session, List<WaveUser> selection,
            Consumer<WavePlan> planned, Consumer<String> failed) {
        Wave wave = session.wave();
        MigrationSettings settings = session.settings();
        var workspace = session.workspace();
        return job("Planning " + selection.size() + " users", monitor -> {
            new EntraMethodLoader(connection, wave).load(selection, monitor);
            planned.accept(WavePlan.of(wave, selection, settings.planOptions(), history(workspace),
                    session.seeds().rows()));
        }, failed);
    }

    static TrackedJob job(String name, TrackedJob.Work work, Consumer<String> failed) {
        return new TrackedJob(name, work, failed);
    }
}
