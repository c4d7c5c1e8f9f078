package cutover.importers.inventory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyAnalyzer;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.Inventory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No shared secret or password in any collected file comes out of an import: not in a dependency, its attributes,
 * evidence, signatures or recommendation, not in a problem or skipped file, not in any toString.
 */
class SecretsNeverKeptTest {

    /** Secret-bearing elements, attributes and connection string parts of the files Cutover reads. */
    private static final List<Pattern> SECRET_PATTERNS = List.of(
            Pattern.compile("<(\\w*(?:Secret|Password|PASSWORD|_KEY)\\w*)\\b[^>]*>([^<]+)</\\1>"),
            Pattern.compile("<SS\\b[^>]*>([^<]+)</SS>"),
            Pattern.compile("key=\"[^\"]*PASSWORD[^\"]*\"\\s+value=\"([^\"]+)\""),
            Pattern.compile("Password=([^;\"]+)"),
            Pattern.compile("(FixtureSecret-[\\w-]+)"));

    @TempDir
    Path dir;

    @Test
    void noFixtureSecretAppearsAnywhere() throws Exception {
        Set<String> secrets = new LinkedHashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(InventoryTestFiles.fixtures())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            secrets.addAll(secretsIn(file));
        }
        assertTrue(secrets.size() >= 25, "the fixtures have secrets to look for: " + secrets.size());

        ImportedInventory imported = new InventoryImporter().importFrom(InventoryTestFiles.fixtures(), null);
        assertTrue(imported.dependencies().size() > 40);

        assertNoneAppears(secrets, imported);
    }

    @Test
    void noGeneratedSecretAppearsAnywhere() throws Exception {
        InventoryFixtures fixtures = new InventoryFixtures(11);
        Path folder = fixtures.writeFolder(dir.resolve("c"), 300, 50);
        Set<String> secrets = new LinkedHashSet<>(fixtures.secretsWritten());
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                secrets.addAll(secretsIn(file));
            }
        }
        assertTrue(secrets.size() > 300, "one per client and more: " + secrets.size());

        assertNoneAppears(secrets, new InventoryImporter().importFrom(folder, null));
    }

    private static void assertNoneAppears(Set<String> secrets, ImportedInventory imported) {
        Inventory inventory = new DependencyAnalyzer().analyze(imported);
        List<String> texts = new ArrayList<>();
        texts.add(imported.toString());
        texts.add(inventory.summary().toString());
        imported.problems().forEach(p -> texts.add(p.toString()));
        imported.skippedFiles().forEach(s -> texts.add(s.toString()));
        imported.accessControlPolicies().forEach(p -> texts.add(p.toString()));
        for (AnalyzedDependency analyzed : inventory.dependencies()) {
            Dependency d = analyzed.dependency();
            texts.add(analyzed.toString());
            texts.add(d.name());
            texts.add(String.valueOf(d.identifier()));
            d.attributes().forEach((k, v) -> texts.add(k + "=" + v));
            for (Evidence e : d.evidence()) {
                texts.add(e.toString());
                texts.add(e.location());
            }
            texts.addAll(analyzed.recommendation().reasons());
            texts.addAll(analyzed.recommendation().caveats());
        }
        String all = String.join("\n", texts);
        for (String secret : secrets) {
            assertFalse(all.contains(secret), "a secret got out: " + secret.substring(0, 4) + "…");
        }
    }

    /** The secret values of a fixture file, in whatever encoding it is. */
    private static Set<String> secretsIn(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file));
        Set<String> secrets = new LinkedHashSet<>();
        for (Pattern pattern : SECRET_PATTERNS) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String value = matcher.group(matcher.groupCount()).trim();
                if (value.length() >= 6) {
                    secrets.add(value);
                }
            }
        }
        if (file.getFileName().toString().endsWith(".csv") && text.contains("shared_secret")) {
            for (String line : text.split("\r?\n")) {
                String[] fields = line.split(",");
                if (fields.length > 4 && !fields[4].equals("shared_secret")) {
                    secrets.add(fields[4]);
                }
            }
        }
        return secrets;
    }

    private static String decode(byte[] bytes) {
        var charset = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
