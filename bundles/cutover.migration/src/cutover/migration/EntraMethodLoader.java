package cutover.migration;

import cutover.core.tenant.EntraUser;
import cutover.graph.GraphConnection;
import cutover.graph.SnapshotReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads the Entra side's authentication methods of a wave's members a chunk at a time, so the table fills in while
 * the specialist already works: members asked for by {@link #prioritize} (the rows on screen, the selection) go
 * first, then the rest in list order. Five Graph requests per member; a 50,000-member group is about 250,000
 * requests, which Graph's read budget spreads over minutes, so nothing waits for all of them.
 */
public final class EntraMethodLoader {

    /** Members per round of {@code $batch}es: small enough that the rows on screen come back within a second. */
    static final int CHUNK = 60;

    private final SnapshotReader reader;
    private final Wave wave;
    private final Set<WaveUser> urgent = new LinkedHashSet<>();
    private int next;

    public EntraMethodLoader(GraphConnection connection, Wave wave) {
        this.reader = new SnapshotReader(connection);
        this.wave = wave;
    }

    /** These members are read before any other not yet read (replaces the previous request). */
    public synchronized void prioritize(Collection<WaveUser> users) {
        urgent.clear();
        for (WaveUser user : users) {
            if (!user.methodsRead()) {
                urgent.add(user);
            }
        }
    }

    /**
     * Reads every member not read yet, calling {@code chunkRead} after each chunk (from this thread).
     *
     * @throws OperationCanceledException when the monitor is cancelled; what was read stays read
     */
    public void loadAll(IProgressMonitor monitor, Runnable chunkRead) {
        List<WaveUser> chunk;
        while (!(chunk = nextChunk()).isEmpty()) {
            read(chunk, monitor);
            chunkRead.run();
        }
    }

    /** Reads the methods of these members now, when they were not read yet. */
    public void load(Collection<WaveUser> users, IProgressMonitor monitor) {
        readInChunks(users.stream().filter(u -> !u.methodsRead()).toList(), monitor);
    }

    /** Reads the members again even when they were read, for a verification against the tenant as it is now. */
    public void reload(Collection<WaveUser> users, IProgressMonitor monitor) {
        readInChunks(List.copyOf(users), monitor);
    }

    private void readInChunks(List<WaveUser> users, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading Entra methods", users.size());
        for (int from = 0; from < users.size(); from += CHUNK * 10) {
            List<WaveUser> chunk = users.subList(from, Math.min(users.size(), from + CHUNK * 10));
            read(chunk, progress);
            progress.worked(chunk.size());
        }
    }

    private synchronized List<WaveUser> nextChunk() {
        List<WaveUser> chunk = new ArrayList<>(CHUNK);
        var pending = urgent.iterator();
        while (chunk.size() < CHUNK && pending.hasNext()) {
            WaveUser user = pending.next();
            pending.remove();
            if (!user.methodsRead()) {
                chunk.add(user);
            }
        }
        List<WaveUser> users = wave.users();
        while (chunk.size() < CHUNK && next < users.size()) {
            WaveUser user = users.get(next++);
            if (!user.methodsRead() && !chunk.contains(user)) {
                chunk.add(user);
            }
        }
        return chunk;
    }

    private void read(List<WaveUser> users, IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        List<EntraUser> members = new ArrayList<>(users.size());
        for (WaveUser user : users) {
            members.add(user.entra());
        }
        List<EntraUser> read = reader.withMethods(members, new CancelOnly(monitor));
        for (int i = 0; i < users.size(); i++) {
            users.get(i).methods(read.get(i));
        }
    }

    /** Passes on cancellation only: the caller's monitor reports progress per chunk, not per request. */
    private static final class CancelOnly extends org.eclipse.core.runtime.NullProgressMonitor {
        private final IProgressMonitor outer;

        CancelOnly(IProgressMonitor outer) {
            this.outer = outer;
        }

        @Override
        public boolean isCanceled() {
            return outer.isCanceled();
        }
    }
}
