package cutover.importers.inventory;

import cutover.core.inventory.AdfsAccessControlPolicy;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.InventoryProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a parser found in one file. The importer adds it to the inventory only when the whole file was read, so a
 * truncated or hostile file never contributes half a picture; line problems it reports are kept either way.
 */
final class FileFindings {

    private final CollectedFile file;
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<AdfsAccessControlPolicy> accessControlPolicies = new ArrayList<>();
    private final List<InventoryProblem> problems = new ArrayList<>();
    private String skipReason;

    FileFindings(CollectedFile file) {
        this.file = file;
    }

    CollectedFile file() {
        return file;
    }

    String source() {
        return file.source();
    }

    Evidence evidence(long line, String path, String seen) {
        return new Evidence(file.displayName(), line, path, seen);
    }

    void add(DependencyCategory category, String name, String identifier, Map<String, String> attributes,
            List<Evidence> evidence) {
        dependencies.add(Dependency.of(category, file.source(), name, identifier, attributes, evidence));
    }

    void add(AdfsAccessControlPolicy policy) {
        accessControlPolicies.add(policy);
    }

    /** A problem that does not stop the file being read, such as one bad CSV line. */
    void problem(long line, String message) {
        problems.add(new InventoryProblem(file.displayName(), line, message));
    }

    /** The file is of a known kind but holds nothing Cutover reads. */
    void skip(String reason) {
        skipReason = reason;
    }

    String skipReason() {
        return skipReason;
    }

    List<Dependency> dependencies() {
        return dependencies;
    }

    List<AdfsAccessControlPolicy> accessControlPolicies() {
        return accessControlPolicies;
    }

    List<InventoryProblem> problems() {
        return problems;
    }
}
