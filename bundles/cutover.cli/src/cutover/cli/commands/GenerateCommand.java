package cutover.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.UsageException;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.core.synthetic.SyntheticTenant;
import cutover.core.plan.MigrationHistory;
import cutover.core.tenant.TenantSnapshot;
import cutover.importers.mfaserver.ExportEncoding;
import cutover.importers.mfaserver.MfaServerExportWriter;
import cutover.importers.mfaserver.MigrationHistoryFile;
import cutover.importers.mfaserver.TenantSnapshotWriter;

/** {@code cutover generate mfaserver --users N --seed S --out FILE}: realistic, deterministic test data. */
public final class GenerateCommand implements Command {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write a realistic synthetic MFA Server export or matching tenant snapshot";
    }

    @Override
    public String help() {
        return """
                Usage: cutover generate mfaserver --users N [--seed S] --out FILE [--format csv|jsonl]
                       cutover generate tenant --users N [--seed S] --out FILE [--history FILE]

                mfaserver  N synthetic MFA Server users in Cutover's export format v1: several country codes, about
                           10% of phones with extensions, backup phones, 0–7 mobile-app devices (some with duplicate
                           names), OATH tokens, disabled users.
                tenant     the Entra tenant snapshot (format v1, JSON Lines) that matches the MFA Server export of
                           the same N and seed: a few users missing or found only by SID, some already migrated,
                           some changed, some with other methods; the methods policy varies with the seed.
                The same seed always gives the same file.
                --history FILE   (tenant) also write the migration history of the users "already migrated", so
                                 that "cutover plan --history FILE" skips them and picks up the changed ones

                Options:
                  --users N        number of users (1 … 10,000,000)
                  --seed S         random seed (default 1)
                  --out FILE       file to write; its folder is created when missing
                  --format F       csv (default) or jsonl; a .jsonl/.ndjson file name implies jsonl
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(words, Set.of("users", "seed", "out", "format", "history"), Set.of());
        String what = args.positional().size() == 1 ? args.positional().get(0) : "";
        if (!what.equals("mfaserver") && !what.equals("tenant")) {
            throw new UsageException("say what to generate: \"cutover generate mfaserver …\" or \"cutover generate tenant …\"");
        }
        int users = (int) args.number("users", -1, 1, 10_000_000);
        if (users < 0) {
            throw new UsageException("option --users is required");
        }
        long seed = args.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        Path file = args.path("out");
        String historyFile = args.string("history", null);
        if (historyFile != null && !what.equals("tenant")) {
            throw new UsageException("--history goes with \"cutover generate tenant\" only");
        }
        ExportEncoding encoding = what.equals("tenant") ? ExportEncoding.JSON_LINES
                : encoding(args.string("format", null), file);
        long started = System.nanoTime();
        long written;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (what.equals("tenant")) {
                TenantSnapshot snapshot = new SyntheticTenant(seed).snapshot(users);
                new TenantSnapshotWriter().write(file, snapshot);
                written = snapshot.users().size();
                if (historyFile != null) {
                    MigrationHistory history = new SyntheticTenant(seed).history(users);
                    new MigrationHistoryFile().write(Path.of(historyFile), history);
                    out.printf(Locale.US, "Wrote the migration history of %,d users to %s%n", history.size(),
                            historyFile);
                }
            } else {
                written = new MfaServerExportWriter(encoding).write(file, new SyntheticMfaServerUsers(seed).users(users));
            }
        } catch (IOException e) {
            err.println("cutover generate: cannot write " + file + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        out.printf(Locale.US, "Wrote %,d %s (seed %d, %s) to %s in %.1f s%n", written,
                what.equals("tenant") ? "Entra users" : "users", seed, encoding, file, (System.nanoTime() - started) / 1e9);
        return ExitCode.OK;
    }

    static ExportEncoding encoding(String format, Path file) throws UsageException {
        if (format == null) {
            return ExportEncoding.fromFileName(file);
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> ExportEncoding.CSV;
            case "jsonl", "ndjson", "json-lines" -> ExportEncoding.JSON_LINES;
            default -> throw new UsageException("--format must be csv or jsonl, not \"" + format + "\"");
        };
    }
}
