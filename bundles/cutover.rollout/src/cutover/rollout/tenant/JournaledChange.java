package cutover.rollout.tenant;

import cutover.graph.GraphException;
import cutover.store.Journal;
import cutover.store.TenantSetting;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends one tenant-wide change between two journal records: the setting as it was, before the request leaves; then
 * the setting as read back. Graph refusing the request (a 4xx other than throttling) is recorded as failed; no
 * answer, a server error or anything else leaves the change in doubt (sent), with the setting as it could be read
 * afterwards, because the change may have taken.
 */
final class JournaledChange {

    /** What is sent; its answer is what {@code after} snapshots. */
    interface Send<T> {
        T send();
    }

    private JournaledChange() {
    }

    static <T> T run(Path workspace, TenantSetting setting, String tenantId, String subject, String action,
            String before, Send<T> send, Function<T, String> after, Supplier<String> readBack)
            throws InterruptedException {
        try (Journal journal = Journal.openWaiting(workspace, WorkspaceFacts.JOURNAL_PATIENCE)) {
            long id = journal.tenantChangeSent(setting, tenantId, subject, action, before);
            T answer;
            try {
                answer = send.send();
            } catch (GraphException e) {
                if (refused(e.status())) {
                    journal.tenantChangeFailed(id, e.getMessage(), quietly(readBack));
                } else {
                    journal.tenantChangeInDoubt(id, e.getMessage(), quietly(readBack));
                }
                throw e;
            } catch (RuntimeException e) {
                journal.tenantChangeInDoubt(id, String.valueOf(e.getMessage()), quietly(readBack));
                throw e;
            }
            journal.tenantChangeConfirmed(id, quietly(() -> after.apply(answer)));
            return answer;
        }
    }

    private static boolean refused(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    /** The snapshot, or null when it cannot be read now (the journal then says so by its absence). */
    private static String quietly(Supplier<String> snapshot) {
        try {
            return snapshot.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
