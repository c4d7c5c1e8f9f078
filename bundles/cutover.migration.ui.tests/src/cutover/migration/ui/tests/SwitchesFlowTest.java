package cutover.migration.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import cutover.connection.Connections;
import cutover.connection.TenantConnection;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Readiness;
import cutover.core.inventory.ReadinessRecord;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.federation.ui.FederationPart;
import cutover.graph.CloudProfile;
import cutover.graph.GraphConnection;
import cutover.importers.inventory.readiness.InventoryRoster;
import cutover.importers.inventory.readiness.ReadinessFile;
import cutover.importers.mfaserver.ExportEncoding;
import cutover.importers.mfaserver.MfaServerExportWriter;
import cutover.migration.GroupVerification;
import cutover.migration.MigrationSettings;
import cutover.migration.SyncCycle;
import cutover.rollout.RolloutRule;
import cutover.rollout.ui.PhaseBoardPart;
import cutover.rollout.ui.RolloutPart;

/**
 * The two tenant-wide switches as a specialist walks them: Staged Rollout refuses a dynamic group and asks for the
 * warnings to be read; the federation switch is blocked until the workspace shows the group migrated and verified
 * and the dependencies migrated, needs the domain's name typed, and is rolled back; the phase board follows.
 */
@Timeout(300)
class SwitchesFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long SEED = 23;
    private static final int USERS = 80;
    private static final String MFA = "multiFactorAuthentication";

    @TempDir
    Path folder;
    private String before;
    private LocalTenant tenant;
    private GraphEmulator emulator;
    private GraphConnection graph;

    @BeforeEach
    void connect() throws Exception {
        before = System.setProperty("cutover.workspace", folder.resolve("workspace").toString());
        tenant = LocalTenant.synthetic(SEED, USERS);
        emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0).writeCapacity(1_000_000).build());
        graph = GraphConnection.local(CloudProfile.custom("Switches", URI.create(emulator.baseUrl())), "test");
        Workbench.window();
        connections().use(new TenantConnection("Switch tenant", "local tenant at " + emulator.baseUrl(), graph));
    }

    @AfterEach
    void disconnect() {
        connections().disconnect();
        emulator.close();
        if (before == null) {
            System.clearProperty("cutover.workspace");
        } else {
            System.setProperty("cutover.workspace", before);
        }
        showPerspective("cutover.migration.ui.perspective");
    }

    @Test
    void stagedRolloutThenTheFederationSwitchWithItsConfirmationAndTheRollback() throws Exception {
        Path shots = Path.of(System.getProperty("cutover.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        showPerspective("cutover.rollout.ui.perspective");
        PhaseBoardPart board = part(PhaseBoardPart.PART_ID, PhaseBoardPart.class);
        RolloutPart rollout = part(RolloutPart.PART_ID, RolloutPart.class);
        board.refresh();
        Ui.waitUntil("the phase board of the switch tenant", WAIT, () -> board.rows().contains(
                "Finalize\tSwitch federated domains to rejectMfaByFederatedIdp\tTo do\tcontoso.com: unset."));
        assertTrue(board.rows().contains("Preparations\tConnect the tenant\tDone\tA tenant is connected."),
                board.rows().toString());
        assertTrue(board.rows().contains("Migrations\tMigrate the users' MFA data\tTo do\tNobody is migrated yet."),
                board.rows().toString());

        rollout.refresh();
        Ui.waitUntil("the policy read", WAIT, () -> !rollout.busy() && rollout.stateText().startsWith("No Staged"));
        Ui.type("rollout.group", "All Sales (dynamic)");
        Ui.click("rollout.add");
        Ui.waitUntil("the dynamic group checked", WAIT, () -> rollout.reviewTitle().contains("block it"));
        assertTrue(rollout.reviewLines().contains("Blocks\tAll Sales (dynamic): It is a dynamic group. "
                + RolloutRule.DYNAMIC_GROUP.explanation + "\t"), rollout.reviewLines().toString());
        Ui.waitUntil("idle", WAIT, () -> !rollout.busy());
        assertFalse(Ui.find(Button.class, "rollout.apply").isEnabled(), "a blocked change cannot be applied");

        Ui.type("rollout.group", "Staged Rollout Pilot");
        Ui.click("rollout.add");
        Ui.waitUntil("the pilot checked", WAIT, () -> rollout.reviewTitle().contains("warning(s)"));
        Ui.waitUntil("idle", WAIT, () -> !rollout.busy());
        assertTrue(rollout.reviewLines().stream().anyMatch(l -> l.startsWith("Warning\tStaged Rollout Pilot: 10 of "
                + "its 10 users have no migration recorded.")), rollout.reviewLines().toString());
        assertFalse(Ui.find(Button.class, "rollout.apply").isEnabled(), "the warnings are read first");
        acknowledge();
        shot(shots, "switches-1-rollout-warnings.png");
        Ui.click("rollout.apply");
        Ui.waitUntil("the pilot added", WAIT, () -> rollout.groupNames().equals(List.of("Staged Rollout Pilot")));
        assertEquals(tenant.groupIds("Staged Rollout Pilot"), tenant.featureRolloutGroupIds(MFA));
        assertTrue(rollout.messageText().startsWith("Done: add the group Staged Rollout Pilot."),
                rollout.messageText());

        Ui.waitUntil("idle", WAIT, () -> !rollout.busy());
        Ui.click("rollout.enable");
        Ui.waitUntil("switching on checked", WAIT, () -> rollout.reviewTitle().contains("switch Staged Rollout"));
        Ui.waitUntil("idle", WAIT, () -> !rollout.busy());
        acknowledge();
        Ui.click("rollout.apply");
        Ui.waitUntil("the rollout on", WAIT, () -> rollout.stateText().contains("is ON"));
        Ui.waitUntil("the board follows", WAIT, () -> board.rows().contains("Migrations\tPilot cloud MFA with "
                + "Staged Rollout\tDone\tStaged Rollout for MFA is on for 1 group(s)."));
        shot(shots, "switches-2-rollout-on.png");

        showPerspective("cutover.federation.ui.perspective");
        FederationPart federation = part(FederationPart.PART_ID, FederationPart.class);
        federation.refresh();
        Ui.waitUntil("contoso.com checked", WAIT, () -> !federation.busy()
                && federation.reviewTitle().startsWith("contoso.com → rejectMfaByFederatedIdp (now unset): blocked"));
        assertTrue(federation.domainRows().contains("contoso.com\tfederated\thttp://sts.contoso.com/adfs/services/"
                + "trust\tunset: the legacy SupportsMfa setting decides"), federation.domainRows().toString());
        assertTrue(federation.findingLines().stream().anyMatch(l -> l.startsWith("Blocks\tNo verification of the "
                + "migration group was recorded.")), federation.findingLines().toString());
        assertTrue(federation.findingLines().stream().anyMatch(l -> l.startsWith("Blocks\tNo dependency inventory.")),
                federation.findingLines().toString());
        assertTrue(federation.findingLines().stream().anyMatch(l -> l.startsWith("Warning\tStaged Rollout is on.")));
        Ui.type("federation.confirm", "contoso.com");
        assertFalse(Ui.find(Button.class, "federation.switch").isEnabled(), "blocked even when confirmed");
        assertTrue(Ui.find(Button.class, "federation.rollback").isEnabled(), "the way back stays open");
        Ui.find(org.eclipse.swt.widgets.Table.class, "federation.findings").setSelection(0);
        Ui.find(org.eclipse.swt.widgets.Table.class, "federation.findings").notifyListeners(
                org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertTrue(Ui.find(org.eclipse.swt.widgets.Text.class, "federation.findings.details").getText()
                .startsWith("No verification of the migration group was recorded."));
        shot(shots, "switches-3-federation-blocked.png");

        migrateVerifyAndMarkDependencies();
        Ui.type("federation.confirm", "");
        federation.refresh();
        Ui.waitUntil("contoso.com allowed", WAIT, () -> !federation.busy()
                && federation.reviewTitle().contains("nothing blocks"));
        Ui.type("federation.confirm", "contoso");
        assertFalse(Ui.find(Button.class, "federation.switch").isEnabled(), "part of the name is not enough");
        Ui.type("federation.confirm", "contoso.com");
        assertTrue(Ui.find(Button.class, "federation.switch").isEnabled());
        Ui.click("federation.switch");
        Ui.waitUntil("switched", WAIT, () -> federation.messageText().startsWith("contoso.com now has "
                + "federatedIdpMfaBehavior rejectMfaByFederatedIdp"));
        assertEquals("rejectMfaByFederatedIdp", tenant.federatedIdpMfaBehavior("contoso.com"));
        Ui.waitUntil("the journal shown", WAIT, () -> !federation.changeRows().isEmpty()
                && federation.changeRows().get(0).equals("Federation\tcontoso.com\tfederatedIdpMfaBehavior → "
                        + "rejectMfaByFederatedIdp\tconfirmed"));
        Ui.waitUntil("the domain read again", WAIT, () -> federation.domainRows().stream()
                .anyMatch(r -> r.startsWith("contoso.com\t") && r.endsWith("\trejectMfaByFederatedIdp")));
        shot(shots, "switches-4-federation-switched.png");

        Ui.waitUntil("idle", WAIT, () -> !federation.busy());
        Ui.type("federation.confirm", "contoso.com");
        Ui.click("federation.rollback");
        Ui.waitUntil("rolled back", WAIT, () -> federation.messageText().startsWith("Rolled back."));
        assertEquals("enforceMfaByFederatedIdp", tenant.federatedIdpMfaBehavior("contoso.com"));
        Ui.waitUntil("both steps journaled", WAIT, () -> federation.changeRows().size() == 5);
        assertEquals(List.of("Staged Rollout\tCutover: Staged Rollout of cloud MFA\tswitch Staged Rollout for MFA "
                + "off\tconfirmed", "Federation\tcontoso.com\tfederatedIdpMfaBehavior → enforceMfaByFederatedIdp"
                        + "\tconfirmed"), federation.changeRows().subList(0, 2));
        assertFalse(new cutover.graph.StagedRollout(graph).policy().orElseThrow().enabled(), "the rollout is off");
        shot(shots, "switches-5-rolled-back.png");
    }

    private static void shot(Path shots, String name) throws Exception {
        Ui.pump(300);
        Ui.save(Ui.capture(Workbench.shell()), shots.resolve(name));
    }

    private void acknowledge() {
        Button acknowledge = Ui.find(Button.class, "rollout.acknowledge");
        assertTrue(acknowledge.isVisible(), "the acknowledgement is offered");
        acknowledge.setSelection(true);
        Ui.click("rollout.acknowledge");
        assertTrue(Ui.find(Button.class, "rollout.apply").isEnabled());
    }

    /** What the Migration perspective and the Dependencies view would have left in the workspace. */
    private void migrateVerifyAndMarkDependencies() throws Exception {
        Path workspace = folder.resolve("workspace");
        Path export = folder.resolve("export.jsonl");
        new MfaServerExportWriter(ExportEncoding.JSON_LINES).write(export,
                new SyntheticMfaServerUsers(SEED).users(USERS).toList());
        assertTrue(new SyncCycle(graph, workspace, Map.of(), Map.of(), line -> { }).run(export, "Cutover Migration",
                MigrationSettings.defaults(), new NullProgressMonitor()).complete());
        assertTrue(GroupVerification.run(graph, workspace, export, "Cutover Migration", MigrationSettings.defaults(),
                line -> { }, new NullProgressMonitor()).recorded().clean());
        Dependency radius = Dependency.of(DependencyCategory.RADIUS_CLIENT, "nps-01", "vpn-gateway", "10.0.0.5",
                Map.of(), List.of());
        InventoryRoster.save(workspace, "collection", Instant.now(), List.of(radius));
        ReadinessFile.save(workspace, List.of(new ReadinessRecord(radius.id(), Readiness.VERIFIED, "", Instant.now())));
    }

    private static <T> T part(String id, Class<T> type) {
        EPartService parts = Workbench.context().get(EPartService.class);
        Ui.waitUntil(id, WAIT, () -> {
            MPart part = parts.findPart(id);
            return part != null && type.isInstance(part.getObject());
        });
        return type.cast(parts.findPart(id).getObject());
    }

    private static void showPerspective(String id) {
        IEclipseContext context = Workbench.context();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(
                "cutover.app.command.showPerspective", Map.of("cutover.app.command.showPerspective.id", id));
        context.get(EHandlerService.class).executeHandler(command);
        Ui.pump(200);
    }

    private static Connections connections() {
        BundleContext bundles = FrameworkUtil.getBundle(SwitchesFlowTest.class).getBundleContext();
        Ui.waitUntil("the connections service", WAIT, () -> bundles.getServiceReference(Connections.class) != null);
        return bundles.getService(bundles.getServiceReference(Connections.class));
    }
}
