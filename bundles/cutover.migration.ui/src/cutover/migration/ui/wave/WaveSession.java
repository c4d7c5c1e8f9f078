package cutover.migration.ui.wave;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.di.annotations.Creatable;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.workspace.WorkspaceFolder;
import cutover.migration.MigrationSettings;
import cutover.migration.UserReadiness;
import cutover.migration.Wave;
import cutover.migration.WavePlan;
import cutover.migration.WaveUser;
import jakarta.inject.Singleton;

/**
 * What the Migration perspective's views share: the open MFA Server export, the listed group (the wave), the last
 * plan, the user in focus and the settings. One per workbench (a context singleton); its listeners run on the UI
 * thread, where every setter is called.
 */
@Creatable
@Singleton
public class WaveSession {

    /** What changed, so a view redraws only what it shows. */
    public enum Change {
        EXPORT, WAVE, PLAN, FOCUS, SETTINGS, JOURNAL, READINESS, OUTCOME, GROUP_REQUESTED
    }

    private final List<java.util.function.Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private List<MfaServerUser> export = List.of();
    private Path exportFile;
    private Wave wave;
    private WavePlan plan;
    private WaveUser focus;
    private MigrationSettings settings;
    private List<UserReadiness> readiness = List.of();
    private String requestedGroup;
    private TokenSeeds seeds = TokenSeeds.NONE;

    public void addListener(java.util.function.Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(java.util.function.Consumer<Change> listener) {
        listeners.remove(listener);
    }

    public void changed(Change change) {
        listeners.forEach(l -> l.accept(change));
    }

    public List<MfaServerUser> export() {
        return export;
    }

    public Path exportFile() {
        return exportFile;
    }

    public void export(List<MfaServerUser> users, Path file) {
        export = users;
        exportFile = file;
        changed(Change.EXPORT);
    }

    public Wave wave() {
        return wave;
    }

    public void wave(Wave newWave) {
        wave = newWave;
        plan = null;
        focus = null;
        changed(Change.WAVE);
    }

    public WavePlan plan() {
        return plan;
    }

    public void plan(WavePlan newPlan) {
        plan = newPlan;
        changed(Change.PLAN);
    }

    /** The hardware token seed file in use: its rows for planning and, in memory only, its secrets for writing. */
    public TokenSeeds seeds() {
        return seeds;
    }

    public void seeds(TokenSeeds newSeeds) {
        seeds.forget();
        seeds = newSeeds;
        changed(Change.SETTINGS);
    }

    /** Asks the Group view to list this group (its object id or name), as the Tenant view does on a double-click. */
    public void requestGroup(String idOrName) {
        requestedGroup = idOrName;
        changed(Change.GROUP_REQUESTED);
    }

    public String requestedGroup() {
        return requestedGroup;
    }

    /** The last verification's report, empty before the first. */
    public List<UserReadiness> readiness() {
        return readiness;
    }

    public void readiness(List<UserReadiness> report) {
        readiness = List.copyOf(report);
        changed(Change.READINESS);
    }

    public WaveUser focus() {
        return focus;
    }

    public void focus(WaveUser user) {
        if (user != focus) {
            focus = user;
            changed(Change.FOCUS);
        }
    }

    /** The workspace's settings; the defaults when they cannot be read (the error shows where they are edited). */
    public MigrationSettings settings() {
        if (settings == null) {
            try {
                settings = MigrationSettings.load(workspace());
            } catch (IOException e) {
                settings = MigrationSettings.defaults();
            }
        }
        return settings;
    }

    public void settings(MigrationSettings chosen) throws IOException {
        chosen.save(workspace());
        settings = chosen;
        changed(Change.SETTINGS);
    }

    public Path workspace() {
        return WorkspaceFolder.current();
    }
}
