package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.HardwareOathStatus;
import cutover.core.tenant.HardwareOathToken;
import cutover.core.tenant.MethodPolicy;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.PolicyMethod;
import cutover.core.tenant.SoftwareOathMethod;
import cutover.core.tenant.TenantSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantSnapshotRoundTripTest {

    static final String TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    @TempDir
    Path dir;

    static TenantSnapshot sampleSnapshot() {
        AuthenticationMethodsPolicy policy = new AuthenticationMethodsPolicy(List.of(
                MethodPolicy.enabledForAll(PolicyMethod.MICROSOFT_AUTHENTICATOR),
                new MethodPolicy(PolicyMethod.SMS, true, Set.of("g-pilot", "g-sales"), Set.of("g-contractors")),
                MethodPolicy.disabled(PolicyMethod.VOICE),
                new MethodPolicy(PolicyMethod.HARDWARE_OATH, true, Set.of(MethodPolicy.ALL_USERS), Set.of())));
        EntraUser full = EntraUser.builder("0c7b3d6e-1f2a-4b5c-8d9e-0a1b2c3d4e5f", "alex.wu@contoso.com")
                .onPremisesSecurityIdentifier("S-1-5-21-1004336348-1177238915-682003330-1104")
                .onPremisesSamAccountName("awu")
                .onPremisesImmutableId("uihOG6Ev0hGIPwAW08ykJw==")
                .onPremisesDistinguishedName("CN=Wu\\, Alex,OU=Users,DC=contoso,DC=com")
                .employeeId("E\"1")
                .mail("alex.wu@contoso.com")
                .phones(List.of(new EntraPhoneMethod(PhoneType.MOBILE, "+1 2065555555"),
                        new EntraPhoneMethod(PhoneType.OFFICE, "+1 4255550100x555")))
                .authenticatorDevices(List.of(new AuthenticatorDevice("a1", "Alex’s iPhone", "SoftwareTokenActivated",
                        Instant.parse("2025-03-05T10:15:30.123Z")), new AuthenticatorDevice("a2", null, null, null)))
                .softwareOath(List.of(new SoftwareOathMethod("s1")))
                .hardwareOath(List.of(new HardwareOathToken("h1", "SN-001", "Contoso", "T6", HardwareOathStatus
                        .FAILED_ACTIVATION)))
                .defaultMethod(EntraMethod.VOICE_OFFICE)
                .systemPreferredEnabled(true)
                .build();
        EntraUser minimal = EntraUser.builder("11111111-2222-3333-4444-555555555555", "cloud.only@contoso.com")
                .build();
        return new TenantSnapshot(TENANT_ID, Instant.parse("2026-01-15T08:00:00Z"), policy, List.of(full, minimal));
    }

    @Test
    void snapshotSurvivesWritingAndReading() throws IOException {
        TenantSnapshot snapshot = sampleSnapshot();
        Path file = dir.resolve("tenant.jsonl");

        new TenantSnapshotWriter().write(file, snapshot);
        List<ImportProblem> problems = new ArrayList<>();
        TenantSnapshot read = new TenantSnapshotReader().read(file, problems::add);

        assertEquals(List.of(), problems);
        assertEquals(snapshot, read);
        assertEquals(4, Files.readAllLines(file).size());
    }

    @Test
    void manyUsersSurviveWritingAndReading() throws IOException {
        List<EntraUser> users = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            users.add(EntraUser.builder(new UUID(42, i).toString(), "user" + i + "@contoso.com")
                    .onPremisesSamAccountName("u" + i)
                    .phones(List.of(new EntraPhoneMethod(PhoneType.MOBILE, "+49 15" + (10_000_000 + i))))
                    .defaultMethod(i % 2 == 0 ? EntraMethod.SMS : null)
                    .build());
        }
        TenantSnapshot snapshot = new TenantSnapshot(TENANT_ID, Instant.parse("2026-01-15T08:00:00.5Z"),
                new AuthenticationMethodsPolicy(List.of()), users);
        Path file = dir.resolve("many.jsonl");

        new TenantSnapshotWriter().write(file, snapshot);

        assertEquals(snapshot, new TenantSnapshotReader().read(file, problem -> {
            throw new AssertionError(problem.toString());
        }));
    }

    @Test
    void writesDocumentedLinesWithoutSecrets() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new TenantSnapshotWriter().write(out, sampleSnapshot());

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("{\"format\":\"cutover-tenant-snapshot\",\"version\":1,\"tenantId\":\"" + TENANT_ID
                + "\",\"takenAt\":\"2026-01-15T08:00:00Z\"}", lines[0]);
        assertTrue(lines[1].contains("{\"id\":\"Sms\",\"state\":\"enabled\",\"includeGroups\":[\"g-pilot\","
                + "\"g-sales\"],\"excludeGroups\":[\"g-contractors\"]}"), lines[1]);
        assertEquals("{\"id\":\"11111111-2222-3333-4444-555555555555\",\"userPrincipalName\":"
                + "\"cloud.only@contoso.com\",\"phoneMethods\":[],\"microsoftAuthenticatorMethods\":[],"
                + "\"softwareOathMethods\":[],\"hardwareOathMethods\":[],"
                + "\"isSystemPreferredAuthenticationMethodEnabled\":false}", lines[3]);
        assertTrue(lines[2].contains("\"employeeId\":\"E\\\"1\""), lines[2]);
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("secret"));
    }
}
