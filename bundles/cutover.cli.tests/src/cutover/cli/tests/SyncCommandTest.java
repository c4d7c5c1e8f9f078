package cutover.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.cli.ExitCode;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.migration.MigrationSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cutover sync} against a local tenant: one round, a round with nothing new, bad input, the workbench's
 * settings, and SIGTERM to a separate process between rounds and during one.
 */
class SyncCommandTest {

    private static final int USERS = 120;
    private static final long SEED = 6;
    private static final String GROUP = "Cutover Migration";
    private static final String LOG_LINE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ sync: .*";

    @TempDir
    Path dir;
    private final Cli cli = new Cli();
    private LocalTenant tenant;
    private GraphEmulator emulator;
    private Path workspace;
    private Path export;
    private String before;

    @BeforeEach
    void start() throws Exception {
        tenant = LocalTenant.synthetic(SEED, USERS);
        emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0).writeCapacity(1_000_000).build());
        workspace = dir.resolve("workspace");
        before = System.setProperty("cutover.workspace", workspace.toString());
        export = dir.resolve("export.csv");
        assertEquals(ExitCode.OK, cli.run("generate", "mfaserver", "--users", String.valueOf(USERS), "--seed",
                String.valueOf(SEED), "--out", export.toString()));
    }

    @AfterEach
    void stop() {
        emulator.close();
        Cli.restoreWorkspace(before);
    }

    @Test
    void oneRoundMigratesTheGroupAndTheNextFindsNothingNew() {
        assertEquals(ExitCode.OK, sync("--group", GROUP, "--once"), cli.err());
        String first = cli.out();
        assertTrue(first.contains("sync: started: group \"Cutover Migration\" of the local tenant at "), first);
        assertTrue(first.matches("(?s).*round done: \\d+ members, \\d+ new or changed, (\\d+) of \\1 writes "
                + "confirmed, 0 failed \\(run 1\\)\n.*"), first);
        assertTrue(first.lines().allMatch(line -> line.matches(LOG_LINE)), "every line is timestamped: " + first);
        long written = tenant.writes().total();
        assertTrue(written > USERS, "the group was migrated: " + written + " writes");

        assertEquals(ExitCode.OK, sync("--group", GROUP, "--once"), cli.err());
        assertTrue(cli.out().contains(", 0 new or changed, nothing to write"), cli.out());
        assertEquals(written, tenant.writes().total(), "the second round wrote nothing");

        assertEquals(ExitCode.OK, cli.run("runs"));
        assertTrue(cli.out().startsWith("run 1  sync  tenant " + tenant.tenantId()), cli.out());
        assertFalse(cli.out().contains("unfinished"), cli.out());
        assertEquals(1, cli.out().lines().count(), "a round without writes leaves no run: " + cli.out());
    }

    @Test
    void anUnknownGroupIsBadInputAndNothingIsWritten() {
        assertEquals(ExitCode.BAD_INPUT, sync("--group", "No Such Group", "--once"));
        assertTrue(cli.err().matches(LOG_LINE.replace(".*", "") + "round failed: there is no group \"No Such Group\" "
                + "in the tenant\n"), cli.err());
        assertEquals(0, tenant.writes().total());
    }

    @Test
    void theWorkbenchSettingsNameTheGroupWhenTheCommandLineDoesNot() throws Exception {
        assertEquals(ExitCode.USAGE, sync("--once"));
        assertTrue(cli.err().contains("give the group with --group NAME|ID"), cli.err());

        MigrationSettings d = MigrationSettings.defaults();
        new MigrationSettings(d.defaultMethod(), d.matchAttribute(), d.migrateAll(), d.readEntraMethods(), GROUP,
                d.syncInterval()).save(workspace);
        assertEquals(ExitCode.OK, sync("--once"), cli.err());
        assertTrue(cli.out().contains("started: group \"Cutover Migration\""), cli.out());
        assertTrue(tenant.writes().total() > 0);
    }

    @Test
    void anIntervalUnderAMinuteIsRefused() {
        for (String interval : List.of("30s", "0m", "soon")) {
            assertEquals(ExitCode.USAGE, sync("--group", GROUP, "--interval", interval), interval);
            assertTrue(cli.err().contains("--interval must be at least 1 minute"), cli.err());
        }
        assertEquals(0, tenant.writes().total());
    }

    @Test
    @Timeout(180)
    void sigtermStopsTheServiceCleanlyAfterARoundAndTheDemoTenantIsSaved() throws Exception {
        Path errors = dir.resolve("child-stderr.txt");
        Process child = SyncChild.start(workspace, errors, "--tenant", "demo", "--demo-users", String.valueOf(USERS),
                "--demo-seed", String.valueOf(SEED), "--group", GROUP, "--mfa", export.toString(), "--interval", "1m");
        List<String> lines = new ArrayList<>();
        Path demoTenant = workspace.resolve("demo-tenant.json");
        int phonesBefore;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("sync: next round at ")) {
                lines.add(line);
            }
            assertTrue(line != null, "the child ended before its first round: " + lines + " "
                    + Files.readString(errors));
            assertTrue(lines.stream().anyMatch(l -> l.contains("round done:") && l.contains("(run 1)")),
                    lines.toString());
            phonesBefore = phones(demoTenant); // as created: the demo tenant is saved again when it stops

            child.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the output still to read
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child stops promptly");
            out.lines().forEach(lines::add);
        }
        assertEquals(ExitCode.OK, child.exitValue(), lines + " " + Files.readString(errors));
        assertTrue(lines.get(lines.size() - 1).matches(LOG_LINE.replace(".*", "") + "stopped \\(signal\\)"),
                lines.toString());
        assertTrue(phones(demoTenant) > phonesBefore, "the demo tenant was saved with the round's writes");

        assertEquals(ExitCode.OK, cli.run("runs"));
        assertTrue(cli.out().startsWith("run 1  sync  "), cli.out());
        assertFalse(cli.out().contains("unfinished"), cli.out());
    }

    @Test
    @Timeout(180)
    void sigtermDuringARoundStopsAfterTheWritesInFlightAndTheNextStartFinishesTheRun() throws Exception {
        LocalTenant slowTenant = LocalTenant.synthetic(SEED, USERS);
        try (GraphEmulator slow = GraphEmulator.start(slowTenant, EmulatorOptions.builder().port(0)
                .writeCapacity(1_000_000).latency(Duration.ofMillis(300)).build())) {
            Path errors = dir.resolve("child-stderr.txt");
            Process child = SyncChild.start(workspace, errors, "--tenant", slow.baseUrl(), "--group", GROUP, "--mfa",
                    export.toString(), "--interval", "1m");
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.matches(".* sync: run 1: .* writes for .*")) {
                    lines.add(line);
                }
                assertTrue(line != null, "the child ended before writing: " + lines + " " + Files.readString(errors));
                child.toHandle().destroy(); // SIGTERM while the round's first batches are in flight
                assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child stops promptly");
                out.lines().forEach(lines::add);
            }
            assertEquals(ExitCode.OK, child.exitValue(), "no round ran to its end, none failed: " + lines);
            assertTrue(lines.stream().anyMatch(l -> l.endsWith("sync: round stopped: run 1 continues at the next "
                    + "start")), lines + Files.readString(errors));
            assertTrue(lines.get(lines.size() - 1).endsWith("sync: stopped (signal)"), lines.toString());
            assertEquals(ExitCode.OK, cli.run("runs"));
            assertTrue(cli.out().contains(" → unfinished "), "run 1 was cut short: " + cli.out());

            assertEquals(ExitCode.OK, cli.run("sync", "--tenant", slow.baseUrl(), "--group", GROUP, "--mfa",
                    export.toString(), "--once"), cli.err());
            assertTrue(cli.out().contains("sync: run 1 was interrupted; continuing it first"), cli.out());
            assertTrue(cli.out().contains(", 0 new or changed, nothing to write"), cli.out());
            assertEquals(ExitCode.OK, cli.run("runs"));
            assertFalse(cli.out().contains("unfinished"), cli.out());
            assertEquals(0, slowTenant.writes().duplicateWrites(), "no write was sent twice");
        }
    }

    private static int phones(Path demoTenant) throws java.io.IOException {
        return LocalTenant.load(demoTenant).snapshot().users().stream().mapToInt(u -> u.phones().size()).sum();
    }

    private int sync(String... options) {
        List<String> words = new ArrayList<>(List.of("sync", "--tenant", emulator.baseUrl(), "--mfa",
                export.toString()));
        words.addAll(List.of(options));
        return cli.run(words.toArray(String[]::new));
    }
}
