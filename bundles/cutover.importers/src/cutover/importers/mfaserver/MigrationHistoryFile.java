package cutover.importers.mfaserver;

import cutover.core.plan.MigratedUser;
import cutover.core.plan.MigrationHistory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The migration history file (format {@code cutover-migration-history} v1, JSON Lines; see
 * docs/formats/migration-history-v1.md): one line per migrated user with the fingerprint of the data written and
 * when. A bad header makes the file unusable; a bad user line is reported with its line number and skipped.
 */
public final class MigrationHistoryFile {

    static final String NAME = "cutover-migration-history";
    private static final int VERSION = 1;
    private static final Set<String> HEADER_FIELDS = Set.of("format", "version");
    private static final Set<String> USER_FIELDS = Set.of("upn", "fingerprint", "migratedAt");

    /**
     * @param rejected receives each rejected user line
     * @throws IOException when the file is missing or unreadable, or its first line is not this format's header;
     *             the message starts with {@code file:line:}
     */
    public MigrationHistory read(Path file, Consumer<ImportProblem> rejected) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            LineSource lines = new LineSource(in);
            JsonLineObjects json = new JsonLineObjects();
            if (!lines.next()) {
                throw fatal(file, 0, "the file is empty");
            }
            try {
                header(new JsonObjectFields(json.parse(lines.buffer(), lines.start(), lines.end()), ""));
            } catch (LineRejectedException e) {
                throw fatal(file, 1, e.getMessage());
            }
            List<MigratedUser> users = new ArrayList<>();
            Map<String, Long> lineOfUpn = new HashMap<>();
            while (lines.next()) {
                if (lines.start() == lines.end()) {
                    continue;
                }
                try {
                    if (lines.tooLong()) {
                        throw new LineRejectedException("the line is too long");
                    }
                    MigratedUser user = user(new JsonObjectFields(json.parse(lines.buffer(), lines.start(),
                            lines.end()), ""));
                    Long earlier = lineOfUpn.putIfAbsent(user.upn(), lines.lineNumber());
                    if (earlier != null) {
                        throw new LineRejectedException("user " + user.upn() + " already appears on line " + earlier);
                    }
                    users.add(user);
                } catch (LineRejectedException e) {
                    rejected.accept(new ImportProblem(file, lines.lineNumber(), e.getMessage()));
                }
            }
            return MigrationHistory.of(users);
        } catch (NoSuchFileException e) {
            throw fatal(file, 0, "the file does not exist");
        }
    }

    private static void header(JsonObjectFields header) throws LineRejectedException {
        if (!NAME.equals(header.text("format"))) {
            throw new LineRejectedException("this is not a Cutover migration history: the first line must be "
                    + "{\"format\":\"" + NAME + "\",\"version\":" + VERSION + "}");
        }
        BigDecimal version = header.requiredNumber("version");
        if (version.compareTo(BigDecimal.valueOf(VERSION)) != 0) {
            throw new LineRejectedException("unsupported migration history version " + version.toPlainString()
                    + "; this version of Cutover reads version " + VERSION + " only");
        }
        header.allowOnly(HEADER_FIELDS);
    }

    private static MigratedUser user(JsonObjectFields fields) throws LineRejectedException {
        fields.allowOnly(USER_FIELDS);
        String upn = fields.requiredText("upn");
        String fingerprint = fields.requiredText("fingerprint");
        Instant migratedAt = fields.instant("migratedAt");
        if (migratedAt == null) {
            throw fields.rejected("migratedAt", "the time of the migration is missing");
        }
        try {
            return new MigratedUser(upn, fingerprint, migratedAt);
        } catch (IllegalArgumentException e) {
            throw new LineRejectedException(e.getMessage());
        }
    }

    /** Writes the history to {@code file} through a temporary file, so a failure never leaves half a file. */
    public void write(Path file, MigrationHistory history) throws IOException {
        ReplaceFile.write(file, stream -> {
            Writer out = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            out.write("{\"format\":\"" + NAME + "\",\"version\":" + VERSION + "}\n");
            List<MigratedUser> users = new ArrayList<>(history.users());
            users.sort((a, b) -> a.upn().compareTo(b.upn()));
            StringBuilder line = new StringBuilder(160);
            for (MigratedUser user : users) {
                line.setLength(0);
                line.append("{\"upn\":");
                JsonText.appendQuoted(line, user.upn());
                line.append(",\"fingerprint\":\"").append(user.fingerprint()).append("\",\"migratedAt\":\"")
                        .append(user.migratedAt()).append("\"}\n");
                out.append(line);
            }
            out.flush();
            return null;
        });
    }

    private static IOException fatal(Path file, long line, String message) {
        return new IOException(new ImportProblem(file, line, message).toString());
    }
}
