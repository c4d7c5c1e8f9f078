package cutover.graph;

import cutover.store.JournalWrite;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads back every user a plan writes and compares what the plan wanted with what Entra ID has now, write by
 * write: phone methods, the default method and hardware OATH tokens (by serial number).
 */
public final class VerifyRun {

    /** One write whose result Entra ID does not show. */
    public record Mismatch(JournalWrite write, String found) {
    }

    /**
     * @param checked the writes compared
     * @param mismatches those whose result is not there
     */
    public record Result(int checked, List<Mismatch> mismatches) {
    }

    private final GraphConnection connection;

    public VerifyRun(GraphConnection connection) {
        this.connection = connection;
    }

    public Result verify(List<JournalWrite> writes, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading back", 1);
        Set<String> users = new LinkedHashSet<>();
        List<JournalWrite> comparable = new ArrayList<>();
        for (JournalWrite write : writes) {
            comparable.add(write);
            users.add(write.objectId());
        }
        Map<String, ReadBack.UserState> states = new ReadBack(connection).read(users, progress::isCanceled);
        List<Mismatch> mismatches = new ArrayList<>();
        for (JournalWrite write : comparable) {
            ReadBack.UserState state = states.get(write.objectId());
            if (state == null || !ReadBack.applied(write, state)) {
                mismatches.add(new Mismatch(write, state == null ? "user not read"
                        : "phones " + state.phones().values() + ", default method "
                                + (state.defaultMethod() == null ? "none" : state.defaultMethod().graphName())
                                + ", hardware tokens " + state.hardwareTokens().keySet()));
            }
        }
        progress.done();
        return new Result(comparable.size(), mismatches);
    }
}
