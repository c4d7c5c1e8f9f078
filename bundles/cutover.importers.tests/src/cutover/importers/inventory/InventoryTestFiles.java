package cutover.importers.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyAnalyzer;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventoryProblem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the fixture files under {@code fixtures/inventory} of this test bundle and imports them. Tycho runs tests
 * in {@code target/work}, an IDE or a plain JVM in the bundle or repository folder: the folder is looked for upwards
 * from the working directory, then as a bundle resource.
 */
final class InventoryTestFiles {

    private static final String FOLDER = "fixtures/inventory";

    private InventoryTestFiles() {
    }

    static Path fixtures() {
        String configured = System.getProperty("cutover.inventory.fixtures");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (String candidate : new String[] {FOLDER, "cutover.importers.tests/" + FOLDER,
                "bundles/cutover.importers.tests/" + FOLDER}) {
                if (Files.isDirectory(dir.resolve(candidate))) {
                    return dir.resolve(candidate);
                }
            }
        }
        URL resource = InventoryTestFiles.class.getResource("/" + FOLDER + "/nps/ws2012r2-netsh-export.xml");
        if (resource != null && resource.getProtocol().equals("file")) {
            try {
                return Path.of(resource.toURI()).getParent().getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("cannot find " + FOLDER + " from " + Path.of("").toAbsolutePath()
                + "; set -Dcutover.inventory.fixtures");
    }

    static Path fixture(String relative) {
        Path file = fixtures().resolve(relative);
        assertTrue(Files.isRegularFile(file), "fixture " + file);
        return file;
    }

    /** Copies fixtures into {@code collection/server/} under their own names and returns the collection. */
    static Path collect(Path collection, String server, String... fixtures) throws IOException {
        Path folder = collection.resolve(server);
        Files.createDirectories(folder);
        for (String relative : fixtures) {
            Files.copy(fixture(relative), folder.resolve(Path.of(relative).getFileName().toString()));
        }
        return collection;
    }

    static ImportedInventory importFile(String relative) {
        return new InventoryImporter().importFrom(fixture(relative), null);
    }

    static Inventory analyze(Path path) {
        return new DependencyAnalyzer().analyze(new InventoryImporter().importFrom(path, null));
    }

    /** Imports one fixture that must import without problems. */
    static ImportedInventory importClean(String relative) {
        ImportedInventory imported = importFile(relative);
        assertEquals(List.of(), imported.problems(), relative);
        assertEquals(1, imported.filesRead(), relative + " was read");
        return imported;
    }

    static Dependency named(ImportedInventory imported, String name) {
        return imported.dependencies().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no dependency " + name + " in " + names(imported)));
    }

    static AnalyzedDependency named(Inventory inventory, String name) {
        return inventory.dependencies().stream().filter(d -> d.dependency().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no dependency " + name));
    }

    static List<String> names(ImportedInventory imported) {
        return imported.dependencies().stream().map(Dependency::name).collect(Collectors.toList());
    }

    /** The one problem of an import, which must name the file and line given. */
    static InventoryProblem onlyProblem(ImportedInventory imported) {
        assertEquals(1, imported.problems().size(), () -> "problems: " + imported.problems());
        return imported.problems().get(0);
    }
}
