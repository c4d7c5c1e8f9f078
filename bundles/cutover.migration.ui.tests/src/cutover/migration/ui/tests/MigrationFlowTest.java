package cutover.migration.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import cutover.connection.Connections;
import cutover.connection.TenantConnection;
import cutover.core.plan.DefaultMethodMode;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.graph.CloudProfile;
import cutover.graph.GraphConnection;
import cutover.importers.mfaserver.ExportEncoding;
import cutover.importers.mfaserver.MfaServerExportWriter;
import cutover.migration.MigrationSettings;
import cutover.ui.StallMeter;
import cutover.migration.ui.wave.MigrationActions;
import cutover.migration.ui.wave.PlanPart;
import cutover.migration.ui.wave.ReadinessPart;
import cutover.migration.ui.wave.RunsPart;
import cutover.audit.ui.AuditPart;
import cutover.core.audit.AuditColumn;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.migration.ui.wave.UserDetailsPart;
import cutover.migration.ui.wave.WavePart;

/**
 * The whole migration flow in the real workbench against a local tenant: open the export, choose the group, list
 * it with both sides, open a user, change settings, plan, migrate, stop half-way, resume, verify. Saves a screenshot
 * of each step and fails on a UI freeze (a stall over 2 s); the longest stall is written to target/ui-stall.txt.
 */
@Timeout(600)
class MigrationFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);
    private static final long SEED = 21;
    private static final int USERS = 2_500;

    @TempDir
    Path folder;

    @Test
    void chooseListPlanMigrateStopResumeVerify() throws Exception {
        String before = System.setProperty("cutover.workspace", folder.resolve("workspace").toString());
        LocalTenant tenant = LocalTenant.synthetic(SEED, USERS);
        java.util.Set<String> tokensBefore = new java.util.HashSet<>();
        tenant.hardwareOathDevices().forEach(token -> tokensBefore.add(token.serialNumber()));
        Path shots = Path.of(System.getProperty("cutover.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        try (GraphEmulator emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0)
                .writeCapacity(1_000_000).build()); StallMeter watchdog = new StallMeter(Ui.display())) {
            Workbench.window();
            connections().use(new TenantConnection("Flow tenant", "local tenant at " + emulator.baseUrl(),
                    GraphConnection.local(CloudProfile.custom("Flow", URI.create(emulator.baseUrl())), "test")));
            Path export = folder.resolve("export.csv");
            new MfaServerExportWriter(ExportEncoding.CSV).write(export, new SyntheticMfaServerUsers(SEED).users(USERS));
            Workbench.openExport(export);
            Ui.waitUntil("the export in the Users view", WAIT, () -> !Workbench.usersPart().isImporting()
                    && Workbench.usersPart().rows().total() == USERS);

            WavePart group = (WavePart) show(WavePart.PART_ID);
            Ui.type("wave.group", "");
            watchdog.phase("choose among groups of one name");
            List<String> sales = tenant.groupIds("Sales");
            whenDialogOpens("Several groups are named Sales", shell -> {
                org.eclipse.swt.widgets.List choice = Ui.find(org.eclipse.swt.widgets.List.class, "wave.groupChoice");
                assertEquals(2, choice.getItemCount(), "both groups named Sales are offered");
                choice.select(choice.getItem(0).contains(sales.get(1)) ? 0 : 1);
                choice.notifyListeners(SWT.DefaultSelection, new Event());
            });
            Ui.type("wave.group", "Sales");
            Ui.click("wave.load");
            int chosen = tenant.transitiveUserIds(sales.get(1)).size();
            Ui.waitUntil("the chosen Sales group listed", WAIT, () -> group.rows().size() == chosen
                    && Ui.find(Label.class, "wave.status").getText().startsWith("Sales: "));

            watchdog.phase("list the group");
            String migrationGroup = tenant.groupIds("Cutover Migration").get(0);
            Table tenantGroups = Ui.find(Table.class, "cutover.tenant.groups");
            Ui.waitUntil("the tenant's groups", WAIT, () -> tenantGroups.getItemCount() > 0);
            for (TableItem item : tenantGroups.getItems()) {
                if (item.getText(2).equals(migrationGroup)) {
                    tenantGroups.setSelection(item);
                }
            }
            tenantGroups.notifyListeners(SWT.DefaultSelection, new Event()); // a double-click in the Tenant view
            int members = tenant.transitiveUserIds(migrationGroup).size();
            Ui.waitUntil("every member listed", WAIT, () -> group.rows().size() == members);
            assertEquals(migrationGroup, Ui.find(Text.class, "wave.group").getText());
            Label status = Ui.find(Label.class, "wave.status");
            Ui.waitUntil("the Entra methods read", WAIT,
                    () -> status.getText().contains("Entra methods read for " + COUNT.format(members)));
            assertTrue(status.getText().startsWith("Cutover Migration: " + COUNT.format(members) + " members"),
                    status.getText());
            NatTable table = Ui.find(NatTable.class, "wave.table");
            var first = group.rows().user(0);
            assertEquals(first.mfa() == null || first.mfa().phone() == null ? null : first.mfa().phone().display(),
                    table.getDataValueByPosition(column(table, "MFA Server · phone"), 1), "the first row's MFA phone");
            assertEquals(first.entra().systemPreferredEnabled() ? "system-preferred"
                    : first.entra().defaultMethod() == null ? null : first.entra().defaultMethod().graphName(),
                    table.getDataValueByPosition(column(table, "Entra · default"), 1), "its Entra side");
            assertTrue(group.entraColumnsShown());
            Button entra = Ui.find(Button.class, "wave.entra");
            entra.setSelection(false);
            entra.notifyListeners(SWT.Selection, new Event());
            assertTrue(!group.entraColumnsShown() && column(table, "MFA Server · phone") > 0,
                    "unticked, the Entra columns are hidden and the MFA Server ones stay");
            assertTrue(!MigrationSettings.load(folder.resolve("workspace")).readEntraMethods(), "and it is saved");
            entra.setSelection(true);
            entra.notifyListeners(SWT.Selection, new Event());
            assertTrue(group.entraColumnsShown());
            Ui.pump(300);
            shot(watchdog, shots.resolve("flow-1-group-listed.png"));

            watchdog.phase("open a user");
            group.select(0, 0);
            UserDetailsPart details = (UserDetailsPart) show(UserDetailsPart.PART_ID);
            String firstUpn = group.rows().user(0).upn();
            Ui.waitUntil("the details of " + firstUpn, WAIT, () -> details.shownText().startsWith(firstUpn)
                    && details.shownText().contains("History (journal):"));
            assertTrue(details.shownText().contains("MFA Server") && details.shownText().contains("Entra ID"));
            shot(watchdog, shots.resolve("flow-2-user-details.png"));

            watchdog.phase("settings");
            whenDialogOpens("Migration settings", shell -> {
                Ui.select("settings.defaultMethod", "Always set it from MFA Server");
                Ui.find(Text.class, "settings.syncInterval").setText("1h30m");
                Ui.click("settings.ok");
            });
            Ui.click("wave.settings");
            MigrationSettings saved = MigrationSettings.load(folder.resolve("workspace"));
            assertEquals(DefaultMethodMode.ALWAYS, saved.defaultMethod());
            assertEquals(Duration.ofMinutes(90), saved.syncInterval());

            watchdog.phase("plan the group");
            MigrationActions actions = org.eclipse.e4.core.contexts.ContextInjectionFactory.make(
                    MigrationActions.class, Workbench.context());
            Map<String, String> secrets = seedFile(group, folder.resolve("seeds.csv"));
            actions.useSeedFile(folder.resolve("seeds.csv"));
            Ui.waitUntil("the seed file read", WAIT, () -> actions.lastOutcome().contains("hardware token seeds"));
            assertTrue(actions.lastOutcome().startsWith(COUNT.format(secrets.size()) + " hardware token seeds"),
                    actions.lastOutcome());
            for (String secret : secrets.values()) {
                assertTrue(!actions.lastOutcome().contains(secret), "a secret is never shown");
            }
            Ui.click("wave.plan.all");
            PlanPart plan = (PlanPart) show(PlanPart.PART_ID);
            Label planSummary = Ui.find(Label.class, "plan.summary");
            Ui.waitUntil("the plan", WAIT, () -> planSummary.getText().startsWith("Plan for"));
            assertTrue(plan.rowCount() > members, planSummary.getText());
            Ui.select("plan.filter.kind", "Cannot be migrated");
            assertTrue(plan.rowCount() > 0, "the Authenticator devices no API can write are listed");
            Ui.select("plan.filter.kind", "Every action");
            shot(watchdog, shots.resolve("flow-3-plan.png"));

            watchdog.phase("confirm and migrate");
            String[] summary = {""};
            whenDialogOpens("Migrate to Flow tenant", shell -> {
                summary[0] = Ui.find(Text.class, "migrate.summary").getText();
                watchdog.pause();
                try {
                    Ui.pump(300); // let the dialog paint before the picture
                    Ui.save(Ui.capture(shell), shots.resolve("flow-4-confirm.png"));
                } catch (Exception e) {
                    throw new AssertionError("cannot save the screenshot", e);
                } finally {
                    watchdog.resume();
                }
                Ui.click("migrate.ok");
            });
            Ui.click("wave.migrate");
            assertTrue(summary[0].contains("× POST /v1.0/users/{id}/authentication/phoneMethods"), summary[0]);
            assertTrue(summary[0].contains("DEVICE-NO-PUBLIC-API"), summary[0]);
            assertTrue(summary[0].contains(" × POST /beta/directory/authenticationMethodDevices/hardwareOathDevices"),
                    summary[0]);
            Label progress = Ui.find(Label.class, "wave.progress.label");
            Ui.waitUntil("writes under way", WAIT, () -> progress.getText().contains(" written ·"));
            shot(watchdog, shots.resolve("flow-5-migrating.png"));
            watchdog.phase("cancel and resume");
            Ui.click("wave.progress.cancel");
            Ui.waitUntil("the run to stop", WAIT, () -> actions.lastOutcome().contains("stopped"));
            assertTrue(actions.lastOutcome().contains("(Resume continues it)"), actions.lastOutcome());

            Button resume = Ui.find(Button.class, "wave.resume");
            Ui.waitUntil("the offer to resume", WAIT, () -> resume.isVisible() && resume.getText().contains("left"));
            Ui.click("wave.resume");
            Ui.waitUntil("the resumed run to finish", WAIT, () -> actions.lastOutcome().contains("finished"));
            assertTrue(actions.lastOutcome().contains(", 0 failed, 0 not sent"), actions.lastOutcome());
            secrets.forEach((serial, secret) -> assertTrue(tokensBefore.contains(serial)
                    || tenant.hardwareOathSecretMatches(serial, secret),
                    "token " + serial + " was created with the seed file's secret"));
            assertTrue(secrets.keySet().stream().anyMatch(serial -> !tokensBefore.contains(serial)),
                    "some tokens were new");
            Ui.waitUntil("the group listed again with migrated members", WAIT,
                    () -> status.getText().contains(" migrated") && !status.getText().contains("· 0 migrated"));

            watchdog.phase("verify");
            Ui.click("wave.verify");
            ReadinessPart readiness = (ReadinessPart) show(ReadinessPart.PART_ID);
            Ui.waitUntil("the readiness report", WAIT, () -> readiness.summaryText().contains("members:"));
            assertTrue(readiness.summaryText().contains("ready") || readiness.summaryText().contains("needs the user"),
                    readiness.summaryText());
            assertTrue(!readiness.summaryText().contains("missing in Entra"), readiness.summaryText());
            shot(watchdog, shots.resolve("flow-6-readiness.png"));

            RunsPart runs = (RunsPart) show(RunsPart.PART_ID);
            Ui.waitUntil("the run in the Runs view", WAIT, () -> runs.runs().stream()
                    .anyMatch(r -> r.source().startsWith("workbench: group Cutover Migration")));

            watchdog.phase("a member's audit trail");
            String member = auditTrailOfAWrittenMember(group, folder.resolve("workspace"));
            shot(watchdog, shots.resolve("flow-7-audit.png"));
            backToTheMember(member);
            shot(watchdog, shots.resolve("flow-8-back-to-the-member.png"));

            long stall = watchdog.worst();
            Files.writeString(shots.resolveSibling("ui-stall.txt"), "Migration flow with " + USERS + " users. "
                    + watchdog.report());

            assertTrue(stall < 2_000, "the UI froze for " + stall + " ms");
        } finally {
            connections().disconnect();
            Label name = Ui.find(Label.class, "cutover.tenant.name");
            Ui.waitUntil("the Tenant view to let go of the tenant", WAIT, () -> name.getText().equals("Not connected"));
            if (before == null) {
                System.clearProperty("cutover.workspace");
            } else {
                System.setProperty("cutover.workspace", before);
            }
        }
    }

    /** A vendor's seed file for the members' OATH tokens: serial → secret (Base32). */
    private static Map<String, String> seedFile(WavePart group, Path file) throws Exception {
        Map<String, String> secrets = new java.util.LinkedHashMap<>();
        StringBuilder csv = new StringBuilder("upn,serial number,secret key,time interval,manufacturer,model\n");
        java.util.Random random = new java.util.Random(5);
        String base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        for (int row = 0; row < group.rows().size(); row++) {
            var mfa = group.rows().user(row).mfa();
            if (mfa != null && mfa.oathTokenSerial() != null && !secrets.containsKey(mfa.oathTokenSerial())) {
                StringBuilder secret = new StringBuilder();
                for (int i = 0; i < 32; i++) {
                    secret.append(base32.charAt(random.nextInt(32)));
                }
                secrets.put(mfa.oathTokenSerial(), secret.toString());
                csv.append(mfa.upn()).append(',').append(mfa.oathTokenSerial()).append(',').append(secret)
                        .append(",30,Contoso,Token 6\n");
            }
        }
        assertTrue(secrets.size() > 5, "the sample has tokens: " + secrets.size());
        Files.writeString(file, csv);
        return secrets;
    }

    private static void shot(StallMeter watchdog, Path file) throws Exception {
        watchdog.pause();
        try {
            Ui.pump(200);
            Ui.save(Ui.capture(Workbench.shell()), file);
        } finally {
            watchdog.resume();
        }
    }

    /**
     * User details' Audit history brings the Audit view forward with the member's events: every write our journal
     * sent, and Entra ID's own audit of them, fetched from the local tenant on the view's first start.
     */
    private static String auditTrailOfAWrittenMember(WavePart group, Path workspace) throws Exception {
        String upn;
        long sent;
        try (Journal journal = Journal.openWaiting(workspace, WAIT)) {
            JournalEntry written = journal.entries(journal.runs().get(0).id()).stream()
                    .filter(e -> e.state() == EntryState.CONFIRMED).findFirst().orElseThrow();
            upn = written.write().upn();
            sent = journal.entriesOfUser(written.write().objectId()).stream()
                    .filter(e -> e.state() != EntryState.PLANNED).count();
        }
        int row = 0;
        while (!group.rows().user(row).upn().equalsIgnoreCase(upn)) {
            row++;
        }
        group.select(row, row);
        show(UserDetailsPart.PART_ID);
        Ui.click("details.auditHistory");
        EPartService parts = Workbench.context().get(EPartService.class);
        Ui.waitUntil("the Audit view", WAIT, () -> parts.findPart(AuditPart.PART_ID) != null
                && parts.findPart(AuditPart.PART_ID).getObject() instanceof AuditPart);
        AuditPart audit = (AuditPart) parts.findPart(AuditPart.PART_ID).getObject();
        Button fetch = Ui.find(Button.class, "audit.fetch");
        Ui.waitUntil("the Audit view to be idle", WAIT, fetch::isEnabled);
        Ui.click("audit.fetch");
        Ui.waitUntil("Entra ID's audit fetched from the local tenant", WAIT,
                () -> audit.problemText().startsWith("Fetched") && audit.rowCount() > sent);
        long journalRows = 0;
        long entraRows = 0;
        for (int i = 0; i < audit.rowCount(); i++) {
            assertTrue(audit.cell(i, AuditColumn.USER).equalsIgnoreCase(upn), audit.cell(i, AuditColumn.USER));
            if (audit.cell(i, AuditColumn.ORIGIN).equals("Cutover journal")) {
                journalRows++;
            } else {
                entraRows++;
            }
        }
        assertEquals(sent, journalRows, "every write sent for " + upn);
        assertTrue(entraRows > 0, "Entra ID audited the writes to " + upn);
        return upn;
    }

    /** And back: the user of an audit event in the Migration perspective's User details. */
    private static void backToTheMember(String upn) {
        EPartService parts = Workbench.context().get(EPartService.class);
        AuditPart audit = (AuditPart) parts.findPart(AuditPart.PART_ID).getObject();
        audit.selectRow(0);
        Ui.waitUntil("the event's details", WAIT, () -> !audit.detailsLines().isEmpty());
        Ui.click("audit.details.showInMigration");
        UserDetailsPart details = (UserDetailsPart) parts.findPart(UserDetailsPart.PART_ID).getObject();
        Ui.waitUntil("the member in User details", WAIT, () -> details.shownText().toLowerCase(java.util.Locale.ROOT)
                .startsWith(upn.toLowerCase(java.util.Locale.ROOT)));
        assertTrue(parts.isPartVisible(parts.findPart(WavePart.PART_ID)), "the Migration perspective is back");
    }

    private static Object show(String partId) {
        return Workbench.context().get(EPartService.class).showPart(partId, EPartService.PartState.ACTIVATE)
                .getObject();
    }

    /** Acts on the next modal dialog with this title once it is open (modal dialogs block the click that opens them). */
    private static void whenDialogOpens(String title, Consumer<Shell> act) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : Ui.visibleShells()) {
                if (title.equals(shell.getText())) {
                    act.accept(shell);
                    return;
                }
            }
            if (System.nanoTime() < deadline) {
                Ui.display().timerExec(50, poll[0]);
            }
        };
        Ui.display().timerExec(50, poll[0]);
    }

    private static int column(NatTable table, String label) {
        for (int position = 0; position < table.getColumnCount(); position++) {
            if (label.equals(table.getDataValueByPosition(position, 0))) {
                return position;
            }
        }
        throw new AssertionError("no visible column " + label);
    }

    private static Connections connections() {
        BundleContext bundles = FrameworkUtil.getBundle(MigrationFlowTest.class).getBundleContext();
        Ui.waitUntil("the connections service", WAIT, () -> bundles.getServiceReference(Connections.class) != null);
        return bundles.getService(bundles.getServiceReference(Connections.class));
    }
}
