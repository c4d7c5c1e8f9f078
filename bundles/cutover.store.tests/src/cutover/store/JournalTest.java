package cutover.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.plan.MigratedUser;
import cutover.core.plan.MigrationHistory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path workspace;

    static List<JournalWrite> writes(int count) {
        List<JournalWrite> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String objectId = "00000000-0000-4000-8000-" + String.format("%012d", i);
            writes.add(new JournalWrite(i, "user" + i + "@contoso.com", objectId, "POST",
                    "/v1.0/users/" + objectId + "/authentication/phoneMethods",
                    "phoneType=mobile, phoneNumber=+1 42555501" + (10 + i % 90), "PHONE-NO-EXT-MOBILE",
                    new JournalWrite.UndoRequest("DELETE", "/v1.0/users/" + objectId
                            + "/authentication/phoneMethods/3179e48a-750b-4051-897c-87b9720928f7", null)));
        }
        return writes;
    }

    @Test
    void eachWriteGoesFromPlannedThroughSentToConfirmedOrFailed() {
        try (Journal journal = Journal.open(workspace)) {
            long run = journal.startRun(RunKind.APPLY, null, "tenant-1", "plan.json", writes(3));
            journal.sent(run, 0);
            journal.confirmed(run, 0, "3179e48a-750b-4051-897c-87b9720928f7");
            journal.sent(run, 1);
            journal.failed(run, 1, "400 Bad Request: invalidPhoneNumber");

            List<JournalEntry> entries = journal.entries(run);
            assertEquals(List.of(EntryState.CONFIRMED, EntryState.FAILED, EntryState.PLANNED),
                    entries.stream().map(JournalEntry::state).toList());
            assertEquals("3179e48a-750b-4051-897c-87b9720928f7", entries.get(0).resultId());
            assertEquals("400 Bad Request: invalidPhoneNumber", entries.get(1).error());
            assertEquals(1, entries.get(1).attempts());
            assertEquals(writes(3).get(2), entries.get(2).write());
            assertEquals(List.of(1, 2), journal.unfinished(run).stream().map(e -> e.write().seq()).toList());

            journal.sent(run, 1); // a failed write may be sent again
            assertEquals(2, journal.entry(run, 1).attempts());
            assertNull(journal.entry(run, 1).error());
        }
    }

    @Test
    void aConfirmedWriteIsNeverSentOrConfirmedAgain() {
        try (Journal journal = Journal.open(workspace)) {
            long run = journal.startRun(RunKind.APPLY, null, "tenant-1", "plan.json", writes(1));
            assertThrows(IllegalStateException.class, () -> journal.confirmed(run, 0, null),
                    "a write that was never sent cannot be confirmed");
            journal.sent(run, 0);
            journal.confirmed(run, 0, null);
            IllegalStateException again = assertThrows(IllegalStateException.class, () -> journal.sent(run, 0));
            assertTrue(again.getMessage().contains("it is CONFIRMED"), again.getMessage());
            assertThrows(IllegalStateException.class, () -> journal.confirmed(run, 0, null));
            assertEquals(EntryState.CONFIRMED, journal.entry(run, 0).state());
        }
    }

    @Test
    void aUsersHistoryHasTheirWritesOfEveryRunOldestFirst() {
        try (Journal journal = Journal.open(workspace)) {
            long first = journal.startRun(RunKind.APPLY, null, "tenant-1", "plan-a.json", writes(3));
            long second = journal.startRun(RunKind.SYNC, null, "tenant-1", "sync", writes(2));
            String user1 = writes(2).get(1).objectId();

            List<JournalEntry> history = journal.entriesOfUser(user1);
            assertEquals(List.of(first, second), history.stream().map(JournalEntry::runId).toList());
            assertTrue(history.stream().allMatch(e -> e.write().objectId().equals(user1)));
            assertEquals(List.of(), journal.entriesOfUser("00000000-0000-4000-8000-999999999999"));
        }
    }

    @Test
    void runsAreListedNewestFirstWithTheirCounts() {
        try (Journal journal = Journal.open(workspace)) {
            long first = journal.startRun(RunKind.APPLY, null, "tenant-1", "plan-a.json", writes(4));
            journal.sent(first, 0);
            journal.confirmed(first, 0, null);
            journal.finishRun(first);
            long undo = journal.startRun(RunKind.UNDO, first, "tenant-1", "undo of run " + first, List.of());

            List<RunInfo> runs = journal.runs();
            assertEquals(List.of(undo, first), runs.stream().map(RunInfo::id).toList());
            assertEquals(first, runs.get(0).undoOf());
            assertNull(runs.get(0).finishedAt());
            assertEquals(1, runs.get(1).count(EntryState.CONFIRMED));
            assertEquals(3, runs.get(1).count(EntryState.PLANNED));
            assertTrue(runs.get(1).finishedAt() != null);
        }
    }

    @Test
    void theJournalSurvivesReopeningAndKeepsTheMigrationHistory() {
        long run;
        try (Journal journal = Journal.open(workspace)) {
            run = journal.startRun(RunKind.APPLY, null, "tenant-1", "plan.json", writes(2));
            journal.sent(run, 1);
            journal.recordMigrated(List.of(new MigratedUser("a@contoso.com", "v1:0123456789abcdef",
                    Instant.parse("2026-11-01T10:00:00Z"))));
            journal.recordMigrated(List.of(new MigratedUser("a@contoso.com", "v1:fedcba9876543210",
                    Instant.parse("2026-11-02T10:00:00Z"))));
        }
        try (Journal journal = Journal.open(workspace)) {
            assertEquals(EntryState.SENT, journal.entry(run, 1).state(), "in doubt after reopening");
            MigrationHistory history = journal.history();
            assertEquals(1, history.size());
            assertEquals("v1:fedcba9876543210", history.get("a@contoso.com").fingerprint());
        }
    }
}
