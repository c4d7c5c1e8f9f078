package cutover.importers.inventory.readiness;

import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.ReadinessRecord;
import cutover.importers.mfaserver.JsonText;
import cutover.importers.text.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which dependencies the inventory analysed last in a workspace had ({@code <workspace>/inventory/roster.json},
 * format {@code cutover-inventory-roster} v1, docs/formats/inventory-roster-v1.md), so that what is not migrated yet
 * can be told from the workspace alone, without the collection. Only what names a dependency is kept, never its
 * attributes, so never a secret. A file that cannot be read exactly is refused whole, with its line.
 */
public final class InventoryRoster {

    static final String FORMAT = "cutover-inventory-roster";
    static final int VERSION = 1;
    private static final Set<String> HEADER_FIELDS = Set.of("format", "version", "source", "analysedAt",
            "dependencies");
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "category", "name", "source", "identifier");

    /**
     * One dependency of the inventory, as {@link Dependency} names it.
     *
     * @param server the server it was collected from ({@link Dependency#source()})
     * @param identifier its address or identifier, or null
     */
    public record Entry(String id, DependencyCategory category, String name, String server, String identifier) {

        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(server, "server");
        }

        static Entry of(Dependency dependency) {
            return new Entry(dependency.id(), dependency.category(), dependency.name(), dependency.source(),
                    dependency.identifier());
        }
    }

    /**
     * The roster of a workspace.
     *
     * @param source the collection the inventory was read from, as it was given
     * @param analysedAt when it was analysed
     * @param dependencies in the file's order: sorted by id
     */
    public record Roster(String source, Instant analysedAt, List<Entry> dependencies) {

        public Roster {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(analysedAt, "analysedAt");
            dependencies = List.copyOf(dependencies);
        }

        /**
         * The dependencies still on MFA Server: those whose readiness is not started or in progress, or that have
         * no record at all.
         */
        public List<Entry> notMigrated(Collection<ReadinessRecord> records) {
            Set<String> migrated = records.stream().filter(record -> record.readiness().isMigrated())
                    .map(ReadinessRecord::dependencyId).collect(Collectors.toSet());
            return dependencies.stream().filter(entry -> !migrated.contains(entry.id())).toList();
        }
    }

    private InventoryRoster() {
    }

    /** Where a workspace folder's roster is. */
    public static Path fileIn(Path workspace) {
        return workspace.resolve("inventory").resolve("roster.json");
    }

    /**
     * Replaces the workspace's roster with these dependencies, sorted by id so the file compares well between
     * analyses; the folder is created when needed.
     *
     * @param source the collection, as it was given
     * @throws IllegalArgumentException when two dependencies have the same id
     */
    public static void save(Path workspace, String source, Instant at, Collection<Dependency> dependencies)
            throws IOException {
        List<Entry> entries = new ArrayList<>(dependencies.stream().map(Entry::of).toList());
        entries.sort(Comparator.comparing(Entry::id));
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).id().equals(entries.get(i - 1).id())) {
                throw new IllegalArgumentException("two dependencies have the id " + entries.get(i).id());
            }
        }
        StrictJsonFile json = file(workspace);
        StringBuilder text = new StringBuilder(128 + entries.size() * 160);
        text.append(json.header()).append("\"source\":");
        JsonText.appendQuoted(text, source).append(",\"analysedAt\":\"").append(at).append("\",\"dependencies\":[");
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            text.append(i == 0 ? "\n{\"id\":" : ",\n{\"id\":");
            JsonText.appendQuoted(text, entry.id()).append(",\"category\":\"").append(entry.category().name())
                    .append("\",\"name\":");
            JsonText.appendQuoted(text, entry.name()).append(",\"source\":");
            JsonText.appendQuoted(text, entry.server()).append(",\"identifier\":");
            if (entry.identifier() == null) {
                text.append("null");
            } else {
                JsonText.appendQuoted(text, entry.identifier());
            }
            text.append('}');
        }
        text.append("\n]}\n");
        json.write(text);
    }

    /**
     * @return the workspace's roster; empty when no inventory has been analysed in it yet
     * @throws InventoryRosterException when the file is not a valid roster (message {@code file:line: why})
     * @throws IOException when it cannot be read
     */
    public static Optional<Roster> load(Path workspace) throws IOException {
        StrictJsonFile json = file(workspace);
        JsonObject header = json.read(HEADER_FIELDS);
        if (header == null) {
            return Optional.empty();
        }
        String source = json.text(header, "source");
        Instant analysedAt = json.instant(header, "analysedAt");
        List<JsonObject> objects = json.objects(header, "dependencies", "dependency");
        List<Entry> entries = new ArrayList<>(objects.size());
        Map<String, Long> lineOfId = new HashMap<>();
        for (JsonObject object : objects) {
            Entry entry = entry(json, object);
            Long earlier = lineOfId.putIfAbsent(entry.id(), object.line());
            if (earlier != null) {
                throw json.problem(object.line(), "dependency " + entry.id() + " is already on line " + earlier);
            }
            entries.add(entry);
        }
        return Optional.of(new Roster(source, analysedAt, entries));
    }

    private static Entry entry(StrictJsonFile json, JsonObject object) throws WorkspaceFileException {
        json.allowOnly(object, ENTRY_FIELDS);
        String id = json.text(object, "id");
        if (id.isBlank()) {
            throw json.problem(object.lineOf("id"), "the dependency id is empty");
        }
        return new Entry(id, json.constant(object, "category", DependencyCategory.class, "category"),
                json.text(object, "name"), json.text(object, "source"), json.textOrNull(object, "identifier"));
    }

    private static StrictJsonFile file(Path workspace) {
        return new StrictJsonFile(fileIn(workspace), FORMAT, VERSION, "inventory roster",
                InventoryRosterException::new);
    }
}
