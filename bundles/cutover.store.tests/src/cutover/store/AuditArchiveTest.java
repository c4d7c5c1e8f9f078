package cutover.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.audit.AuditEvent;
import cutover.core.audit.PropertyChange;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditArchiveTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.1234567Z");
    private static final AuditEvent.Initiator MFA_APP = new AuditEvent.Initiator("Azure MFA Management",
            "981f26a1-7f43-403b-a875-f8b09b8cd720", null, null);
    private static final AuditEvent.Initiator ADMIN = new AuditEvent.Initiator(null, null, "a-1", "admin@contoso.com");

    @TempDir
    Path workspace;

    private static AuditEvent event(String id, Instant at, AuditEvent.Initiator by, String activity, String user) {
        return new AuditEvent(id, at, activity, "UserManagement", "Core Directory", "success", by, "id-" + user,
                user + "@contoso.com", List.of(new PropertyChange("StrongAuthenticationMethod", "[]",
                        "[{\"MethodType\":6,\"Default\":true}]"), new PropertyChange("Included Updated Properties",
                                null, "\"StrongAuthenticationMethod\"")));
    }

    @Test
    void storingIsIdempotentByEventIdAndKeepsEverything() {
        AuditEvent first = event("e1", T0, MFA_APP, "Update user", "ann");
        try (AuditArchive archive = AuditArchive.open(workspace)) {
            assertEquals(1, archive.add(List.of(first)));
            assertEquals(1, archive.add(List.of(first, event("e2", T0.plusSeconds(1), ADMIN, "Update user", "bob"))));
            assertEquals(0, archive.add(List.of(first)));
            assertEquals(2, archive.size());
        }
        try (AuditArchive reopened = AuditArchive.open(workspace)) {
            List<AuditEvent> events = reopened.find(AuditQuery.newest(10));
            assertEquals(List.of("e2", "e1"), events.stream().map(AuditEvent::id).toList());
            assertEquals(first, events.get(1), "exact to 100 ns, with the changes in order");
        }
    }

    @Test
    void everyEventIsReadBackOldestFirstWithItsChangesInOnePass() {
        AuditEvent late = event("e-late", T0.plusSeconds(60), MFA_APP, "Update user", "cid");
        AuditEvent early = event("e-early", T0, ADMIN, "Update user", "dan");
        AuditEvent bare = new AuditEvent("e-bare", T0.plusSeconds(30), "Update feature rollout policy", "Policy",
                "Core Directory", "success", ADMIN, null, null, List.of());
        try (AuditArchive archive = AuditArchive.open(workspace)) {
            archive.add(List.of(late, early, bare));
            List<AuditEvent> read = new java.util.ArrayList<>();
            archive.forEach(read::add, () -> false);
            assertEquals(List.of(early, bare, late), read, "oldest first, changes joined, an event without changes");
            List<AuditEvent> first = new java.util.ArrayList<>();
            archive.forEach(first::add, () -> true);
            assertEquals(List.of(early), first, "stops when asked");
            assertEquals(Optional.of(late), archive.event("e-late"));
            assertEquals(Optional.empty(), archive.event("nope"));
        }
    }

    @Test
    void theCursorOnlyMovesForwardAndTheNextFetchOverlaps() {
        try (AuditArchive archive = AuditArchive.open(workspace)) {
            assertEquals(Optional.empty(), archive.nextFetchStart(Duration.ofMinutes(15)));
            archive.recordFetched(T0);
            archive.recordFetched(T0.minusSeconds(60));
            assertEquals(Optional.of(T0), archive.newestFetched());
            assertEquals(Optional.of(T0.minus(Duration.ofMinutes(15))), archive.nextFetchStart(Duration.ofMinutes(15)));
        }
        try (AuditArchive reopened = AuditArchive.open(workspace)) {
            assertEquals(Optional.of(T0), reopened.newestFetched());
        }
    }

    @Test
    void queriesByTimeUserActivityAndInitiatorWithALimit() {
        try (AuditArchive archive = AuditArchive.open(workspace)) {
            archive.add(List.of(event("e1", T0, MFA_APP, "Update user", "ann"),
                    event("e2", T0.plusSeconds(60), MFA_APP, "Update user", "bob"),
                    event("e3", T0.plusSeconds(120), ADMIN, "Admin registered security info", "ann"),
                    event("e4", T0.plusSeconds(180), ADMIN, "Update user", "carl")));
            assertEquals(List.of("e3", "e2"), ids(archive.find(AuditQuery.newest(10)
                    .between(T0.plusSeconds(60), T0.plusSeconds(180)))));
            assertEquals(List.of("e3", "e1"), ids(archive.find(AuditQuery.newest(10).ofUser("ANN@contoso.com"))));
            assertEquals(List.of("e3", "e1"), ids(archive.find(AuditQuery.newest(10).ofUser("id-ann"))));
            assertEquals(List.of("e3"), ids(archive.find(AuditQuery.newest(10)
                    .withActivity("admin registered security info"))));
            assertEquals(List.of("e2", "e1"), ids(archive.find(AuditQuery.newest(10)
                    .initiatedBy("azure mfa management"))));
            assertEquals(List.of("e4", "e3"), ids(archive.find(AuditQuery.newest(10).initiatedBy("admin@contoso.com"))));
            assertEquals(List.of("e4", "e3"), ids(archive.find(AuditQuery.newest(2))));
            assertTrue(archive.find(AuditQuery.newest(5).ofUser("ann@contoso.com").initiatedBy("a-1")
                    .withActivity("Update user")).isEmpty());
        }
    }

    private static List<String> ids(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::id).toList();
    }
}
