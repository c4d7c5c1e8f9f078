package cutover.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cutover.cli.ExitCode;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.synthetic.SyntheticMfaServerUsers;

/** {@code cutover plan} from files a specialist has: the export, the snapshot and a token seed file. */
class PlanCommandTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @TempDir
    Path dir;
    Path export;
    Path tenant;
    private final Cli cli = new Cli();

    private int cutover(String... words) {
        return cli.run(words);
    }

    @BeforeEach
    void inputs() {
        export = dir.resolve("users.csv");
        tenant = dir.resolve("tenant.jsonl");
        assertEquals(ExitCode.OK, cutover("generate", "mfaserver", "--users", "600", "--seed", "4", "--out", export.toString()));
        assertEquals(ExitCode.OK, cutover("generate", "tenant", "--users", "600", "--seed", "4", "--out", tenant.toString()));
    }

    @Test
    void writesAJsonPlanThatCitesTheRules() throws Exception {
        Path plan = dir.resolve("plan.json");
        assertEquals(ExitCode.OK, cutover("plan", "--mfa", export.toString(), "--tenant", tenant.toString(), "--out",
                plan.toString()), cli.err());
        String json = Files.readString(plan);
        assertTrue(json.startsWith("{\"format\":\"cutover-plan\",\"version\":1"), json.substring(0, 80));
        assertTrue(json.contains("\"rule\":\"PHONE-"), "phone rules are cited");
        assertTrue(json.contains("\"api\":\"none\""), "what no public API can write is said");
        assertTrue(cli.out().startsWith("Plan for 600 users"), cli.out());
    }

    @Test
    void csvAndHtmlToo() throws Exception {
        Path csv = dir.resolve("plan.csv");
        Path html = dir.resolve("plan.html");
        assertEquals(ExitCode.OK, cutover("plan", "--mfa", export.toString(), "--tenant", tenant.toString(), "--all",
                "--default-method", "always", "--out", csv.toString()));
        assertEquals("upn,object_id,kind,method,path,api,body,rule,reason", Files.readAllLines(csv).get(0));
        assertEquals(ExitCode.OK, cutover("plan", "--mfa", export.toString(), "--tenant", tenant.toString(), "--out",
                html.toString()));
        String page = Files.readString(html);
        assertTrue(page.contains("<h1>Migration plan</h1>") && page.contains("Cannot be migrated through Graph"));
    }

    @Test
    void seedSecretsNeverReachThePlanAndBadSeedLinesAreListed() throws Exception {
        MfaServerUser withToken = new SyntheticMfaServerUsers(4).users(600).filter(u -> u.oathTokenSerial() != null)
                .findFirst().orElseThrow();
        Path seeds = dir.resolve("seeds.csv");
        Files.writeString(seeds, "upn,serial number,secret key,time interval,manufacturer,model\n"
                + withToken.upn() + "," + withToken.oathTokenSerial() + "," + SECRET + ",30,Contoso,CT-6\n"
                + "someone@contoso.com,SN-2,not base32!,30,Contoso,CT-6\n");
        Path plan = dir.resolve("plan.json");
        assertEquals(ExitCode.BAD_INPUT, cutover("plan", "--mfa", export.toString(), "--tenant", tenant.toString(),
                "--seed-file", seeds.toString(), "--all", "--out", plan.toString()));
        String errors = cli.err();
        assertTrue(errors.contains("seeds.csv:3:"), errors);
        assertFalse(errors.contains("not base32!"), "a rejected secret is not echoed");
        String json = Files.readString(plan);
        assertFalse(json.contains(SECRET), "no secret in the plan");
        assertTrue(json.contains(withToken.oathTokenSerial()), "the token is planned");
    }

    @Test
    void theMigrationHistorySkipsUnchangedUsersAndPlansChangedOnes() throws Exception {
        Path history = dir.resolve("history.jsonl");
        assertEquals(ExitCode.OK, cutover("generate", "tenant", "--users", "600", "--seed", "4", "--out",
                tenant.toString(), "--history", history.toString()));
        int recorded = (int) Files.lines(history).count() - 1;
        assertTrue(recorded > 100, "about a third of the users are recorded as migrated: " + recorded);

        Path plan = dir.resolve("plan.csv");
        assertEquals(ExitCode.OK, cutover("plan", "--mfa", export.toString(), "--tenant", tenant.toString(),
                "--history", history.toString(), "--out", plan.toString()), cli.err());
        long unchanged = Files.lines(plan).filter(line -> line.contains(",UNCHANGED-SKIPPED,")).count();
        assertTrue(unchanged > 80 && unchanged < recorded, unchanged + " of " + recorded + " recorded users unchanged");
        assertTrue(cli.out().contains("Migration history: " + recorded + " users in "), cli.out());

        assertEquals(ExitCode.OK, cutover("plan", "--mfa", export.toString(), "--tenant", tenant.toString(),
                "--history", history.toString(), "--all", "--out", plan.toString()), cli.err());
        assertEquals(0, Files.lines(plan).filter(line -> line.contains(",UNCHANGED-SKIPPED,")).count());
    }

    @Test
    void theJournalsHistoryIsUsedWhenNoneIsGivenAndRunsAreListed() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        Path history = dir.resolve("history.jsonl");
        assertEquals(ExitCode.OK, cutover("generate", "tenant", "--users", "600", "--seed", "4", "--out",
                tenant.toString(), "--history", history.toString()));
        String before = System.setProperty("cutover.workspace", workspace.toString());
        try {
            assertEquals(ExitCode.OK, cutover("runs"));
            assertTrue(cli.out().contains("has no journal"), cli.out());
            assertEquals(ExitCode.OK, cutover("history", "import", history.toString()), cli.err());
            assertTrue(cli.out().startsWith("Imported the migration history of "), cli.out());
            assertEquals(ExitCode.OK, cutover("plan", "--mfa", export.toString(), "--tenant", tenant.toString(),
                    "--out", dir.resolve("plan.json").toString()), cli.err());
            assertTrue(cli.out().contains("users in the journal of " + workspace), cli.out());
            assertEquals(ExitCode.OK, cutover("history", "export", dir.resolve("again.jsonl").toString()));
            assertEquals(Files.readAllLines(history), Files.readAllLines(dir.resolve("again.jsonl")));
            assertEquals(ExitCode.OK, cutover("runs"));
            assertTrue(cli.out().contains("No runs yet."), cli.out());
        } finally {
            Cli.restoreWorkspace(before);
        }
        assertTrue(Files.readString(dir.resolve("plan.json")).contains("UNCHANGED-SKIPPED"));
    }

    @Test
    void aBadHistoryLineIsListedWithItsLine() throws Exception {
        Path history = dir.resolve("history.jsonl");
        Files.writeString(history, "{\"format\":\"cutover-migration-history\",\"version\":1}\n"
                + "{\"upn\":\"a@contoso.com\",\"fingerprint\":\"v1:0000\",\"migratedAt\":\"2026-01-01T00:00:00Z\"}\n");
        assertEquals(ExitCode.BAD_INPUT, cutover("plan", "--mfa", export.toString(), "--tenant", tenant.toString(),
                "--history", history.toString(), "--out", dir.resolve("plan.json").toString()));
        assertTrue(cli.err().contains("history.jsonl:2: "), cli.err());
        Files.writeString(history, "{\"format\":\"cutover-plan\",\"version\":1}\n");
        assertEquals(ExitCode.BAD_INPUT, cutover("plan", "--mfa", export.toString(), "--tenant", tenant.toString(),
                "--history", history.toString(), "--out", dir.resolve("plan.json").toString()));
        assertTrue(cli.err().contains("history.jsonl:1: this is not a Cutover migration history"), cli.err());
    }

    @Test
    void wrongOptionsAndMissingFiles() {
        assertEquals(ExitCode.USAGE, cutover("plan", "--mfa", export.toString(), "--tenant", tenant.toString(),
                "--default-method", "sometimes", "--out", dir.resolve("p.json").toString()));
        assertEquals(ExitCode.BAD_INPUT, cutover("plan", "--mfa", dir.resolve("missing.csv").toString(), "--tenant",
                tenant.toString(), "--out", dir.resolve("p.json").toString()));
        assertTrue(cli.err().contains("missing.csv"));
    }
}
