package cutover.importers.inventory.report;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The servers a collection came from (a dependency's source) with their dependencies and the files seen. */
final class CollectedSources {

    /** One server's folder of the collection; {@code ""} is the top folder. */
    record Source(String name, int dependencies, List<String> files) {

        String shownName() {
            return name.isEmpty() ? "(top folder)" : name;
        }
    }

    private CollectedSources() {
    }

    /** Sorted by name, each source's files sorted. */
    static List<Source> of(List<AnalyzedDependency> dependencies) {
        Map<String, int[]> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Set<String>> files = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (AnalyzedDependency analyzed : dependencies) {
            String source = analyzed.dependency().source();
            counts.computeIfAbsent(source, s -> new int[1])[0]++;
            for (Evidence evidence : analyzed.dependency().evidence()) {
                files.computeIfAbsent(source, s -> new TreeSet<>()).add(evidence.file());
            }
        }
        List<Source> sources = new ArrayList<>();
        counts.forEach((name, count) -> sources.add(new Source(name, count[0],
                List.copyOf(files.getOrDefault(name, Set.of())))));
        return sources;
    }
}
