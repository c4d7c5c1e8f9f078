package cutover.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.connection.TenantProfile.Field;
import cutover.connection.TenantProfile.Problem;
import cutover.connection.TenantProfile.SignIn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A profile says what is wrong with it, field by field, before it is saved or used. */
class TenantProfileTest {

    private static final String TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT_ID = "0f3c5e2a-1b4d-4c6e-8f90-123456789abc";

    private static List<Field> fields(TenantProfile profile) {
        return profile.problems().stream().map(Problem::field).toList();
    }

    private static String message(TenantProfile profile, Field field) {
        return profile.problems().stream().filter(p -> p.field() == field).map(Problem::message).findFirst()
                .orElseThrow(() -> new AssertionError("no problem with " + field + " in " + profile.problems()));
    }

    @Test
    void theDemoTenantNeedsNothing() {
        assertEquals(List.of(), TenantProfile.demo().problems());
        assertEquals(DemoTenant.NAME, TenantProfile.demo().name());
        assertTrue(TenantProfile.demo().isDemo());
    }

    @Test
    void aLocalTenantMustBeOnThisMachine() {
        assertEquals(List.of(), TenantProfile.local("Emulator", "http://127.0.0.1:8080").problems());
        assertEquals(List.of(), TenantProfile.local("Emulator", "https://localhost:8443/").problems());

        TenantProfile remote = TenantProfile.local("Emulator", "http://graph.example.com:8080");
        assertEquals(List.of(Field.TENANT), fields(remote));
        assertTrue(message(remote, Field.TENANT).contains("127.0.0.1 or localhost"), message(remote, Field.TENANT));

        assertEquals(List.of(Field.TENANT), fields(TenantProfile.local("Emulator", "ftp://127.0.0.1:21")));
        assertEquals(List.of(Field.TENANT), fields(TenantProfile.local("Emulator", "127.0.0.1:8080")));
        assertEquals(List.of(Field.TENANT), fields(TenantProfile.local("Emulator", "http://user@127.0.0.1:1/")));
        assertEquals(List.of(Field.TENANT), fields(TenantProfile.local("Emulator", " ")));
        assertEquals(List.of(Field.TENANT), fields(TenantProfile.local("Emulator", "http://127.0.0.1:8080/a b")));
    }

    @Test
    void anEntraTenantIsAGuidOrADomainAndTheClientIdAGuid() {
        assertEquals(List.of(), TenantProfile.entra("Contoso", TENANT_ID, "global", CLIENT_ID, SignIn.BROWSER, null)
                .problems());
        assertEquals(List.of(), TenantProfile.entra("Contoso", "contoso.onmicrosoft.com", "usgov", CLIENT_ID,
                SignIn.DEVICE_CODE, null).problems());

        TenantProfile badTenant = TenantProfile.entra("Contoso", "contoso", "global", CLIENT_ID, SignIn.BROWSER, null);
        assertEquals(List.of(Field.TENANT), fields(badTenant));
        assertTrue(message(badTenant, Field.TENANT).contains("GUID"), message(badTenant, Field.TENANT));

        TenantProfile badClient = TenantProfile.entra("Contoso", TENANT_ID, "global", "my-app", SignIn.BROWSER, null);
        assertEquals(List.of(Field.CLIENT_ID), fields(badClient));
        assertTrue(message(badClient, Field.CLIENT_ID).startsWith("The client id must be a GUID"));

        assertEquals(List.of(Field.CLOUD), fields(TenantProfile.entra("Contoso", TENANT_ID, "mars", CLIENT_ID,
                SignIn.BROWSER, null)));
        assertEquals(List.of(Field.SIGN_IN), fields(TenantProfile.entra("Contoso", TENANT_ID, "china", CLIENT_ID,
                null, null)));
        assertEquals("tenant contoso.com (unknown cloud)", TenantProfile.entra("Contoso", "contoso.com", null,
                CLIENT_ID, SignIn.BROWSER, null).describe(), "an incomplete profile can still be described");
        assertEquals("tenant contoso.com (US Government DoD)", TenantProfile.entra("Contoso", "contoso.com", "dod",
                CLIENT_ID, SignIn.BROWSER, null).describe());
        assertEquals(List.of(Field.NAME, Field.TENANT, Field.CLOUD, Field.CLIENT_ID, Field.SIGN_IN),
                fields(new TenantProfile(" ", TenantProfile.Kind.ENTRA, null, null, null, null, null)),
                "every problem at once, in field order");
    }

    @Test
    void certificateSignInNeedsAPemOrPfxFile() {
        assertEquals(List.of(Field.CERTIFICATE), fields(TenantProfile.entra("App", TENANT_ID, "dod", CLIENT_ID,
                SignIn.CERTIFICATE, null)));
        assertEquals(List.of(Field.CERTIFICATE), fields(TenantProfile.entra("App", TENANT_ID, "dod", CLIENT_ID,
                SignIn.CERTIFICATE, "/keys/app.crt")));
        TenantProfile pfx = TenantProfile.entra("App", TENANT_ID, "dod", CLIENT_ID, SignIn.CERTIFICATE, "/k/app.PFX");
        assertEquals(List.of(), pfx.problems());
        assertTrue(pfx.needsCertificatePassword());
        assertFalse(TenantProfile.entra("App", TENANT_ID, "dod", CLIENT_ID, SignIn.CERTIFICATE, "/k/app.pem")
                .needsCertificatePassword(), "a PEM file carries its key");
        assertEquals(null, TenantProfile.entra("App", TENANT_ID, "dod", CLIENT_ID, SignIn.BROWSER, "/k/app.pem")
                .certificate(), "only certificate sign-in keeps a certificate");
    }

    @Test
    void theDemoTenantsNameIsTakenAndNamesAreShort() {
        assertEquals(List.of(Field.NAME), fields(TenantProfile.local("demo TENANT", "http://127.0.0.1:1")));
        assertEquals(List.of(Field.NAME), fields(TenantProfile.local("x".repeat(65), "http://127.0.0.1:1")));
        assertEquals(List.of(Field.NAME), fields(TenantProfile.local("tab\there", "http://127.0.0.1:1")));
        assertEquals("Lab", TenantProfile.local("  Lab ", "http://127.0.0.1:1").name(), "names are trimmed");
    }
}
