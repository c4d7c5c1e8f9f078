package cutover.migration.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import cutover.connection.Connections;
import cutover.connection.TenantConnection;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.graph.CloudProfile;
import cutover.graph.GraphConnection;

/** The Tenant view shows the connected tenant: its name, where it is, its users and its groups counted through nesting. */
@Timeout(180)
class TenantViewTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    private GraphEmulator emulator;

    @AfterEach
    void disconnect() {
        connections().disconnect();
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void aConnectedTenantIsShownWithItsGroupsAndTheirNestedUserCounts() throws Exception {
        Workbench.window();
        LocalTenant tenant = LocalTenant.synthetic(11, 1_500);
        emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0).build());
        GraphConnection graph = GraphConnection.local(CloudProfile.custom("Test tenant", URI.create(emulator.baseUrl())),
                "test");
        connections().use(new TenantConnection("Test tenant", "local tenant at " + emulator.baseUrl(), graph));

        Table groups = Ui.find(Table.class, "cutover.tenant.groups");
        Label summary = Ui.find(Label.class, "cutover.tenant.summary");
        Label name = Ui.find(Label.class, "cutover.tenant.name");
        Ui.waitUntil("the groups of the tenant", WAIT, () -> name.getText().equals("Test tenant")
                && groups.getItemCount() > 0 && summary.getText().contains("users"));
        assertEquals("Test tenant", Ui.find(Label.class, "cutover.tenant.name").getText());
        assertTrue(Ui.find(Label.class, "cutover.tenant.location").getText().contains(emulator.baseUrl()));
        assertTrue(summary.getText().contains("tenant " + tenant.tenantId()), summary.getText());
        assertTrue(summary.getText().contains(COUNT.format(tenant.userCount()) + " users"), summary.getText());

        Map<String, String> shown = new HashMap<>();
        for (TableItem item : groups.getItems()) {
            shown.put(item.getText(2), item.getText(1));
        }
        String migration = tenant.groupIds("Cutover Migration").get(0);
        assertEquals(COUNT.format(tenant.transitiveUserIds(migration).size()), shown.get(migration),
                "the migration group's users, nested groups included");
        assertEquals(2, tenant.groupIds("Sales").size());
        for (String sales : tenant.groupIds("Sales")) {
            assertEquals(COUNT.format(tenant.transitiveUserIds(sales).size()), shown.get(sales),
                    "both groups named Sales are listed, each with its own count");
        }
        assertTrue(!Ui.find(Button.class, "cutover.tenant.connectDemo").isEnabled(), "already connected");

        Path screenshots = Path.of(System.getProperty("cutover.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        Ui.save(Ui.capture(Workbench.shell()), screenshots.resolve("tenant-view.png"));
    }

    @Test
    void disconnectingClearsTheViewAndOffersTheDemoTenant() throws Exception {
        Workbench.window();
        emulator = GraphEmulator.start(LocalTenant.synthetic(12, 50), EmulatorOptions.builder().port(0).build());
        connections().use(new TenantConnection("Other tenant", "local tenant at " + emulator.baseUrl(),
                GraphConnection.local(CloudProfile.custom("Other", URI.create(emulator.baseUrl())), "test")));
        Table groups = Ui.find(Table.class, "cutover.tenant.groups");
        Ui.waitUntil("the groups of the tenant", WAIT, () -> groups.getItemCount() > 0);

        connections().disconnect();
        Label name = Ui.find(Label.class, "cutover.tenant.name");
        Ui.waitUntil("the view to show no tenant", WAIT, () -> name.getText().equals("Not connected"));
        assertEquals(0, groups.getItemCount());
        assertTrue(Ui.find(Button.class, "cutover.tenant.connectDemo").isEnabled());
    }

    private static Connections connections() {
        BundleContext bundles = FrameworkUtil.getBundle(TenantViewTest.class).getBundleContext();
        Ui.waitUntil("the connections service", WAIT, () -> bundles.getServiceReference(Connections.class) != null);
        return bundles.getService(bundles.getServiceReference(Connections.class));
    }
}
