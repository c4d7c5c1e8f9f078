package cutover.store;

import cutover.core.plan.MigratedUser;
import cutover.core.plan.MigrationHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The workspace's journal of runs, in an embedded H2 database ({@code journal/cutover.mv.db} in the workspace).
 * Every state change of a write is committed before the method returns, and the database writes each commit to
 * the file at once, so a process killed at any point leaves a journal that says which writes were confirmed.
 * It also keeps the migration history (fingerprints) that "only changed users" plans with.
 *
 * <p>One process at a time: H2 locks the file. Methods are synchronized, so worker threads of one run may share
 * an instance.
 */
public final class Journal implements AutoCloseable {

    public static final String FOLDER = "journal";
    /** H2's {@code ErrorCode.DATABASE_ALREADY_OPEN_1}: another process holds the file lock. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final String SELECT_ENTRY = "SELECT run_id, seq, upn, object_id, http_method, path, body, rule, "
            + "undo_method, undo_path, undo_body, state, attempts, updated_at, result_id, error, fingerprint FROM entry ";

    private final Connection connection;
    private final Clock clock;

    private Journal(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens the journal of the workspace folder, creating it when there is none. */
    public static Journal open(Path workspace) {
        return open(workspace, Clock.systemUTC());
    }

    /**
     * Opens the journal, waiting up to {@code patience} while another Cutover process (the workbench, or the sync
     * service between its runs) has it open.
     */
    public static Journal openWaiting(Path workspace, java.time.Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return open(workspace);
            } catch (JournalException e) {
                boolean busy = e.getCause() instanceof SQLException sql
                        && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN;
                if (!busy || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    static Journal open(Path workspace, Clock clock) {
        Path folder = workspace.resolve(FOLDER).toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new JournalException("cannot create the journal folder " + folder + ": " + e.getMessage(), e);
        }
        JdbcDataSource source = new JdbcDataSource();
        // WRITE_DELAY=0: each commit goes to the file before the call returns (a killed process loses nothing).
        // DB_CLOSE_ON_EXIT=FALSE: on SIGTERM, H2 would close the journal in its own shutdown hook while a run still
        // records the answers to the writes in flight ("cutover sync" finishes those before it exits).
        source.setURL("jdbc:h2:file:" + folder.resolve("cutover") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        try {
            Connection connection = source.getConnection();
            connection.setAutoCommit(false);
            JournalSchema.createOrCheck(connection);
            return new Journal(connection, clock);
        } catch (SQLException e) {
            String why = e.getErrorCode() == H2_DATABASE_ALREADY_OPEN
                    ? "it is open in another Cutover process; close that one first" : e.getMessage();
            throw new JournalException("cannot open the journal in " + folder + ": " + why, e);
        }
    }

    /**
     * Records a new run and all its writes as {@link EntryState#PLANNED}, in one transaction.
     *
     * @return the run id
     */
    public synchronized long startRun(RunKind kind, Long undoOf, String tenantId, String source,
            List<JournalWrite> writes) {
        try {
            long run;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO run(kind, undo_of, tenant_id, "
                    + "source, started_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, kind.name());
                insert.setObject(2, undoOf, Types.BIGINT);
                insert.setString(3, tenantId);
                insert.setString(4, source);
                insert.setLong(5, now());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    run = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entry(run_id, seq, upn, "
                    + "object_id, http_method, path, body, rule, undo_method, undo_path, undo_body, state, attempts, "
                    + "updated_at, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', 0, ?, ?)")) {
                long now = now();
                int batched = 0;
                for (JournalWrite write : writes) {
                    insert.setLong(1, run);
                    insert.setInt(2, write.seq());
                    insert.setString(3, write.upn());
                    insert.setString(4, write.objectId());
                    insert.setString(5, write.httpMethod());
                    insert.setString(6, write.path());
                    insert.setString(7, write.body());
                    insert.setString(8, write.rule());
                    insert.setString(9, write.undo() == null ? null : write.undo().httpMethod());
                    insert.setString(10, write.undo() == null ? null : write.undo().path());
                    insert.setString(11, write.undo() == null ? null : write.undo().body());
                    insert.setLong(12, now);
                    insert.setString(13, write.fingerprint());
                    insert.addBatch();
                    if (++batched % 2_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return run;
        } catch (SQLException e) {
            throw rollback("cannot record the new run", e);
        }
    }

    /** Before the request leaves: the write is now in doubt until confirmed or failed. */
    public synchronized void sent(long run, int seq) {
        transition(run, seq, EntryState.SENT, "attempts = attempts + 1, error = NULL", null, null,
                EntryState.PLANNED, EntryState.FAILED, EntryState.SENT);
    }

    /** Graph confirmed the write. */
    public synchronized void confirmed(long run, int seq, String resultId) {
        transition(run, seq, EntryState.CONFIRMED, "result_id = ?", resultId, null, EntryState.SENT);
    }

    /** Graph refused the write, or the request could not be completed. */
    public synchronized void failed(long run, int seq, String error) {
        transition(run, seq, EntryState.FAILED, "error = ?", null, error, EntryState.SENT);
    }

    private void transition(long run, int seq, EntryState to, String set, String resultId, String error,
            EntryState... from) {
        StringBuilder states = new StringBuilder();
        for (EntryState state : from) {
            states.append(states.isEmpty() ? "'" : ", '").append(state.name()).append('\'');
        }
        String sql = "UPDATE entry SET state = '" + to.name() + "', updated_at = ?, " + set
                + " WHERE run_id = ? AND seq = ? AND state IN (" + states + ")";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 1;
            update.setLong(i++, now());
            if (set.contains("?")) {
                update.setString(i++, to == EntryState.FAILED ? truncate(error) : resultId);
            }
            update.setLong(i++, run);
            update.setInt(i, seq);
            if (update.executeUpdate() != 1) {
                connection.rollback();
                JournalEntry entry = entry(run, seq);
                throw new IllegalStateException("write " + seq + " of run " + run + " cannot become " + to + ": it is "
                        + (entry == null ? "not in the journal" : entry.state()));
            }
            connection.commit();
        } catch (SQLException e) {
            throw rollback("cannot record that write " + seq + " of run " + run + " is " + to, e);
        }
    }

    /** Records how to undo a write, once its "before" is known (read just before the write is sent). */
    public synchronized void setUndo(long run, int seq, JournalWrite.UndoRequest undo) {
        try (PreparedStatement update = connection.prepareStatement("UPDATE entry SET undo_method = ?, "
                + "undo_path = ?, undo_body = ? WHERE run_id = ? AND seq = ?")) {
            update.setString(1, undo.httpMethod());
            update.setString(2, undo.path());
            update.setString(3, undo.body());
            update.setLong(4, run);
            update.setInt(5, seq);
            update.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw rollback("cannot record how to undo write " + seq + " of run " + run, e);
        }
    }

    /** Removes users from the migration history (their migration was undone). */
    public synchronized void forgetMigrated(Collection<String> upns) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM migrated_user WHERE upn = ?")) {
            for (String upn : upns) {
                delete.setString(1, upn);
                delete.addBatch();
            }
            delete.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw rollback("cannot update the migration history", e);
        }
    }

    /** The run's write at {@code seq}, or null. */
    public synchronized JournalEntry entry(long run, int seq) {
        List<JournalEntry> found = query(SELECT_ENTRY + "WHERE run_id = ? AND seq = ?", run, seq);
        return found.isEmpty() ? null : found.get(0);
    }

    /** All writes of the run, in order. */
    public synchronized List<JournalEntry> entries(long run) {
        return query(SELECT_ENTRY + "WHERE run_id = ? ORDER BY seq", run);
    }

    /** Every write of every run for the Entra user with this object id, oldest first: the user's history. */
    public synchronized List<JournalEntry> entriesOfUser(String objectId) {
        List<JournalEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_ENTRY
                + "WHERE object_id = ? ORDER BY run_id, seq")) {
            select.setString(1, objectId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new JournalException("cannot read the writes for user " + objectId + ": " + e.getMessage(), e);
        }
    }

    /** The writes still to do when the run resumes: planned, failed, and sent without an answer (in doubt). */
    public synchronized List<JournalEntry> unfinished(long run) {
        return query(SELECT_ENTRY + "WHERE run_id = ? AND state <> 'CONFIRMED' ORDER BY seq", run);
    }

    public synchronized void finishRun(long run) {
        try (PreparedStatement update = connection.prepareStatement("UPDATE run SET finished_at = ? WHERE id = ?")) {
            update.setLong(1, now());
            update.setLong(2, run);
            update.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw rollback("cannot record the end of run " + run, e);
        }
    }

    /** Every run, newest first, with its writes counted by state. */
    public synchronized List<RunInfo> runs() {
        List<RunInfo> runs = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT r.id, r.kind, r.undo_of, r.tenant_id, r.source, "
                        + "r.started_at, r.finished_at, e.state, COUNT(e.seq) FROM run r LEFT JOIN entry e "
                        + "ON e.run_id = r.id GROUP BY r.id, e.state ORDER BY r.id DESC")) {
            RunInfo current = null;
            Map<EntryState, Integer> counts = new EnumMap<>(EntryState.class);
            while (rows.next()) {
                long id = rows.getLong(1);
                if (current == null || current.id() != id) {
                    if (current != null) {
                        runs.add(withCounts(current, counts));
                    }
                    counts = new EnumMap<>(EntryState.class);
                    Object undoOf = rows.getObject(3);
                    Object finished = rows.getObject(7);
                    current = new RunInfo(id, RunKind.valueOf(rows.getString(2)),
                            undoOf == null ? null : ((Number) undoOf).longValue(), rows.getString(4),
                            rows.getString(5), Instant.ofEpochMilli(rows.getLong(6)),
                            finished == null ? null : Instant.ofEpochMilli(((Number) finished).longValue()), Map.of());
                }
                if (rows.getString(8) != null) {
                    counts.put(EntryState.valueOf(rows.getString(8)), rows.getInt(9));
                }
            }
            if (current != null) {
                runs.add(withCounts(current, counts));
            }
            return runs;
        } catch (SQLException e) {
            throw new JournalException("cannot read the runs: " + e.getMessage(), e);
        }
    }

    private static RunInfo withCounts(RunInfo run, Map<EntryState, Integer> counts) {
        return new RunInfo(run.id(), run.kind(), run.undoOf(), run.tenantId(), run.source(), run.startedAt(),
                run.finishedAt(), counts);
    }

    /** Records (or replaces) what was migrated for these users. */
    public synchronized void recordMigrated(Collection<MigratedUser> users) {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO migrated_user(upn, fingerprint, migrated_at) KEY(upn) VALUES (?, ?, ?)")) {
            for (MigratedUser user : users) {
                merge.setString(1, user.upn());
                merge.setString(2, user.fingerprint());
                merge.setLong(3, user.migratedAt().toEpochMilli());
                merge.addBatch();
            }
            merge.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw rollback("cannot record the migrated users", e);
        }
    }

    /** What earlier runs migrated, for planning only changed users. */
    public synchronized MigrationHistory history() {
        List<MigratedUser> users = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT upn, fingerprint, migrated_at FROM migrated_user")) {
            while (rows.next()) {
                users.add(new MigratedUser(rows.getString(1), rows.getString(2),
                        Instant.ofEpochMilli(rows.getLong(3))));
            }
            return MigrationHistory.of(users);
        } catch (SQLException e) {
            throw new JournalException("cannot read the migration history: " + e.getMessage(), e);
        }
    }

    /**
     * Records a tenant-wide change as sent, with the setting's snapshot before it, before the request leaves.
     *
     * @return the change's id, for {@link #tenantChangeConfirmed} or {@link #tenantChangeFailed}
     */
    public synchronized long tenantChangeSent(TenantSetting setting, String tenantId, String subject, String action,
            String before) {
        try {
            long id = TenantTables.insertChange(connection, new TenantChange(0, Instant.ofEpochMilli(now()),
                    tenantId, setting, subject, action, before, null, EntryState.SENT, null));
            connection.commit();
            return id;
        } catch (SQLException e) {
            throw rollback("cannot record the change of " + subject, e);
        }
    }

    /** Graph confirmed the change; {@code after} is the setting as read back (JSON), or null when it is gone. */
    public synchronized void tenantChangeConfirmed(long id, String after) {
        finishChange(id, EntryState.CONFIRMED, after, null);
    }

    /** Graph refused the change; {@code after} is the setting as read back afterwards, or null. */
    public synchronized void tenantChangeFailed(long id, String error, String after) {
        finishChange(id, EntryState.FAILED, after, truncate(error));
    }

    /**
     * No answer, or an answer that does not tell whether the change took: it stays {@link EntryState#SENT}, with
     * what happened and the setting as read back afterwards when that could be read.
     */
    public synchronized void tenantChangeInDoubt(long id, String error, String after) {
        finishChange(id, EntryState.SENT, after, truncate(error));
    }

    /** Every tenant-wide change, oldest first. */
    public synchronized List<TenantChange> tenantChanges() {
        try {
            return TenantTables.changes(connection);
        } catch (SQLException e) {
            throw new JournalException("cannot read the tenant changes: " + e.getMessage(), e);
        }
    }

    public synchronized void recordVerification(Verification verification) {
        try {
            TenantTables.insertVerification(connection, verification);
            connection.commit();
        } catch (SQLException e) {
            throw rollback("cannot record the verification", e);
        }
    }

    /** The newest verification recorded for a tenant, of any group. */
    public synchronized java.util.Optional<Verification> lastVerification(String tenantId) {
        return lastVerification(tenantId, null);
    }

    /**
     * The newest verification of one group of a tenant.
     *
     * @param group the group's id or display name (any case), or null for any group
     */
    public synchronized java.util.Optional<Verification> lastVerification(String tenantId, String group) {
        try {
            return TenantTables.lastVerification(connection, tenantId, group);
        } catch (SQLException e) {
            throw new JournalException("cannot read the verifications: " + e.getMessage(), e);
        }
    }

    private void finishChange(long id, EntryState state, String after, String error) {
        try {
            TenantTables.finishChange(connection, id, state, after, error);
            connection.commit();
        } catch (SQLException e) {
            throw rollback("cannot record the answer to tenant change " + id, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new JournalException("cannot close the journal: " + e.getMessage(), e);
        }
    }

    private List<JournalEntry> query(String sql, long run, int... seq) {
        List<JournalEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, run);
            if (seq.length > 0) {
                select.setInt(2, seq[0]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new JournalException("cannot read the writes of run " + run + ": " + e.getMessage(), e);
        }
    }

    private static JournalEntry entry(ResultSet rows) throws SQLException {
        String undoMethod = rows.getString(9);
        JournalWrite.UndoRequest undo = undoMethod == null ? null
                : new JournalWrite.UndoRequest(undoMethod, rows.getString(10), rows.getString(11));
        JournalWrite write = new JournalWrite(rows.getInt(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getString(8), undo, rows.getString(17));
        return new JournalEntry(rows.getLong(1), write, EntryState.valueOf(rows.getString(12)), rows.getInt(13),
                Instant.ofEpochMilli(rows.getLong(14)), rows.getString(15), rows.getString(16));
    }

    private long now() {
        return clock.millis();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 4000) + "…";
    }

    private JournalException rollback(String what, SQLException e) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            e.addSuppressed(ignored);
        }
        return new JournalException(what + ": " + e.getMessage(), e);
    }
}
