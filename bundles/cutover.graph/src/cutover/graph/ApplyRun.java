package cutover.graph;

import cutover.core.plan.MigratedUser;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.store.JournalWrite;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes a journaled run to Entra ID, and resumes one that stopped. Each write is marked sent in the journal
 * before its request leaves and confirmed or failed after the answer; a write left "sent" by a crash or a lost
 * answer is read back before anything else, so a confirmed write is never sent twice and a write that did reach
 * Entra ID is not sent again.
 *
 * <p>A user's writes go in plan order: consecutive writes to the same Graph version travel in one {@code $batch}
 * chained with {@code dependsOn}; the next group waits until the previous one is confirmed. A write Graph refuses
 * stops that user's later writes (they stay planned). Writes are paced inside Graph's documented budget.
 */
public final class ApplyRun {

    /** How far a run is, for progress lines. */
    public record Progress(int confirmed, int failed, int remaining, long throttled, double limitPercentage) {
    }

    /** The id of a batch part that reads a user just before the user's writes starts so. */
    private static final String BEFORE_PREFIX = "before";

    /** The rule of a write that takes back an earlier one starts so. */
    static final String UNDO_RULE_PREFIX = "UNDO ";

    /** A run that confirms nothing in this many rounds in a row stops; it stays resumable. */
    private static final int MAX_ROUNDS_WITHOUT_PROGRESS = 3;

    private final GraphConnection connection;
    private final Map<String, char[]> secretsBySerial;
    private final Journal journal;
    private final WritePacer pacer;
    private final int concurrency;

    public ApplyRun(GraphConnection connection, Journal journal, WritePacer pacer, int concurrency) {
        this(connection, journal, pacer, concurrency, Map.of());
    }

    /**
     * @param secretsBySerial hardware token secrets from the vendor's seed file, kept in memory for the run only
     */
    public ApplyRun(GraphConnection connection, Journal journal, WritePacer pacer, int concurrency,
            Map<String, char[]> secretsBySerial) {
        this.secretsBySerial = Map.copyOf(secretsBySerial);
        this.connection = connection;
        this.journal = journal;
        this.pacer = pacer;
        this.concurrency = concurrency;
    }

    /**
     * Sends every unfinished write of the run.
     *
     * @return the run's writes afterwards
     */
    /**
     * Starts an undo run: the confirmed writes of {@code run} taken back, newest first.
     *
     * @return the undo run's id
     */
    public long startUndo(long run, String tenantId) {
        List<JournalWrite> writes = UndoRequests.undoRun(journal.entries(run));
        return journal.startRun(cutover.store.RunKind.UNDO, run, tenantId, "undo of run " + run, writes);
    }

    public List<JournalEntry> run(long run, IProgressMonitor monitor, Consumer<Progress> progress) {
        List<JournalEntry> start = journal.entries(run);
        SubMonitor sub = SubMonitor.convert(monitor, "Applying run " + run, start.size());
        Counts counts = new Counts(start.size(),
                (int) start.stream().filter(e -> e.state() == EntryState.CONFIRMED).count());
        Set<String> refused = new HashSet<>();
        GraphHttp http = new GraphHttp(connection);
        int roundsWithoutProgress = 0;
        while (!sub.isCanceled() && roundsWithoutProgress < MAX_ROUNDS_WITHOUT_PROGRESS) {
            int before = confirmedCount(run);
            settleInDoubt(run, sub);
            List<JournalEntry> unfinished = journal.unfinished(run);
            Map<String, List<JournalWrite>> stages = nextStages(unfinished, refused);
            if (stages.isEmpty()) {
                break;
            }
            List<BatchExecutor.Unit> v1 = new ArrayList<>();
            List<BatchExecutor.Unit> beta = new ArrayList<>();
            Map<String, List<JournalWrite>> undoStages = new java.util.concurrent.ConcurrentHashMap<>();
            for (Map.Entry<String, List<JournalWrite>> stage : stages.entrySet()) {
                List<BatchPart> parts = new ArrayList<>();
                BatchPart read = readBefore(stage.getKey(), stage.getValue());
                if (read != null) {
                    parts.add(read);
                    undoStages.put(read.id(), stage.getValue());
                }
                for (JournalWrite write : stage.getValue()) {
                    WriteRequest request = WriteRequest.createsHardwareToken(write)
                            ? WriteRequest.createToken(write, secretsBySerial.get(WriteRequest.serial(write)))
                            : WriteRequest.of(write);
                    parts.add(new BatchPart(String.valueOf(write.seq()), request.method(), request.path(),
                            request.json(), parts.isEmpty() ? null : List.of(parts.get(parts.size() - 1).id())));
                }
                boolean isBeta = WriteRequest.of(stage.getValue().get(0)).beta();
                (isBeta ? beta : v1).add(new BatchExecutor.Unit(stage.getKey(), parts, 0));
            }
            Handler handler = new Handler(run, refused, sub, progress, counts, undoStages);
            new BatchExecutor(marked(http, run), connection.profile().v1(), concurrency, pacer, sub::isCanceled)
                    .run(v1, handler);
            new BatchExecutor(marked(http, run), connection.profile().beta(), concurrency, pacer, sub::isCanceled)
                    .run(beta, handler);
            roundsWithoutProgress = confirmedCount(run) > before ? 0 : roundsWithoutProgress + 1;
        }
        List<JournalEntry> entries = journal.entries(run);
        recordMigrated(entries);
        if (entries.stream().allMatch(e -> e.state() == EntryState.CONFIRMED || refusedFor(e, refused))) {
            journal.finishRun(run);
        }
        return entries;
    }

    /**
     * A read of what the user has, sent in the same {@code $batch} just before the stage's writes (they depend on
     * it), so that each write's undo is known before the write is confirmed; null when no write needs one (undo
     * runs, or undo already known from an earlier attempt).
     */
    private static BatchPart readBefore(String user, List<JournalWrite> stage) {
        boolean needed = stage.stream().anyMatch(w -> w.undo() == null && !w.rule().startsWith(UNDO_RULE_PREFIX)
                && !WriteRequest.createsHardwareToken(w));
        if (!needed) {
            return null;
        }
        String what = WriteRequest.of(stage.get(0)).beta() ? "signInPreferences" : "phoneMethods";
        return new BatchPart(BEFORE_PREFIX + stage.get(0).seq(), "GET", "/users/" + user + "/authentication/" + what,
                null, null);
    }

    /** Records each write's undo from the user's state read just before the stage. */
    private void recordUndo(long run, List<JournalWrite> stage, com.google.gson.JsonObject before) {
        boolean beta = WriteRequest.of(stage.get(0)).beta();
        java.util.EnumMap<cutover.core.tenant.PhoneType, String> phones =
                new java.util.EnumMap<>(cutover.core.tenant.PhoneType.class);
        cutover.core.tenant.EntraMethod defaultMethod = null;
        if (beta) {
            defaultMethod = EntraJson.defaultMethod(before);
        } else {
            EntraJson.phones(before).forEach(phone -> phones.put(phone.type(), phone.phoneNumber()));
        }
        List<JournalWrite.UndoRequest> undo = UndoRequests.forStage(stage,
                new ReadBack.UserState(phones, defaultMethod));
        for (int i = 0; i < stage.size(); i++) {
            if (stage.get(i).undo() == null && undo.get(i) != null) {
                journal.setUndo(run, stage.get(i).seq(), undo.get(i));
            }
        }
    }

    /** Users whose writes are all confirmed go into the migration history, so the next plan can skip them. */
    private void recordMigrated(List<JournalEntry> entries) {
        Map<String, MigratedUser> done = new LinkedHashMap<>();
        Set<String> unfinished = new HashSet<>();
        Instant now = Instant.now();
        for (JournalEntry entry : entries) {
            JournalWrite write = entry.write();
            if (entry.state() != EntryState.CONFIRMED || write.fingerprint() == null
                    || write.rule().startsWith(UNDO_RULE_PREFIX)) {
                unfinished.add(write.upn());
            } else {
                done.putIfAbsent(write.upn(), new MigratedUser(write.upn(), write.fingerprint(), now));
            }
        }
        done.keySet().removeAll(unfinished);
        journal.recordMigrated(done.values());
    }

    private int confirmedCount(long run) {
        return (int) journal.entries(run).stream().filter(e -> e.state() == EntryState.CONFIRMED).count();
    }

    private static boolean refusedFor(JournalEntry entry, Set<String> refused) {
        return refused.contains(entry.write().objectId());
    }

    /** Per user, the first run of consecutive unfinished writes to one Graph version. */
    private Map<String, List<JournalWrite>> nextStages(List<JournalEntry> unfinished, Set<String> refused) {
        Map<String, List<JournalWrite>> stages = new LinkedHashMap<>();
        Set<String> closed = new HashSet<>();
        for (JournalEntry entry : unfinished) {
            JournalWrite write = entry.write();
            String user = write.objectId();
            if (refused.contains(user) || closed.contains(user)) {
                continue;
            }
            if (WriteRequest.createsHardwareToken(write) && !secretsBySerial.containsKey(WriteRequest.serial(write))) {
                journal.sent(entry.runId(), write.seq());
                journal.failed(entry.runId(), write.seq(), "not sent: hardware OATH token "
                        + WriteRequest.serial(write) + " needs its secret: apply with --seed-file and the vendor's "
                        + "row for this serial number");
                refused.add(user);
                continue;
            }
            if (WriteRequest.assignsHardwareToken(write)) {
                // the token was created with assignTo: its creation assigned it, as Graph's answer said
                JournalEntry created = createdToken(entry.runId(), write);
                if (created != null && created.state() == EntryState.CONFIRMED) {
                    journal.sent(entry.runId(), write.seq());
                    journal.confirmed(entry.runId(), write.seq(), created.resultId());
                } else {
                    closed.add(user);
                }
                continue;
            }
            if (WriteRequest.createsHardwareToken(write)) {
                if (!stages.containsKey(user)) {
                    stages.put(user, new ArrayList<>(List.of(write)));
                }
                closed.add(user); // the assignment waits for the token's creation
                continue;
            }
            List<JournalWrite> stage = stages.get(user);
            if (stage == null) {
                stages.put(user, new ArrayList<>(List.of(write)));
            } else if (stage.size() < 19 && WriteRequest.of(stage.get(0)).beta() == WriteRequest.of(write).beta()
                    && stage.get(stage.size() - 1).seq() == previousSeq(unfinished, write)) {
                stage.add(write);
            } else {
                closed.add(user);
            }
        }
        return stages;
    }

    /** The creation of the token an assignment is about, in this run. */
    private JournalEntry createdToken(long run, JournalWrite assign) {
        String serial = WriteRequest.serial(assign);
        for (JournalEntry entry : journal.entries(run)) {
            if (WriteRequest.createsHardwareToken(entry.write()) && serial != null
                    && serial.equals(WriteRequest.serial(entry.write()))
                    && entry.write().objectId().equals(assign.objectId())) {
                return entry;
            }
        }
        return null;
    }

    private static int previousSeq(List<JournalEntry> unfinished, JournalWrite write) {
        int previous = -1;
        for (JournalEntry entry : unfinished) {
            if (entry.write().objectId().equals(write.objectId()) && entry.write().seq() < write.seq()) {
                previous = entry.write().seq();
            }
        }
        return previous;
    }

    /** Writes left "sent" without an answer: read back, then confirm or make them sendable again. */
    private void settleInDoubt(long run, SubMonitor monitor) {
        List<JournalEntry> inDoubt = journal.unfinished(run).stream().filter(e -> e.state() == EntryState.SENT)
                .toList();
        if (inDoubt.isEmpty()) {
            return;
        }
        Set<String> users = new HashSet<>();
        inDoubt.forEach(entry -> users.add(entry.write().objectId()));
        Map<String, ReadBack.UserState> states = new ReadBack(connection).read(users, monitor::isCanceled);
        for (JournalEntry entry : inDoubt) {
            ReadBack.UserState state = states.get(entry.write().objectId());
            if (state != null && ReadBack.applied(entry.write(), state)) {
                String device = WriteRequest.createsHardwareToken(entry.write())
                        ? state.hardwareTokens().get(WriteRequest.serial(entry.write())) : null;
                journal.confirmed(run, entry.write().seq(), device); // a created token's id, for its undo
            } else {
                journal.failed(run, entry.write().seq(), "no answer was recorded; read back: not applied");
            }
        }
    }

    /** Marks a batch's writes as sent in the journal just before the batch leaves. */
    private GraphHttp marked(GraphHttp http, long run) {
        return new GraphHttp(connection) {
            @Override
            java.util.List<PartResult> batch(String root, List<BatchPart> parts) throws IOException {
                for (BatchPart part : parts) {
                    if (!part.id().startsWith(BEFORE_PREFIX)) {
                        journal.sent(run, Integer.parseInt(part.id()));
                    }
                }
                return http.batch(root, parts);
            }
        };
    }

    /** Counts over the whole run, across rounds. */
    private static final class Counts {
        final int total;
        int confirmed;
        int failed;

        Counts(int total, int confirmed) {
            this.total = total;
            this.confirmed = confirmed;
        }
    }

    private final class Handler implements BatchExecutor.Handler {

        private final long run;
        private final Set<String> refused;
        private final SubMonitor monitor;
        private final Consumer<Progress> progress;
        private final Counts counts;
        private final Map<String, List<JournalWrite>> undoStages;

        Handler(long run, Set<String> refused, SubMonitor monitor, Consumer<Progress> progress, Counts counts,
                Map<String, List<JournalWrite>> undoStages) {
            this.undoStages = undoStages;
            this.run = run;
            this.refused = refused;
            this.monitor = monitor;
            this.progress = progress;
            this.counts = counts;
        }

        @Override
        public synchronized void answered(BatchExecutor.Unit unit, BatchPart part, PartResult result) {
            if (part.id().startsWith(BEFORE_PREFIX)) {
                if (result.succeeded()) {
                    recordUndo(run, undoStages.get(part.id()), result.body());
                }
                return; // when the read failed, the writes depending on it were not run (424)
            }
            int seq = Integer.parseInt(part.id());
            if (result.succeeded()) {
                journal.confirmed(run, seq, result.body() == null ? null : EntraJson.text(result.body(), "id"));
                counts.confirmed++;
            } else {
                journal.failed(run, seq, result.error());
                if (!result.retryable()) {
                    refused.add((String) unit.key());
                }
                counts.failed++;
            }
            monitor.worked(1);
            if ((counts.confirmed + counts.failed) % 200 == 0) {
                ThrottleMeter meter = connection.meter();
                progress.accept(new Progress(counts.confirmed, counts.failed, counts.total - counts.confirmed,
                        meter.throttledResponses(), meter.limitPercentage()));
            }
        }

        @Override
        public boolean noAnswer(List<BatchExecutor.Unit> units, IOException e) {
            return false; // the writes stay "sent": the next round reads them back before sending anything again
        }
    }
}
