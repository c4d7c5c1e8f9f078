package cutover.graph;

import cutover.store.Journal;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Run in a separate JVM by {@link ApplyKilledAndResumedTest}: applies journaled run {@code args[2]} of workspace
 * {@code args[1]} to the local tenant at {@code args[0]} until the test kills it.
 */
public final class ApplyCrashChild {

    private ApplyCrashChild() {
    }

    public static void main(String[] args) {
        GraphConnection connection = GraphConnection.local(CloudProfile.custom("Local tenant", URI.create(args[0])),
                "child-token");
        try (Journal journal = Journal.open(Path.of(args[1]))) {
            System.out.println("applying");
            System.out.flush();
            new ApplyRun(connection, journal, new WritePacer(1_000_000, 150), 2).run(Long.parseLong(args[2]),
                    new NullProgressMonitor(), p -> {
                        System.out.println("confirmed " + p.confirmed());
                        System.out.flush();
                    });
        }
    }
}
