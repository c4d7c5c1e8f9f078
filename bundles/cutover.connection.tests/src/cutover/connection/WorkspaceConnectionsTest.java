package cutover.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.connection.TenantProfile.SignIn;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.graph.TenantOverview;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Connecting through a profile: the demo tenant, a local tenant at its address, and what fails before a sign-in. */
@Timeout(120)
class WorkspaceConnectionsTest {

    @TempDir
    Path workspace;

    private WorkspaceConnections connections;
    private GraphEmulator emulator;

    private WorkspaceConnections connections() {
        connections = new WorkspaceConnections(() -> workspace, new MemorySecretStore(false));
        return connections;
    }

    @AfterEach
    void close() {
        if (connections != null) {
            connections.deactivate();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void aLocalProfileConnectsToTheTenantAtItsAddressAndTellsTheListeners() throws Exception {
        LocalTenant tenant = LocalTenant.synthetic(5, 40);
        emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0).build());
        WorkspaceConnections connections = connections();
        List<TenantConnection> told = new ArrayList<>();
        connections.addListener(told::add);

        TenantConnection connection = connections.connect(TenantProfile.local("Lab", emulator.baseUrl()),
                SignInPrompt.NONE);

        assertEquals("Lab", connection.name());
        assertEquals("local tenant at " + emulator.baseUrl(), connection.location());
        assertSame(connection, connections.current().orElseThrow());
        assertEquals(List.of(connection), told);
        assertEquals(tenant.tenantId(), TenantOverview.tenantId(connection.graph()));
        assertNull(connection.graph().claims(), "a local tenant has no token to check");
    }

    @Test
    void nothingAnsweringAtALocalAddressIsSaidAndNothingChanges() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        WorkspaceConnections connections = connections();
        SignInException failure = assertThrows(SignInException.class, () -> connections.connect(
                TenantProfile.local("Gone", "http://127.0.0.1:" + port), SignInPrompt.NONE));
        assertTrue(failure.getMessage().startsWith("No local tenant answers at http://127.0.0.1:" + port),
                failure.getMessage());
        assertTrue(connections.current().isEmpty());
    }

    @Test
    void theDemoProfileConnectsToTheWorkspacesDemoTenant() throws Exception {
        LocalTenant demo = LocalTenant.synthetic(42, 300);
        demo.save(workspace.resolve(DemoTenant.STATE_FILE)); // small and quick to load
        WorkspaceConnections connections = connections();

        TenantConnection connection = connections.connect(connections.profiles().defaultProfile(), SignInPrompt.NONE);

        assertEquals(DemoTenant.NAME, connection.name());
        TenantOverview overview = TenantOverview.read(connection.graph(), null);
        assertEquals(demo.tenantId(), overview.tenantId(), "the workspace's demo tenant, not a new one");
        assertEquals(demo.userCount(), overview.users());
        assertSame(connection, connections.connect(TenantProfile.demo(), SignInPrompt.NONE), "already connected");
    }

    @Test
    void anInvalidProfileIsRefusedBeforeAnythingHappens() {
        WorkspaceConnections connections = connections();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> connections.connect(
                TenantProfile.entra("Contoso", "contoso", "global", "not-a-guid", SignIn.BROWSER, null),
                SignInPrompt.NONE));
        assertTrue(refused.getMessage().startsWith("Contoso: The tenant must be"), refused.getMessage());
    }

    @Test
    void aMissingCertificateFileOrPasswordIsSaidBeforeSigningIn() throws Exception {
        WorkspaceConnections connections = connections();
        TenantProfile missingFile = TenantProfile.entra("App", "contoso.onmicrosoft.com", "global",
                "0f3c5e2a-1b4d-4c6e-8f90-123456789abc", SignIn.CERTIFICATE, workspace.resolve("none.pfx").toString());
        SignInException noFile = assertThrows(SignInException.class,
                () -> connections.connect(missingFile, SignInPrompt.NONE));
        assertTrue(noFile.getMessage().contains("does not exist"), noFile.getMessage());

        Path pfx = java.nio.file.Files.writeString(workspace.resolve("app.pfx"), "not really a certificate");
        TenantProfile noPassword = TenantProfile.entra("App", "contoso.onmicrosoft.com", "global",
                "0f3c5e2a-1b4d-4c6e-8f90-123456789abc", SignIn.CERTIFICATE, pfx.toString());
        SignInException none = assertThrows(SignInException.class,
                () -> connections.connect(noPassword, SignInPrompt.NONE));
        assertTrue(none.getMessage().startsWith("No password is kept for the certificate of App"), none.getMessage());
        assertTrue(connections.current().isEmpty());
    }

    @Test
    void aStoppedConnectIsNotUsed() throws Exception {
        emulator = GraphEmulator.start(LocalTenant.synthetic(6, 10), EmulatorOptions.builder().port(0).build());
        WorkspaceConnections connections = connections();
        SignInPrompt stopped = new SignInPrompt() {
            @Override
            public void deviceCode(String message) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class,
                () -> connections.connect(TenantProfile.local("Lab", emulator.baseUrl()), stopped));
        assertTrue(connections.current().isEmpty());
    }
}
