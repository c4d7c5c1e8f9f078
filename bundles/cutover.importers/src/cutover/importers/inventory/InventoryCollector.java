package cutover.importers.inventory;

import cutover.core.inventory.AdfsAccessControlPolicy;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.InventoryProblem;
import cutover.core.inventory.SkippedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers what the files of one import found; a dependency seen in several files becomes one, with all evidence. */
final class InventoryCollector {

    private final Map<String, Dependency> dependencies = new LinkedHashMap<>();
    private final List<AdfsAccessControlPolicy> accessControlPolicies = new ArrayList<>();
    private final List<InventoryProblem> problems = new ArrayList<>();
    private final List<SkippedFile> skipped = new ArrayList<>();
    private int filesRead;

    /** A file read to the end. */
    void accept(FileFindings findings) {
        problems.addAll(findings.problems());
        if (findings.skipReason() != null && findings.dependencies().isEmpty()
                && findings.accessControlPolicies().isEmpty()) {
            skipped.add(new SkippedFile(findings.file().displayName(), findings.skipReason()));
            return;
        }
        filesRead++;
        for (Dependency found : findings.dependencies()) {
            dependencies.merge(found.id(), found, Dependency::mergedWith);
        }
        accessControlPolicies.addAll(findings.accessControlPolicies());
    }

    /** A file that could not be read: its line problems and the reason, nothing it found. */
    void failed(FileFindings findings, long line, String message) {
        problems.addAll(findings.problems());
        problem(findings.file().displayName(), line, message);
    }

    void problem(String file, long line, String message) {
        problems.add(new InventoryProblem(file, line, message));
    }

    void skip(String file, String reason) {
        skipped.add(new SkippedFile(file, reason));
    }

    ImportedInventory result() {
        return new ImportedInventory(new ArrayList<>(dependencies.values()), accessControlPolicies, problems, skipped,
                filesRead);
    }
}
