package cutover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The journal's tables of tenant-wide changes and verifications; the {@link Journal} commits. */
final class TenantTables {

    private static final String SELECT_CHANGE = "SELECT id, at, tenant_id, setting, subject, action, before_state, "
            + "after_state, state, error FROM tenant_change ";

    private TenantTables() {
    }

    static long insertChange(Connection connection, TenantChange change) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tenant_change(at, tenant_id, "
                + "setting, subject, action, before_state, state) VALUES (?, ?, ?, ?, ?, ?, 'SENT')",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, change.at().toEpochMilli());
            insert.setString(2, change.tenantId());
            insert.setString(3, change.setting().name());
            insert.setString(4, change.subject());
            insert.setString(5, change.action());
            insert.setString(6, change.before());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void finishChange(Connection connection, long id, EntryState state, String after, String error)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE tenant_change SET state = ?, after_state = ?, error = ? WHERE id = ?")) {
            update.setString(1, state.name());
            update.setString(2, after);
            update.setString(3, error);
            update.setLong(4, id);
            if (update.executeUpdate() != 1) {
                throw new SQLException("there is no tenant change " + id);
            }
        }
    }

    static List<TenantChange> changes(Connection connection) throws SQLException {
        List<TenantChange> changes = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(SELECT_CHANGE + "ORDER BY id")) {
            while (rows.next()) {
                changes.add(new TenantChange(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)),
                        rows.getString(3), TenantSetting.valueOf(rows.getString(4)), rows.getString(5),
                        rows.getString(6), rows.getString(7), rows.getString(8), EntryState.valueOf(rows.getString(9)),
                        rows.getString(10)));
            }
        }
        return changes;
    }

    static void insertVerification(Connection connection, Verification verification) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO verification(at, tenant_id, "
                + "group_id, group_name, members, ready, user_action, no_data, not_migrated, missing) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, verification.at().toEpochMilli());
            insert.setString(2, verification.tenantId());
            insert.setString(3, verification.groupId());
            insert.setString(4, verification.groupName());
            insert.setInt(5, verification.members());
            insert.setInt(6, verification.ready());
            insert.setInt(7, verification.userAction());
            insert.setInt(8, verification.noData());
            insert.setString(9, String.join("\n", verification.notMigrated()));
            insert.setString(10, String.join("\n", verification.missing()));
            insert.executeUpdate();
        }
    }

    static Optional<Verification> lastVerification(Connection connection, String tenantId, String group)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT at, tenant_id, group_id, group_name, "
                + "members, ready, user_action, no_data, not_migrated, missing FROM verification WHERE tenant_id = ? "
                + "AND (CAST(? AS VARCHAR) IS NULL OR LOWER(group_id) = LOWER(?) OR LOWER(group_name) = LOWER(?)) "
                + "ORDER BY id DESC LIMIT 1")) {
            select.setString(1, tenantId);
            select.setString(2, group);
            select.setString(3, group);
            select.setString(4, group);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Verification(Instant.ofEpochMilli(rows.getLong(1)), rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getInt(5), rows.getInt(6), rows.getInt(7),
                        rows.getInt(8), lines(rows.getString(9)), lines(rows.getString(10))));
            }
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
