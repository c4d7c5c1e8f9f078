package cutover.core.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysed dependency inventory: every dependency with its recommendation, the problems of the import, and the
 * specialist's readiness records. Immutable; {@link #withReadiness} returns a changed copy.
 *
 * <p>Readiness records are kept by dependency id even when no dependency has that id any more (it disappeared in a
 * re-import), so that notes are not lost; {@link #orphanedReadiness()} lists them.
 */
public final class Inventory {

    private final List<AnalyzedDependency> dependencies;
    private final Map<String, AnalyzedDependency> byId;
    private final List<InventoryProblem> problems;
    private final List<SkippedFile> skippedFiles;
    private final Map<String, ReadinessRecord> readiness;

    public Inventory(List<AnalyzedDependency> dependencies, List<InventoryProblem> problems,
            List<SkippedFile> skippedFiles, Collection<ReadinessRecord> readiness) {
        this.dependencies = List.copyOf(dependencies);
        this.byId = new LinkedHashMap<>();
        for (AnalyzedDependency dependency : this.dependencies) {
            if (byId.putIfAbsent(dependency.id(), dependency) != null) {
                throw new IllegalArgumentException("two dependencies have the id " + dependency.id());
            }
        }
        this.problems = List.copyOf(problems);
        this.skippedFiles = List.copyOf(skippedFiles);
        this.readiness = new LinkedHashMap<>();
        for (ReadinessRecord record : readiness) {
            this.readiness.put(record.dependencyId(), record);
        }
    }

    /** In import order. */
    public List<AnalyzedDependency> dependencies() {
        return dependencies;
    }

    public Optional<AnalyzedDependency> dependency(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<InventoryProblem> problems() {
        return problems;
    }

    public List<SkippedFile> skippedFiles() {
        return skippedFiles;
    }

    /** The record for a dependency; {@link Readiness#NOT_STARTED} with no notes when there is none. */
    public ReadinessRecord readiness(String dependencyId) {
        ReadinessRecord record = readiness.get(dependencyId);
        return record != null ? record : ReadinessRecord.notStarted(dependencyId);
    }

    /** Every stored readiness record, of present and vanished dependencies, for saving. */
    public List<ReadinessRecord> readinessRecords() {
        return List.copyOf(readiness.values());
    }

    /** Records whose dependency is not in this inventory. */
    public List<ReadinessRecord> orphanedReadiness() {
        List<ReadinessRecord> orphans = new ArrayList<>();
        for (ReadinessRecord record : readiness.values()) {
            if (!byId.containsKey(record.dependencyId())) {
                orphans.add(record);
            }
        }
        return orphans;
    }

    public Inventory withReadiness(ReadinessRecord record) {
        List<ReadinessRecord> records = new ArrayList<>(readiness.values());
        records.removeIf(r -> r.dependencyId().equals(record.dependencyId()));
        records.add(record);
        return new Inventory(dependencies, problems, skippedFiles, records);
    }

    public InventorySummary summary() {
        Map<DependencyCategory, Integer> byCategory = zeros(DependencyCategory.class);
        Map<MigrationTarget, Integer> byTarget = zeros(MigrationTarget.class);
        Map<Readiness, Integer> byReadiness = zeros(Readiness.class);
        for (AnalyzedDependency analyzed : dependencies) {
            byCategory.merge(analyzed.dependency().category(), 1, Integer::sum);
            byTarget.merge(analyzed.recommendation().target(), 1, Integer::sum);
            byReadiness.merge(readiness(analyzed.id()).readiness(), 1, Integer::sum);
        }
        return new InventorySummary(dependencies.size(), byCategory, byTarget, byReadiness, problems.size(),
                skippedFiles.size());
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        return counts;
    }
}
