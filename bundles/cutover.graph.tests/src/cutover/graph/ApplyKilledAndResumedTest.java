package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import cutover.core.matching.UserMatcher;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.MigrationPlanner;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanAction;
import cutover.core.plan.PlanOptions;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.core.tenant.TenantSnapshot;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.store.JournalWrite;
import cutover.store.RunKind;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A separate process applies a run and is killed (SIGKILL, no shutdown) at random moments, three times; then the
 * run is resumed here. The tenant ends as planned, and its write counter shows no write applied twice.
 */
class ApplyKilledAndResumedTest {

    private static final int USERS = 3_000;

    @TempDir
    Path workspace;

    @Test
    void aRunKilledThreeTimesAndResumedEndsAsPlannedWithoutDuplicates() throws Exception {
        LocalTenant tenant = LocalTenant.synthetic(11, USERS);
        EmulatorOptions options = EmulatorOptions.builder().port(0).writeCapacity(1_000_000)
                .latency(Duration.ofMillis(40)).build();
        try (GraphEmulator emulator = GraphEmulator.start(tenant, options)) {
            GraphConnection connection = GraphConnection.local(CloudProfile.custom("Local tenant",
                    URI.create(emulator.baseUrl())), "test-token");
            TenantSnapshot snapshot = tenant.snapshot();
            List<MfaServerUser> users = new SyntheticMfaServerUsers(11).users(USERS).toList();
            Plan plan = new MigrationPlanner().plan(new UserMatcher(snapshot.users(), null).match(users), snapshot,
                    Map.of(), PlanOptions.defaults(), MigrationHistory.empty());
            List<JournalWrite> writes = PlanWrites.of(plan);
            long run;
            try (Journal journal = Journal.open(workspace)) {
                run = journal.startRun(RunKind.APPLY, null, snapshot.tenantId(), "test plan", writes);
            }

            Random random = new Random(3);
            int confirmedBefore = 0;
            for (int kill = 0; kill < 3; kill++) {
                Process child = child(emulator.baseUrl(), run);
                java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                        child.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
                assertEquals("applying", lines.readLine());
                String progress = lines.readLine(); // the child has confirmed writes: kill it mid-run
                assertTrue(progress != null && progress.startsWith("confirmed "), String.valueOf(progress));
                Thread.sleep(random.nextInt(300));
                assertTrue(child.isAlive(), "the child is still applying when it is killed");
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
                try (Journal journal = Journal.open(workspace)) {
                    int confirmed = (int) journal.entries(run).stream()
                            .filter(e -> e.state() == EntryState.CONFIRMED).count();
                    assertTrue(confirmed < writes.size(), "the child was killed before the end: " + confirmed);
                    assertTrue(confirmed >= confirmedBefore);
                    confirmedBefore = confirmed;
                }
            }
            assertTrue(confirmedBefore > 0, "the children wrote something before they were killed");

            try (Journal journal = Journal.open(workspace)) {
                List<JournalEntry> entries = new ApplyRun(connection, journal, new WritePacer(1_000_000, 150), 4)
                        .run(run, new NullProgressMonitor(), p -> { });
                assertEquals(writes.size(), entries.stream().filter(e -> e.state() == EntryState.CONFIRMED).count());
            }
            assertEquals(List.of(), new VerifyRun(connection).verify(writes, new NullProgressMonitor()).mismatches());
            assertEquals(0, tenant.writes().duplicateWrites(), "no write was applied twice");
        }
    }

    private Process child(String baseUrl, long run) throws Exception {
        List<String> classpath = new ArrayList<>();
        for (Class<?> type : List.of(ApplyRun.class, ApplyCrashChild.class, Journal.class, JdbcDataSource.class,
                PlanAction.class, IProgressMonitor.class, org.osgi.framework.Bundle.class)) {
            classpath.add(location(type).toString());
        }
        Path sdk = location(GraphServiceClient.class);
        Path lib = Files.isDirectory(sdk) ? sdk.resolve("lib") : sdk.getParent();
        if (!Files.isDirectory(lib)) {
            lib = location(ApplyRun.class).resolve("../../lib").normalize();
        }
        try (Stream<Path> jars = Files.list(lib)) {
            jars.filter(jar -> jar.toString().endsWith(".jar")).forEach(jar -> classpath.add(jar.toString()));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, classpath),
                ApplyCrashChild.class.getName(), baseUrl, workspace.toString(), String.valueOf(run))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static Path location(Class<?> type) throws IOException {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
