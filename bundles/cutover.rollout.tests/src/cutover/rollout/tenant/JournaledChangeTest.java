package cutover.rollout.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cutover.graph.GraphException;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.TenantChange;
import cutover.store.TenantSetting;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each kind of answer to a tenant-wide change is journaled: confirmed, refused, or in doubt. */
class JournaledChangeTest {

    @TempDir
    Path workspace;

    private TenantChange only() {
        try (Journal journal = Journal.open(workspace)) {
            assertEquals(1, journal.tenantChanges().size());
            return journal.tenantChanges().get(0);
        }
    }

    private String change(JournaledChange.Send<String> send) throws InterruptedException {
        return JournaledChange.run(workspace, TenantSetting.FEDERATION, "t", "contoso.com", "x → y", "{\"v\":\"x\"}",
                send, answer -> "{\"v\":\"" + answer + "\"}", () -> "{\"v\":\"read\"}");
    }

    @Test
    void anAnswerIsConfirmedWithTheSettingAfter() throws Exception {
        assertEquals("y", change(() -> "y"));
        TenantChange change = only();
        assertEquals(EntryState.CONFIRMED, change.state());
        assertEquals("{\"v\":\"x\"}", change.before());
        assertEquals("{\"v\":\"y\"}", change.after());
        assertNull(change.error());
    }

    @Test
    void aRefusalIsFailedWithGraphsAnswerAndTheSettingAsReadAfterwards() {
        GraphException refused = new GraphException(403, "Authorization_RequestDenied", "Insufficient privileges",
                null);
        assertSame(refused, assertThrows(GraphException.class, () -> change(() -> {
            throw refused;
        })));
        TenantChange change = only();
        assertEquals(EntryState.FAILED, change.state());
        assertEquals("{\"v\":\"read\"}", change.after());
        assertEquals(refused.getMessage(), change.error());
    }

    @Test
    void noAnswerOrAServerErrorLeavesTheChangeInDoubt() {
        assertThrows(GraphException.class, () -> change(() -> {
            throw new GraphException(0, null, "no answer: connection reset", null);
        }));
        TenantChange change = only();
        assertEquals(EntryState.SENT, change.state(), "it may have taken");
        assertEquals("{\"v\":\"read\"}", change.after());
    }

    @Test
    void throttlingIsNotARefusal() {
        assertThrows(GraphException.class, () -> change(() -> {
            throw new GraphException(429, "TooManyRequests", "slow down", null);
        }));
        assertEquals(EntryState.SENT, only().state());
    }
}
