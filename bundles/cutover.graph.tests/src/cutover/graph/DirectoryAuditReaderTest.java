package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import cutover.core.audit.AuditEvent;
import cutover.core.audit.PropertyChange;
import cutover.core.audit.StrongAuthenticationDecoder;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.store.AuditArchive;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class DirectoryAuditReaderTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final List<DirectoryAuditReader.Source> MFA_APP = DirectoryAuditReader.MFA_APP_NAMES.stream()
            .map(DirectoryAuditReader.Source::app).toList();
    private static final ReportsPacer UNPACED = new ReportsPacer(1_000, Duration.ofSeconds(1));

    @TempDir
    Path workspace;

    private static GraphConnection connect(GraphEmulator emulator) {
        return GraphConnection.local(CloudProfile.custom("Local tenant", URI.create(emulator.baseUrl())), "token");
    }

    private static EmulatorOptions.Builder options() {
        return EmulatorOptions.builder().port(0);
    }

    private static Set<String> ids(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::id).collect(Collectors.toSet());
    }

    @Test
    void readsTheMfaAppsHistoryOverManyPagesAndDecodesIt() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(7, 2_000, NOW),
                options().reportsCapacity(0).build())) {
            GraphConnection connection = connect(emulator);
            List<AuditEvent> paged = new DirectoryAuditReader(connection, UNPACED, 10).read(null, null, MFA_APP,
                    new NullProgressMonitor());
            long requests = connection.meter().requests();
            List<AuditEvent> whole = new DirectoryAuditReader(connection, UNPACED, 999).read(null, null, MFA_APP,
                    new NullProgressMonitor());
            assertTrue(paged.size() > 20, "a synthetic tenant of 2,000 users has an MFA history: " + paged.size());
            assertTrue(requests >= paged.size() / 10 + 2, "paged through next links: " + requests + " requests");
            assertEquals(ids(whole), ids(paged));
            Set<String> initiators = paged.stream().map(e -> e.initiator().appDisplayName()).collect(Collectors.toSet());
            assertEquals(Set.copyOf(DirectoryAuditReader.MFA_APP_NAMES), initiators, "both names of the app");
            for (AuditEvent event : paged) {
                assertTrue(event.targetUserId() != null && event.targetUserPrincipalName() != null, event.id());
                PropertyChange methods = event.changes().stream()
                        .filter(c -> c.displayName().equals(StrongAuthenticationDecoder.METHODS)).findFirst()
                        .orElseThrow();
                List<String> lines = StrongAuthenticationDecoder.decode(methods);
                assertFalse(lines.isEmpty(), event.id());
                assertTrue(lines.stream().noneMatch(line -> line.contains("unreadable")), lines.toString());
            }
            List<AuditEvent> lastWeek = new DirectoryAuditReader(connection, UNPACED, 999).read(
                    NOW.minus(Duration.ofDays(7)), NOW, MFA_APP, new NullProgressMonitor());
            assertTrue(lastWeek.size() < paged.size());
            assertTrue(lastWeek.stream().allMatch(e -> !e.activityDateTime().isBefore(NOW.minus(Duration.ofDays(7)))));
        }
    }

    @Test
    void aSecondFetchFromTheArchivesCursorAddsOnlyTheNewWrites() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(7, 400, Instant.now()),
                options().reportsCapacity(0).build());
                AuditArchive archive = AuditArchive.open(workspace)) {
            GraphConnection connection = connect(emulator);
            List<DirectoryAuditReader.Source> sources = new ArrayList<>(MFA_APP);
            sources.add(DirectoryAuditReader.Source.app("Cutover"));
            DirectoryAuditReader reader = new DirectoryAuditReader(connection, UNPACED, 50);

            int first = fetch(reader, archive, sources);
            assertTrue(first > 0);
            assertEquals(0, fetch(reader, archive, sources), "nothing new, nothing added");

            List<String> users = usersWithoutOfficePhone(connection, 2);
            for (String user : users) {
                addOfficePhone(connection, user);
            }
            Instant from = archive.nextFetchStart(AuditArchive.DEFAULT_OVERLAP).orElseThrow();
            List<AuditEvent> again = reader.read(from, null, sources, new NullProgressMonitor());
            assertTrue(again.stream().allMatch(e -> !e.activityDateTime().isBefore(from)));
            assertTrue(again.size() < first + 2, "only the overlap is read again");
            assertEquals(2, fetch(reader, archive, sources));
            List<AuditEvent> ours = archive.find(cutover.store.AuditQuery.newest(10).initiatedBy("Cutover"));
            assertEquals(Set.copyOf(users), ours.stream().map(AuditEvent::targetUserId).collect(Collectors.toSet()));
            assertTrue(ours.stream().flatMap(e -> e.changes().stream()).filter(StrongAuthenticationDecoder::decodes)
                    .flatMap(c -> StrongAuthenticationDecoder.decode(c).stream())
                    .anyMatch(line -> line.startsWith("office phone none → +1 206555")));
        }
    }

    /** One incremental fetch as the workbench will do it; returns how many events were new. */
    private static int fetch(DirectoryAuditReader reader, AuditArchive archive,
            List<DirectoryAuditReader.Source> sources) {
        List<AuditEvent> events = reader.read(archive.nextFetchStart(AuditArchive.DEFAULT_OVERLAP).orElse(null),
                null, sources, new NullProgressMonitor());
        int added = archive.add(events);
        events.stream().map(AuditEvent::activityDateTime).max(Comparator.naturalOrder())
                .ifPresent(archive::recordFetched);
        return added;
    }

    private static List<String> usersWithoutOfficePhone(GraphConnection connection, int count) {
        GraphHttp http = new GraphHttp(connection);
        String root = connection.profile().v1();
        List<String> users = new ArrayList<>();
        for (JsonObject user : EntraJson.values(http.get(root, "/users?$top=50&$select=id", Map.of()))) {
            String id = EntraJson.text(user, "id");
            JsonObject phones = http.get(root, "/users/" + id + "/authentication/phoneMethods", Map.of());
            if (EntraJson.values(phones).stream().noneMatch(p -> "office".equals(EntraJson.text(p, "phoneType")))) {
                users.add(id);
            }
            if (users.size() == count) {
                return users;
            }
        }
        throw new AssertionError("too few users without an office phone");
    }

    private static void addOfficePhone(GraphConnection connection, String user) throws Exception {
        List<PartResult> results = new GraphHttp(connection).batch(connection.profile().v1(), List.of(new BatchPart(
                "1", "POST", "/users/" + user + "/authentication/phoneMethods",
                "{\"phoneNumber\":\"+1 2065550100\",\"phoneType\":\"office\"}", List.of())));
        assertEquals(201, results.get(0).status(), String.valueOf(results.get(0).body()));
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(7, 2_000, NOW),
                options().reportsCapacity(2).reportsWindow(Duration.ofSeconds(1)).build())) {
            GraphConnection connection = connect(emulator);
            List<AuditEvent> events = new DirectoryAuditReader(connection, UNPACED, 20).read(null, null, MFA_APP,
                    new NullProgressMonitor());
            assertTrue(connection.meter().throttledResponses() > 0, "the emulator throttled the unpaced reader");
            assertTrue(events.size() > 20);
            assertEquals(events.size(), ids(events).size());
        }
    }

    @Test
    void pacedAtTheLimitItIsNeverThrottled() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(7, 2_000, NOW),
                options().reportsCapacity(2).reportsWindow(Duration.ofSeconds(1)).build())) {
            GraphConnection connection = connect(emulator);
            new DirectoryAuditReader(connection, new ReportsPacer(2, Duration.ofSeconds(1)), 20).read(null, null,
                    MFA_APP, new NullProgressMonitor());
            assertTrue(connection.meter().requests() > 2);
            assertEquals(0, connection.meter().throttledResponses());
        }
    }

    @Test
    void aCancelledReadStops() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(7, 100, NOW),
                options().reportsCapacity(0).build())) {
            NullProgressMonitor monitor = new NullProgressMonitor();
            monitor.setCanceled(true);
            assertThrows(OperationCanceledException.class, () -> new DirectoryAuditReader(connect(emulator))
                    .read(null, null, MFA_APP, monitor));
        }
    }

    @Test
    void thePacerWaitsForTheWindowAndForARetryAfter() {
        long[] now = {0};
        ReportsPacer pacer = new ReportsPacer(2, Duration.ofSeconds(10), () -> now[0]);
        pacer.awaitTurn(new NullProgressMonitor());
        pacer.awaitTurn(new NullProgressMonitor());
        assertEquals(Duration.ofMillis(10_100).toNanos(), pacer.nanosToWait());
        now[0] = Duration.ofMillis(10_100).toNanos();
        assertEquals(0, pacer.nanosToWait());
        pacer.holdOff(Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(3).toNanos(), pacer.nanosToWait());
    }
}
