package cutover.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.connection.DemoTenant;
import cutover.emulator.LocalTenant;
import cutover.graph.TenantOverview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process serves the workspace's demo tenant; a command started beside it talks to the same tenant instead of
 * loading a copy whose writes would be lost, and the owner saves the tenant when it stops.
 */
class DemoTenantTest {

    @TempDir
    Path workspace;

    @Test
    void aSecondOpenAttachesToTheServedTenantAndTheOwnerSavesIt() throws Exception {
        List<String> log = new ArrayList<>();
        int users;
        try (DemoTenant owner = DemoTenant.open(workspace, 5, 200, log::add)) {
            assertTrue(owner.owned());
            assertTrue(log.get(0).startsWith("Creating the demo tenant (200 users, seed 5)"), log.toString());
            TenantOverview served = TenantOverview.read(owner.connection(), new NullProgressMonitor());
            users = owner.tenant().userCount(); // the users of 200 MFA Server users that Entra ID has
            assertTrue(users > 150, "users: " + users);
            assertEquals(users, served.users(), "counted through Graph");

            try (DemoTenant second = DemoTenant.open(workspace, 5, 200, log::add)) {
                assertFalse(second.owned(), "the tenant is served already");
                assertTrue(second.location().contains("served by another Cutover"), second.location());
                TenantOverview seen = TenantOverview.read(second.connection(), new NullProgressMonitor());
                assertEquals(served.tenantId(), seen.tenantId(), "the same tenant, not a copy");
            }
            assertEquals(1, log.size(), "the second open generated nothing");
        }
        assertFalse(Files.exists(workspace.resolve("demo-tenant.url")), "no address of a stopped tenant is left");
        LocalTenant saved = LocalTenant.load(workspace.resolve("demo-tenant.json"));
        assertEquals(users, saved.userCount());

        List<String> again = new ArrayList<>();
        try (DemoTenant reopened = DemoTenant.open(workspace, 99, 7, again::add)) {
            assertTrue(reopened.owned());
            assertTrue(again.get(0).startsWith("Loading the demo tenant"), "an existing tenant is loaded, not made anew");
            assertEquals(saved.tenantId(), reopened.tenant().tenantId());
        }
    }
}
