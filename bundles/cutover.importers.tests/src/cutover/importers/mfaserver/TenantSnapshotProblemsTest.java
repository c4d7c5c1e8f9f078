package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.tenant.TenantSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantSnapshotProblemsTest {

    private static final String HEADER = "{\"format\":\"cutover-tenant-snapshot\",\"version\":1,"
            + "\"tenantId\":\"72f988bf-86f1-41af-91ab-2d7cd011db47\",\"takenAt\":\"2026-01-15T08:00:00Z\"}";
    private static final String POLICY = "{\"authenticationMethodConfigurations\":[{\"id\":\"Sms\","
            + "\"state\":\"enabled\",\"includeGroups\":[\"all_users\"],\"excludeGroups\":[]}]}";

    @TempDir
    Path dir;

    private final List<ImportProblem> problems = new ArrayList<>();

    @Test
    void badUserLineIsRejectedWithItsLineNumberAndTheRestIsRead() throws IOException {
        Path file = write(HEADER, POLICY, user(1, "a@contoso.com", ""),
                user(2, "b@contoso.com", ",\"phoneMethods\":[{\"phoneType\":\"mobile\",\"phoneNumber\":\"12065555555\"}]"),
                "", user(3, "c@contoso.com", ""));

        TenantSnapshot snapshot = read(file);

        assertEquals(2, snapshot.users().size());
        assertEquals("c@contoso.com", snapshot.users().get(1).userPrincipalName());
        assertEquals(1, problems.size());
        ImportProblem problem = problems.get(0);
        assertEquals(file, problem.file());
        assertEquals(4, problem.line());
        assertTrue(problem.message().startsWith("phoneMethods[1].phoneNumber: "), problem.message());
        assertTrue(problem.toString().startsWith(file + ":4: "), problem.toString());
    }

    @Test
    void rejectsBrokenJsonUnknownFieldsDuplicatesAndSecrets() throws IOException {
        Path file = write(HEADER, POLICY, "{\"id\":", user(1, "a@contoso.com", ",\"nickname\":\"x\""),
                user(2, "b@contoso.com", ""), user(2, "b2@contoso.com", ""),
                user(3, "c@contoso.com", ",\"softwareOathMethods\":[{\"id\":\"s\",\"secretKey\":\"JBSWY3DP\"}]"),
                user(4, "d@contoso.com", ",\"userPreferredMethodForSecondaryAuthentication\":\"fido2\""));

        TenantSnapshot snapshot = read(file);

        assertEquals(1, snapshot.users().size());
        assertEquals(List.of(3L, 4L, 6L, 7L, 8L), problems.stream().map(ImportProblem::line).toList());
        assertTrue(problems.get(0).message().startsWith("invalid JSON"), problems.get(0).message());
        assertEquals("nickname: unknown field", problems.get(1).message());
        assertTrue(problems.get(2).message().contains("already appears on line 5"), problems.get(2).message());
        assertEquals("softwareOathMethods[1].secretKey: secret keys must never be stored in a tenant snapshot",
                problems.get(3).message());
        assertTrue(problems.get(4).message().startsWith("userPreferredMethodForSecondaryAuthentication: unknown"),
                problems.get(4).message());
        assertTrue(problems.stream().noneMatch(p -> p.toString().contains("JBSWY3DP")));
    }

    @Test
    void badHeaderIsFatalOnLineOne() throws IOException {
        Path file = write("{\"format\":\"cutover-mfaserver-export\",\"version\":1}", POLICY);

        TenantSnapshotImportException e = assertThrows(TenantSnapshotImportException.class, () -> read(file));

        assertEquals(1, e.problem().line());
        assertTrue(e.problem().message().contains("not a Cutover tenant snapshot"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":1: "), e.getMessage());
    }

    @Test
    void headerThatIsNotJsonIsFatal() throws IOException {
        Path file = write("upn,display_name", POLICY);

        TenantSnapshotImportException e = assertThrows(TenantSnapshotImportException.class, () -> read(file));

        assertEquals(1, e.problem().line());
        assertTrue(e.problem().message().startsWith("the first line is not a valid header object"), e.getMessage());
    }

    @Test
    void unknownVersionIsFatal() throws IOException {
        Path file = write(HEADER.replace("\"version\":1", "\"version\":2"), POLICY);

        TenantSnapshotImportException e = assertThrows(TenantSnapshotImportException.class, () -> read(file));

        assertEquals(1, e.problem().line());
        assertEquals("unsupported tenant snapshot version 2; this version of Cutover reads version 1 only",
                e.problem().message());
    }

    @Test
    void badPolicyIsFatalOnItsLine() throws IOException {
        Path file = write("", HEADER, POLICY.replace("Sms", "Fido2"), user(1, "a@contoso.com", ""));

        TenantSnapshotImportException e = assertThrows(TenantSnapshotImportException.class, () -> read(file));

        assertEquals(3, e.problem().line());
        assertTrue(e.problem().message().contains("authenticationMethodConfigurations[1].id: unknown method"),
                e.getMessage());
    }

    @Test
    void missingPolicyAndEmptyFileAreFatal() throws IOException {
        assertEquals("the policy line is missing after the header", assertThrows(
                TenantSnapshotImportException.class, () -> read(write(HEADER))).problem().message());
        assertEquals("the file is empty", assertThrows(TenantSnapshotImportException.class,
                () -> read(write("", "  "))).problem().message());
        assertEquals("the file does not exist", assertThrows(TenantSnapshotImportException.class,
                () -> read(dir.resolve("missing.jsonl"))).problem().message());
    }

    @Test
    void acceptsByteOrderMarkAndCrLf() throws IOException {
        Path file = dir.resolve("bom.jsonl");
        Files.write(file, ("\uFEFF" + HEADER + "\r\n" + POLICY + "\r\n" + user(1, "a@contoso.com", "") + "\r\n")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(1, read(file).users().size());
        assertEquals(List.of(), problems);
    }

    private TenantSnapshot read(Path file) throws TenantSnapshotImportException {
        return new TenantSnapshotReader().read(file, problems::add);
    }

    private static String user(int number, String upn, String moreFields) {
        return "{\"id\":\"00000000-0000-0000-0000-" + String.format("%012d", number) + "\",\"userPrincipalName\":\""
                + upn + "\",\"isSystemPreferredAuthenticationMethodEnabled\":false" + moreFields + "}";
    }

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("snapshot.jsonl");
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
