package cutover.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.cli.ExitCode;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** snapshot → plan → apply → verify → runs from the command line, against a local tenant. */
class TenantCommandsTest {

    private static final int USERS = 400;

    @TempDir
    Path dir;
    private final Cli cli = new Cli();
    private LocalTenant tenant;
    private GraphEmulator emulator;
    private String before;

    @BeforeEach
    void start() throws Exception {
        tenant = LocalTenant.synthetic(6, USERS);
        emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0).build());
        before = System.setProperty("cutover.workspace", dir.resolve("workspace").toString());
    }

    @AfterEach
    void stop() {
        emulator.close();
        Cli.restoreWorkspace(before);
    }

    @Test
    void aPlanIsWrittenToTheTenantAndReadBack() throws Exception {
        String url = emulator.baseUrl();
        Path snapshot = dir.resolve("tenant.jsonl");
        Path export = dir.resolve("users.csv");
        Path plan = dir.resolve("plan.json");
        assertEquals(ExitCode.OK, cli.run("snapshot", "--tenant", url, "--group", "Cutover Migration", "--out",
                snapshot.toString()), cli.err());
        assertTrue(cli.out().startsWith("Read " + tenant.userCount() + " users of \"Cutover Migration\""),
                cli.out());
        assertEquals(ExitCode.OK, cli.run("generate", "mfaserver", "--users", String.valueOf(USERS), "--seed", "6",
                "--out", export.toString()));
        assertEquals(ExitCode.OK, cli.run("plan", "--mfa", export.toString(), "--tenant", snapshot.toString(),
                "--out", plan.toString()), cli.err());

        assertEquals(ExitCode.FAILURE, cli.run("verify", plan.toString(), "--tenant", url));
        assertTrue(cli.out().contains(" missing"), cli.out());

        assertEquals(ExitCode.OK, cli.run("apply", plan.toString(), "--tenant", url), cli.err());
        assertTrue(cli.out().contains("writes confirmed, 0 failed, 0 not sent"), cli.out());
        assertEquals(ExitCode.OK, cli.run("verify", plan.toString(), "--tenant", url), cli.err());
        assertTrue(cli.out().contains(" present, 0 missing"), cli.out());
        assertEquals(0, tenant.writes().duplicateWrites());

        assertEquals(ExitCode.OK, cli.run("runs"));
        assertTrue(cli.out().startsWith("run 1  apply  tenant " + tenant.tenantId()), cli.out());
        assertTrue(cli.out().contains(" 0 failed, 0 in doubt, 0 not sent"), cli.out());

        assertEquals(ExitCode.OK, cli.run("undo", "--run", "1", "--tenant", url), cli.err());
        assertTrue(cli.out().startsWith("Run 2 (undo of run 1): "), cli.out());
        assertEquals(ExitCode.OK, cli.run("runs"));
        assertTrue(cli.out().startsWith("run 2  undo of run 1"), cli.out());
        assertEquals(ExitCode.FAILURE, cli.run("verify", plan.toString(), "--tenant", url));
        assertEquals(0, tenant.writes().duplicateWrites());
    }

    @Test
    void anAmbiguousGroupNameIsListedAndNothingIsRead() throws Exception {
        assertEquals(ExitCode.BAD_INPUT, cli.run("snapshot", "--tenant", emulator.baseUrl(), "--group", "Sales",
                "--out", dir.resolve("s.jsonl").toString()));
        assertTrue(cli.err().contains("2 groups are named \"Sales\"; give the id"), cli.err());
        assertTrue(Files.notExists(dir.resolve("s.jsonl")));
    }

    @Test
    void usersAreLookedUpByAnOnPremisesAttribute() throws Exception {
        cutover.core.tenant.EntraUser user = tenant.snapshot().users().get(7);
        assertEquals(ExitCode.OK, cli.run("users", "--tenant", emulator.baseUrl(), "--by", "sam",
                user.onPremisesSamAccountName()), cli.err());
        assertTrue(cli.out().startsWith("onPremisesSamAccountName = " + user.onPremisesSamAccountName() + ": 1 user"),
                cli.out());
        assertTrue(cli.out().contains(user.objectId() + "  " + user.userPrincipalName()), cli.out());
        assertEquals(ExitCode.BAD_INPUT, cli.run("users", "--tenant", emulator.baseUrl(), "--by", "sid",
                "S-1-5-21-0-0-0-1"));
        assertTrue(cli.out().contains("S-1-5-21-0-0-0-1: no user"), cli.out());
        assertEquals(ExitCode.USAGE, cli.run("users", "--tenant", emulator.baseUrl(), "--by", "phone", "x"));
        assertTrue(cli.err().contains("unknown user key 'phone'"), cli.err());
    }

    @Test
    void aMissingPlanFileIsNamed() {
        assertEquals(ExitCode.BAD_INPUT, cli.run("apply", dir.resolve("nowhere.json").toString(), "--tenant",
                emulator.baseUrl()));
        assertTrue(cli.err().contains("nowhere.json: the file does not exist"), cli.err());
    }

    @Test
    void aPlanForAnotherTenantIsRefused() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"format\":\"cutover-plan\",\"version\":1,\"source\":{\"tenantId\":"
                + "\"00000000-0000-4000-8000-000000000001\"},\"actions\":[]}");
        assertEquals(ExitCode.BAD_INPUT, cli.run("apply", plan.toString(), "--tenant", emulator.baseUrl()));
        assertTrue(cli.err().contains("the plan was made for tenant 00000000-0000-4000-8000-000000000001"),
                cli.err());
        assertTrue(cli.err().contains("nothing was written"), cli.err());
    }
}
