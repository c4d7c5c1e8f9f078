package cutover.core.inventory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of an inventory, every enum value present (zero when none).
 *
 * @param total number of dependencies
 * @param byCategory dependencies per category
 * @param byTarget dependencies per recommended target
 * @param byReadiness dependencies per readiness
 * @param problems number of import problems
 * @param skippedFiles number of files skipped as unknown
 */
public record InventorySummary(int total, Map<DependencyCategory, Integer> byCategory,
        Map<MigrationTarget, Integer> byTarget, Map<Readiness, Integer> byReadiness, int problems, int skippedFiles) {

    public InventorySummary {
        byCategory = Collections.unmodifiableMap(new EnumMap<>(byCategory));
        byTarget = Collections.unmodifiableMap(new EnumMap<>(byTarget));
        byReadiness = Collections.unmodifiableMap(new EnumMap<>(byReadiness));
    }
}
