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

    @Test
    void whatWasWrittenIsSavedWhenTheProcessEndsWithoutClosing() throws Exception {
        DemoTenant owner = DemoTenant.open(workspace, 6, 40, message -> { });
        cutover.core.tenant.EntraUser user = owner.tenant().snapshot().users().get(3);
        boolean flipped = !user.systemPreferredEnabled();
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(owner.location().substring(
                        "local tenant at ".length()) + "/beta/users/" + user.objectId()
                        + "/authentication/signInPreferences"))
                        .header("Authorization", "Bearer demo-tenant").header("Content-Type", "application/json")
                        .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"isSystemPreferredAuthenticationMethodEnabled\":" + flipped + "}"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(204, answer.statusCode(), answer.body());

        Thread hook = owner.exitHook();
        assertTrue(Runtime.getRuntime().removeShutdownHook(hook), "registered to run when the JVM ends");
        hook.run(); // what the JVM does on Ctrl+C or TERM
        LocalTenant saved = LocalTenant.load(workspace.resolve("demo-tenant.json"));
        assertEquals(flipped, saved.snapshot().users().stream().filter(u -> u.objectId().equals(user.objectId()))
                .findFirst().orElseThrow().systemPreferredEnabled(), "the write survived");
        owner.close(); // closing again after the hook is harmless
    }
}
