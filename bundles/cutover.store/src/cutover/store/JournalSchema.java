package cutover.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the journal's tables and checks that an existing journal has the version this code reads. */
final class JournalSchema {

    /** 2 added the tenant-wide changes and the verifications; a version 1 journal is upgraded on open. */
    static final int VERSION = 2;

    private static final String[] TABLES = {
        "CREATE TABLE IF NOT EXISTS schema_version(version INT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS run(id BIGINT AUTO_INCREMENT PRIMARY KEY, kind VARCHAR(8) NOT NULL, "
                + "undo_of BIGINT, tenant_id VARCHAR(64) NOT NULL, source VARCHAR(2048) NOT NULL, "
                + "started_at BIGINT NOT NULL, finished_at BIGINT)",
        "CREATE TABLE IF NOT EXISTS entry(run_id BIGINT NOT NULL, seq INT NOT NULL, upn VARCHAR(1024) NOT NULL, "
                + "object_id VARCHAR(64) NOT NULL, http_method VARCHAR(8) NOT NULL, path VARCHAR(1024) NOT NULL, "
                + "body VARCHAR(4096), rule VARCHAR(64) NOT NULL, undo_method VARCHAR(8), undo_path VARCHAR(1024), "
                + "undo_body VARCHAR(4096), fingerprint VARCHAR(32), state VARCHAR(10) NOT NULL, attempts INT NOT NULL, "
                + "updated_at BIGINT NOT NULL, result_id VARCHAR(256), error VARCHAR(4096), "
                + "PRIMARY KEY(run_id, seq), FOREIGN KEY(run_id) REFERENCES run(id))",
        "CREATE INDEX IF NOT EXISTS entry_state ON entry(run_id, state)",
        "CREATE INDEX IF NOT EXISTS entry_object ON entry(object_id)",
        "CREATE TABLE IF NOT EXISTS migrated_user(upn VARCHAR(1024) PRIMARY KEY, fingerprint VARCHAR(32) NOT NULL, "
                + "migrated_at BIGINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS tenant_change(id BIGINT AUTO_INCREMENT PRIMARY KEY, at BIGINT NOT NULL, "
                + "tenant_id VARCHAR(64) NOT NULL, setting VARCHAR(16) NOT NULL, subject VARCHAR(1024) NOT NULL, "
                + "action VARCHAR(1024) NOT NULL, before_state CLOB, after_state CLOB, state VARCHAR(10) NOT NULL, "
                + "error VARCHAR(4096))",
        "CREATE TABLE IF NOT EXISTS verification(id BIGINT AUTO_INCREMENT PRIMARY KEY, at BIGINT NOT NULL, "
                + "tenant_id VARCHAR(64) NOT NULL, group_id VARCHAR(64) NOT NULL, group_name VARCHAR(1024) NOT NULL, "
                + "members INT NOT NULL, ready INT NOT NULL, user_action INT NOT NULL, no_data INT NOT NULL, "
                + "not_migrated CLOB NOT NULL, missing CLOB NOT NULL)"
    };

    private JournalSchema() {
    }

    static void createOrCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
            try (ResultSet version = statement.executeQuery("SELECT version FROM schema_version")) {
                if (!version.next()) {
                    statement.execute("INSERT INTO schema_version VALUES (" + VERSION + ")");
                } else if (version.getInt(1) == 1) {
                    statement.execute("UPDATE schema_version SET version = " + VERSION);
                } else if (version.getInt(1) != VERSION) {
                    throw new JournalException("the journal has version " + version.getInt(1) + "; this version of "
                            + "Cutover reads version " + VERSION + " only");
                }
            }
        }
        connection.commit();
    }
}
