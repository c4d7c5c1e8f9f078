package cutover.migration.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import cutover.connection.Connections;
import cutover.connection.FeatureAccess;
import cutover.connection.TenantProfile;
import cutover.core.workspace.WorkspaceFolder;
import cutover.emulator.LocalTenant;
import cutover.migration.ui.connect.ConnectionsDialog;
import cutover.migration.ui.connect.OpenConnectionsHandler;
import cutover.ui.WidgetIds;

/**
 * File › Connections… in the real workbench: a profile is added with an address that is not on this machine (the
 * field says so and the profile cannot be saved), corrected and saved; a profile whose tenant does not answer says
 * so; the demo tenant connects and the feature table shows what it allows.
 */
@Timeout(300)
class ConnectionsDialogTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String LOCAL = "Local test tenant";
    private static final String ENTRA = "Entra test tenant";
    private static final String PASSWORD = "Pfx-Passw0rd-never-shown";

    private Path workspace;

    @BeforeEach
    void smallDemoTenant() throws Exception {
        workspace = WorkspaceFolder.named();
        assertNotNull(workspace, "the UI tests run with -Dcutover.workspace (pom.xml), never the user's workspace");
        Path state = workspace.resolve("demo-tenant.json");
        if (!Files.isRegularFile(state)) {
            Files.createDirectories(workspace);
            LocalTenant.synthetic(42, 2_000).save(state); // the demo tenant, smaller than the real one's 100,000
        }
        connections().profiles().remove(LOCAL);
        connections().profiles().remove(ENTRA);
    }

    @AfterEach
    void closeAndForget() throws Exception {
        Shell dialog = Ui.shell(ConnectionsDialog.SHELL_ID);
        if (dialog != null) {
            dialog.close();
        }
        connections().disconnect();
        connections().profiles().remove(LOCAL);
        connections().profiles().remove(ENTRA);
        // leave the Tenant view as the next test expects it: not showing the demo tenant's groups any more
        Label name = Ui.find(Label.class, "cutover.tenant.name");
        Ui.waitUntil("the Tenant view to show no tenant", WAIT, () -> name.getText().equals("Not connected"));
    }

    @Test
    void aLocalProfileIsValidatedAsTypedThenTheDemoTenantConnectsAndShowsWhatItAllows() throws Exception {
        Workbench.window();
        int unusedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            unusedPort = socket.getLocalPort();
        }
        Workbench.execute(OpenConnectionsHandler.COMMAND_ID);
        Ui.waitUntil("the Connections dialog", WAIT, () -> Ui.shell(ConnectionsDialog.SHELL_ID) != null);
        org.eclipse.swt.widgets.List profiles = Ui.find(org.eclipse.swt.widgets.List.class, "connections.profiles");
        assertEquals("Demo tenant", profiles.getItem(0));
        assertEquals(0, profiles.getSelectionIndex(), "the demo tenant is the default");
        assertFalse(Ui.find(Button.class, "connections.remove").isEnabled(), "the demo tenant cannot be removed");

        Ui.click("connections.add");
        Ui.select("connections.kind", TenantProfile.Kind.LOCAL_URL.label());
        Ui.type("connections.name", LOCAL);
        Ui.type("connections.tenant", "http://graph.example.com:8080");
        Label tenantError = Ui.find(Label.class, "connections.error.tenant");
        assertTrue(tenantError.isVisible() && tenantError.getText().contains("127.0.0.1 or localhost"),
                tenantError.getText());
        assertFalse(Ui.find(Button.class, "connections.save").isEnabled(), "an invalid profile cannot be saved");
        assertFalse(Ui.find(Text.class, "connections.clientId").isVisible(), "a local tenant asks for no client id");
        assertFalse(Ui.find(Button.class, "connections.connect").isEnabled(), "no connecting while editing");

        String address = "http://127.0.0.1:" + unusedPort;
        Ui.type("connections.tenant", address);
        assertEquals("", tenantError.getText());
        assertShown(Ui.find(Button.class, "connections.save"));
        Ui.click("connections.save");
        assertEquals(List.of("Demo tenant", LOCAL), List.of(profiles.getItems()));
        assertEquals(LOCAL, profiles.getItem(profiles.getSelectionIndex()), "the saved profile is selected");
        String file = Files.readString(workspace.resolve("connections/profiles.json"), StandardCharsets.UTF_8);
        assertTrue(file.contains(address), file);

        Label status = Ui.find(Label.class, "connections.status");
        Ui.click("connections.connect");
        Ui.waitUntil("connecting to nothing to fail", WAIT, () -> status.getText().startsWith("Not connected"));
        assertTrue(status.getText().contains("No local tenant answers at " + address), status.getText());
        assertTrue(connections().current().isEmpty());

        profiles.select(0);
        profiles.notifyListeners(SWT.Selection, new Event());
        Ui.click("connections.connect");
        Table table = Ui.find(Table.class, "connections.features");
        Ui.waitUntil("the feature table", WAIT, () -> table.getItemCount() == FeatureAccess.Feature.values().length);
        assertTrue(status.getText().startsWith("Connected to Demo tenant"), status.getText());
        assertEquals("Demo tenant", connections().current().orElseThrow().name());
        TableItem[] rows = table.getItems();
        assertEquals("Read group, users and methods", rows[0].getText(0));
        assertEquals("Create hardware OATH tokens", rows[3].getText(0));
        assertEquals("Federation settings", rows[6].getText(0));
        assertShown(table);
        for (TableItem row : rows) {
            assertEquals("✓ available (a local tenant checks no permissions)", row.getText(1), row.getText(0));
            assertEquals("", row.getText(2), "nothing missing");
        }

        Shell dialog = Ui.shell(ConnectionsDialog.SHELL_ID);
        Path screenshots = Path.of(System.getProperty("cutover.screenshots", "target/screenshots"));
        Ui.pump(200);
        Ui.save(Ui.capture(dialog), screenshots.resolve("connections-dialog.png"));

        Ui.click("connections.close");
        Ui.waitUntil("the dialog to close", WAIT, () -> Ui.shell(ConnectionsDialog.SHELL_ID) == null);
        assertNull(Ui.shell(ConnectionsDialog.SHELL_ID));
        assertEquals("Demo tenant", connections().current().orElseThrow().name(), "the connection stays in use");
    }

    @Test
    void anEntraProfileSaysWhatIsWrongAndNeverShowsItsPasswordBack() throws Exception {
        Workbench.window();
        Workbench.execute(OpenConnectionsHandler.COMMAND_ID);
        Ui.waitUntil("the Connections dialog", WAIT, () -> Ui.shell(ConnectionsDialog.SHELL_ID) != null);
        Ui.click("connections.add");
        Ui.select("connections.kind", TenantProfile.Kind.ENTRA.label());
        Ui.type("connections.name", ENTRA);
        Ui.type("connections.tenant", "contoso");
        Ui.type("connections.clientId", "my-app");
        Ui.select("connections.signIn", TenantProfile.SignIn.CERTIFICATE.label());
        Ui.type("connections.certificate", "/keys/cutover.pfx");
        Ui.type("connections.password", PASSWORD);
        String tenantError = Ui.find(Label.class, "connections.error.tenant").getText();
        String clientError = Ui.find(Label.class, "connections.error.client_id").getText();
        assertTrue(tenantError.contains("GUID") && tenantError.contains("domain"), tenantError);
        assertTrue(clientError.startsWith("The client id must be a GUID"), clientError);
        assertEquals("", Ui.find(Label.class, "connections.error.certificate").getText());
        Text password = Ui.find(Text.class, "connections.password");
        assertTrue((password.getStyle() & SWT.PASSWORD) != 0, "the password is masked");
        assertFalse(Ui.find(Button.class, "connections.save").isEnabled());
        Path screenshots = Path.of(System.getProperty("cutover.screenshots", "target/screenshots"));
        Ui.pump(200);
        Ui.save(Ui.capture(Ui.shell(ConnectionsDialog.SHELL_ID)), screenshots.resolve("connections-entra-form.png"));

        Ui.type("connections.tenant", "contoso.onmicrosoft.com");
        Ui.type("connections.clientId", "0f3c5e2a-1b4d-4c6e-8f90-123456789abc");
        assertEquals("", Ui.find(Label.class, "connections.error.client_id").getText());
        assertShown(Ui.find(Text.class, "connections.password"));
        assertShown(Ui.find(Button.class, "connections.save"));
        Ui.click("connections.save");

        org.eclipse.swt.widgets.List profiles = Ui.find(org.eclipse.swt.widgets.List.class, "connections.profiles");
        assertEquals(ENTRA, profiles.getItem(profiles.getSelectionIndex()));
        assertEquals("", password.getText(), "a password is never shown back");
        String state = Ui.find(Label.class, "connections.passwordState").getText();
        // Cutover's own password provider and storage file, both in the Cutover home (-Dcutover.home)
        assertTrue(state.startsWith("stored (encrypted)"), state);
        String file = Files.readString(workspace.resolve("connections/profiles.json"), StandardCharsets.UTF_8);
        assertTrue(file.contains("\"signIn\": \"CERTIFICATE\"") && !file.contains(PASSWORD), file);
        Path home = Path.of(System.getProperty("cutover.home"));
        Path storage = home.resolve("secure_storage");
        for (Path secret : List.of(home.resolve("secure-storage.key"), storage)) {
            assertFalse(Files.readString(secret, StandardCharsets.ISO_8859_1).contains(PASSWORD), secret.toString());
        }
        assertTrue(Files.readString(storage, StandardCharsets.ISO_8859_1).contains("cutover.connection.keyfile"));
        assertNotNull(connections().profiles().find(ENTRA).orElse(null));
    }

    /** Really on screen: inside each of its parents, not merely not hidden (a cut-off button is not usable). */
    private static void assertShown(Control control) {
        assertTrue(control.isVisible(), WidgetIds.idOf(control) + " is hidden");
        for (Control c = control; !(c instanceof Shell); c = c.getParent()) {
            Rectangle bounds = c.getBounds();
            Rectangle area = c.getParent().getClientArea();
            assertTrue(bounds.x >= 0 && bounds.y >= 0 && bounds.x + bounds.width <= area.width
                    && bounds.y + bounds.height <= area.height, WidgetIds.idOf(control) + " is cut off: " + bounds
                    + " in " + area + " of " + c.getParent());
        }
    }

    private static Connections connections() {
        BundleContext bundles = FrameworkUtil.getBundle(ConnectionsDialogTest.class).getBundleContext();
        Ui.waitUntil("the connections service", WAIT, () -> bundles.getServiceReference(Connections.class) != null);
        return bundles.getService(bundles.getServiceReference(Connections.class));
    }
}
