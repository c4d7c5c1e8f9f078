package cutover.store;

import cutover.core.audit.AuditEvent;
import cutover.core.audit.PropertyChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The workspace's own copy of Entra ID's directory audit events, so migration history outlives Entra's 7 or 30 days
 * of retention: an embedded H2 database in {@code <workspace>/audit/}. Storing is idempotent by event id. The
 * archive remembers the newest activity time of the last completed fetch; the next fetch starts there, a little
 * earlier (Entra ID lists some events minutes after their activity time).
 * <p>
 * A file of its own rather than tables in the journal: the journal is held by one migration run or sync round at a
 * time, and a fetch paced at the reports limit takes minutes; neither should wait for the other.
 */
public final class AuditArchive implements AutoCloseable {

    public static final String FOLDER = "audit";
    public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(15);

    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final String CURSOR = "directoryAudits";
    private static final String[] TABLES = {
        "CREATE TABLE IF NOT EXISTS audit_event(id VARCHAR(512) PRIMARY KEY, activity_at BIGINT NOT NULL, "
                + "activity VARCHAR(1024), category VARCHAR(256), service VARCHAR(256), result VARCHAR(64), "
                + "app_name VARCHAR(1024), app_id VARCHAR(64), initiator_user_id VARCHAR(64), initiator_upn VARCHAR(1024), "
                + "target_user_id VARCHAR(64), target_upn VARCHAR(1024))",
        "CREATE INDEX IF NOT EXISTS audit_event_time ON audit_event(activity_at)",
        "CREATE INDEX IF NOT EXISTS audit_event_target ON audit_event(target_user_id)",
        "CREATE TABLE IF NOT EXISTS audit_change(event_id VARCHAR(512) NOT NULL, seq INT NOT NULL, "
                + "name VARCHAR(1024), old_value VARCHAR(1000000), new_value VARCHAR(1000000), "
                + "PRIMARY KEY(event_id, seq), FOREIGN KEY(event_id) REFERENCES audit_event(id))",
        "CREATE TABLE IF NOT EXISTS audit_cursor(name VARCHAR(64) PRIMARY KEY, newest_at BIGINT NOT NULL)"
    };

    private final Connection connection;

    private AuditArchive(Connection connection) {
        this.connection = connection;
    }

    /** Opens (and creates when needed) the archive of a workspace; one process at a time. */
    public static AuditArchive open(Path workspace) {
        Path folder = workspace.resolve(FOLDER).toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new JournalException("cannot create the audit archive folder " + folder + ": " + e.getMessage(), e);
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + folder.resolve("audit") + ";DB_CLOSE_ON_EXIT=FALSE");
        try {
            Connection connection = source.getConnection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.execute(table);
                }
            }
            connection.commit();
            return new AuditArchive(connection);
        } catch (SQLException e) {
            String why = e.getErrorCode() == H2_DATABASE_ALREADY_OPEN
                    ? "it is open in another Cutover process; close that one first" : e.getMessage();
            throw new JournalException("cannot open the audit archive in " + folder + ": " + why, e);
        }
    }

    /**
     * Stores the events not stored yet, in one transaction.
     *
     * @return how many were new
     */
    public synchronized int add(List<AuditEvent> events) {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM audit_event WHERE id = ?");
                PreparedStatement event = connection.prepareStatement("INSERT INTO audit_event VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement change = connection.prepareStatement("INSERT INTO audit_change VALUES "
                        + "(?, ?, ?, ?, ?)")) {
            int added = 0;
            for (AuditEvent e : events) {
                exists.setString(1, e.id());
                try (ResultSet found = exists.executeQuery()) {
                    if (found.next()) {
                        continue;
                    }
                }
                insert(event, e);
                for (int seq = 0; seq < e.changes().size(); seq++) {
                    PropertyChange c = e.changes().get(seq);
                    change.setString(1, e.id());
                    change.setInt(2, seq);
                    change.setString(3, c.displayName());
                    change.setString(4, c.oldValue());
                    change.setString(5, c.newValue());
                    change.addBatch();
                }
                added++;
            }
            change.executeBatch();
            connection.commit();
            return added;
        } catch (SQLException e) {
            rollback();
            throw new JournalException("cannot store audit events: " + e.getMessage(), e);
        }
    }

    private static void insert(PreparedStatement statement, AuditEvent e) throws SQLException {
        statement.setString(1, e.id());
        statement.setLong(2, nanos(e.activityDateTime()));
        statement.setString(3, e.activityDisplayName());
        statement.setString(4, e.category());
        statement.setString(5, e.loggedByService());
        statement.setString(6, e.result());
        statement.setString(7, e.initiator().appDisplayName());
        statement.setString(8, e.initiator().appId());
        statement.setString(9, e.initiator().userId());
        statement.setString(10, e.initiator().userPrincipalName());
        statement.setString(11, e.targetUserId());
        statement.setString(12, e.targetUserPrincipalName());
        statement.executeUpdate();
    }

    /** The newest activity time of the last completed fetch, if a fetch ever completed. */
    public synchronized Optional<Instant> newestFetched() {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT newest_at FROM audit_cursor WHERE name = ?")) {
            query.setString(1, CURSOR);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(instant(row.getLong(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new JournalException("cannot read the audit fetch cursor: " + e.getMessage(), e);
        }
    }

    /**
     * Records that a fetch completed with this newest activity time. Call only after every event of the fetch is
     * stored: a cancelled fetch must start from the old cursor again. The cursor never moves back.
     */
    public synchronized void recordFetched(Instant newest) {
        Optional<Instant> current = newestFetched();
        if (current.isPresent() && !newest.isAfter(current.get())) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO audit_cursor KEY(name) VALUES (?, ?)")) {
            merge.setString(1, CURSOR);
            merge.setLong(2, nanos(newest));
            merge.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new JournalException("cannot record the audit fetch cursor: " + e.getMessage(), e);
        }
    }

    /** Where the next fetch starts: the cursor less the overlap, or empty when nothing was fetched yet. */
    public Optional<Instant> nextFetchStart(Duration overlap) {
        return newestFetched().map(newest -> newest.minus(overlap));
    }

    /** The stored events that match, newest first. */
    public synchronized List<AuditEvent> find(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE TRUE");
        List<Object> values = new ArrayList<>();
        if (query.from() != null) {
            sql.append(" AND activity_at >= ?");
            values.add(nanos(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND activity_at < ?");
            values.add(nanos(query.to()));
        }
        if (query.user() != null) {
            sql.append(" AND (LOWER(target_user_id) = LOWER(?) OR LOWER(target_upn) = LOWER(?))");
            values.add(query.user());
            values.add(query.user());
        }
        if (query.activity() != null) {
            sql.append(" AND LOWER(activity) = LOWER(?)");
            values.add(query.activity());
        }
        if (query.initiator() != null) {
            sql.append(" AND ? IN (LOWER(app_name), LOWER(app_id), LOWER(initiator_user_id), LOWER(initiator_upn))");
            values.add(query.initiator().toLowerCase(java.util.Locale.ROOT));
        }
        sql.append(" ORDER BY activity_at DESC, id LIMIT ").append(query.limit());
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<AuditEvent> events = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    events.add(event(row, List.of()));
                }
            }
            for (int i = 0; i < events.size(); i++) {
                events.set(i, withChanges(events.get(i), changes(events.get(i).id())));
            }
            return events;
        } catch (SQLException e) {
            throw new JournalException("cannot read audit events: " + e.getMessage(), e);
        }
    }

    /** The stored event with this id, if any. */
    public synchronized Optional<AuditEvent> event(String id) {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM audit_event WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(event(row, changes(id))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new JournalException("cannot read audit event " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Hands every stored event to {@code each}, oldest first, reading events and their changes in one ordered pass
     * (a million events without a query per event).
     *
     * @param cancelled asked between events; when it answers true the pass stops
     */
    public synchronized void forEach(java.util.function.Consumer<AuditEvent> each,
            java.util.function.BooleanSupplier cancelled) {
        String sql = "SELECT e.*, c.seq, c.name, c.old_value, c.new_value FROM audit_event e "
                + "LEFT JOIN audit_change c ON c.event_id = e.id ORDER BY e.activity_at, e.id, c.seq";
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1_000);
            try (ResultSet row = statement.executeQuery(sql)) {
                AuditEvent current = null;
                List<PropertyChange> changes = new ArrayList<>();
                while (row.next()) {
                    String id = row.getString("id");
                    if (current == null || !id.equals(current.id())) {
                        if (current != null) {
                            each.accept(withChanges(current, changes));
                            if (cancelled.getAsBoolean()) {
                                return;
                            }
                        }
                        current = event(row, List.of());
                        changes = new ArrayList<>();
                    }
                    if (row.getObject("seq") != null) {
                        changes.add(new PropertyChange(row.getString("name"), row.getString("old_value"),
                                row.getString("new_value")));
                    }
                }
                if (current != null) {
                    each.accept(withChanges(current, changes));
                }
            }
        } catch (SQLException e) {
            throw new JournalException("cannot read audit events: " + e.getMessage(), e);
        }
    }

    private static AuditEvent withChanges(AuditEvent e, List<PropertyChange> changes) {
        return new AuditEvent(e.id(), e.activityDateTime(), e.activityDisplayName(), e.category(),
                e.loggedByService(), e.result(), e.initiator(), e.targetUserId(), e.targetUserPrincipalName(),
                changes);
    }

    private static AuditEvent event(ResultSet row, List<PropertyChange> changes) throws SQLException {
        return new AuditEvent(row.getString("id"), instant(row.getLong("activity_at")), row.getString("activity"),
                row.getString("category"), row.getString("service"), row.getString("result"),
                new AuditEvent.Initiator(row.getString("app_name"), row.getString("app_id"),
                        row.getString("initiator_user_id"), row.getString("initiator_upn")),
                row.getString("target_user_id"), row.getString("target_upn"), changes);
    }

    private List<PropertyChange> changes(String eventId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, old_value, new_value FROM audit_change WHERE event_id = ? ORDER BY seq")) {
            query.setString(1, eventId);
            List<PropertyChange> changes = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    changes.add(new PropertyChange(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
            return changes;
        }
    }

    /** How many events the archive holds. */
    public synchronized long size() {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM audit_event")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new JournalException("cannot count audit events: " + e.getMessage(), e);
        }
    }

    // Graph gives activity times to 100 ns; epoch nanoseconds keep them exact and order as numbers (until 2262).
    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new JournalException("cannot close the audit archive: " + e.getMessage(), e);
        }
    }
}
