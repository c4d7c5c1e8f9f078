package cutover.core.inventory;

import java.util.List;

/**
 * Everything an import of collected files found, before analysis.
 *
 * @param dependencies the dependencies found, each id once, in the order first seen
 * @param accessControlPolicies AD FS access control policies, looked up by relying party trusts
 * @param problems problems with files, in the order found
 * @param skippedFiles files that are none of the known kinds
 * @param filesRead how many files were read successfully
 */
public record ImportedInventory(List<Dependency> dependencies, List<AdfsAccessControlPolicy> accessControlPolicies,
        List<InventoryProblem> problems, List<SkippedFile> skippedFiles, int filesRead) {

    public ImportedInventory {
        dependencies = List.copyOf(dependencies);
        accessControlPolicies = List.copyOf(accessControlPolicies);
        problems = List.copyOf(problems);
        skippedFiles = List.copyOf(skippedFiles);
    }
}
