package cutover.migration.ui.wave;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cutover.core.plan.OathSeed;
import cutover.importers.mfaserver.ImportProblem;
import cutover.importers.plan.OathSeedFileReader;

/**
 * A hardware token vendor's seed file, read for a migration: the rows (serial, user, interval; no secret) plan the
 * tokens, the secret keys create them. The secrets live in this object only, never on disk or screen, and are
 * overwritten when another file replaces this one or the workbench closes.
 */
public final class TokenSeeds {

    public static final TokenSeeds NONE = new TokenSeeds(null, Map.of(), Map.of(), List.of());

    private final Path file;
    private final Map<String, OathSeed> rows;
    private final Map<String, char[]> secrets;
    private final List<ImportProblem> problems;

    private TokenSeeds(Path file, Map<String, OathSeed> rows, Map<String, char[]> secrets,
            List<ImportProblem> problems) {
        this.file = file;
        this.rows = rows;
        this.secrets = secrets;
        this.problems = problems;
    }

    /** Reads the file; rejected rows are kept as problems (file, line, why), the rest is usable. */
    public static TokenSeeds read(Path file) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        OathSeedFileReader reader = new OathSeedFileReader();
        Map<String, OathSeed> rows = reader.read(file, problems::add);
        Map<String, char[]> secrets = reader.readSecrets(file, problem -> { });
        return new TokenSeeds(file, rows, secrets, List.copyOf(problems));
    }

    public Path file() {
        return file;
    }

    public Map<String, OathSeed> rows() {
        return rows;
    }

    /** For the run that creates the tokens; the caller must not keep them. */
    Map<String, char[]> secrets() {
        return secrets;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    void forget() {
        secrets.values().forEach(secret -> Arrays.fill(secret, '\0'));
    }
}
