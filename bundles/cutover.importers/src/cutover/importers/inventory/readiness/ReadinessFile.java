package cutover.importers.inventory.readiness;

import cutover.core.inventory.Readiness;
import cutover.core.inventory.ReadinessRecord;
import cutover.importers.mfaserver.JsonText;
import cutover.importers.text.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The specialist's readiness records of a workspace ({@code <workspace>/inventory/readiness.json}, format
 * {@code cutover-readiness} v1, docs/formats/readiness-v1.md): one JSON object with a record per line. A file that
 * cannot be read exactly is refused whole, with its line, rather than read in part: saving what was read would lose
 * the rest.
 */
public final class ReadinessFile {

    static final String FORMAT = "cutover-readiness";
    static final int VERSION = 1;
    private static final Set<String> HEADER_FIELDS = Set.of("format", "version", "records");
    private static final Set<String> RECORD_FIELDS = Set.of("dependencyId", "readiness", "notes", "updatedAt");

    private final StrictJsonFile json;

    public ReadinessFile(Path file) {
        json = new StrictJsonFile(Objects.requireNonNull(file, "file"), FORMAT, VERSION, "readiness file",
                ReadinessFileException::new);
    }

    /** The readiness file of a workspace folder. */
    public static ReadinessFile inWorkspace(Path workspace) {
        return new ReadinessFile(workspace.resolve("inventory").resolve("readiness.json"));
    }

    public Path file() {
        return json.file();
    }

    /** The records of a workspace folder's readiness file; see {@link #load()}. */
    public static List<ReadinessRecord> load(Path workspace) throws IOException {
        return inWorkspace(workspace).load();
    }

    /** Replaces a workspace folder's readiness file; see {@link #save(Collection)}. */
    public static void save(Path workspace, Collection<ReadinessRecord> records) throws IOException {
        inWorkspace(workspace).save(records);
    }

    /**
     * @return the records in the file's order; empty when there is no file yet
     * @throws ReadinessFileException when the file is not a valid readiness file (message {@code file:line: why})
     * @throws IOException when it cannot be read
     */
    public List<ReadinessRecord> load() throws IOException {
        JsonObject header = json.read(HEADER_FIELDS);
        if (header == null) {
            return List.of();
        }
        List<JsonObject> objects = json.objects(header, "records", "record");
        List<ReadinessRecord> records = new ArrayList<>(objects.size());
        Map<String, Long> lineOfId = new HashMap<>();
        for (JsonObject object : objects) {
            ReadinessRecord record = record(object);
            Long earlier = lineOfId.putIfAbsent(record.dependencyId(), object.line());
            if (earlier != null) {
                throw json.problem(object.line(), "dependency " + record.dependencyId()
                        + " already has a record on line " + earlier);
            }
            records.add(record);
        }
        return records;
    }

    /**
     * Replaces the file with these records, sorted by dependency id so the file compares well between versions;
     * the folder is created when needed.
     *
     * @throws IllegalArgumentException when two records are for the same dependency
     */
    public void save(Collection<ReadinessRecord> records) throws IOException {
        List<ReadinessRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(ReadinessRecord::dependencyId));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).dependencyId().equals(sorted.get(i - 1).dependencyId())) {
                throw new IllegalArgumentException("two readiness records for " + sorted.get(i).dependencyId());
            }
        }
        StringBuilder text = new StringBuilder(64 + sorted.size() * 128);
        text.append(json.header()).append("\"records\":[");
        for (int i = 0; i < sorted.size(); i++) {
            ReadinessRecord record = sorted.get(i);
            text.append(i == 0 ? "\n{\"dependencyId\":" : ",\n{\"dependencyId\":");
            JsonText.appendQuoted(text, record.dependencyId()).append(",\"readiness\":\"")
                    .append(record.readiness().name()).append("\",\"notes\":");
            JsonText.appendQuoted(text, record.notes()).append(",\"updatedAt\":\"").append(record.updatedAt())
                    .append("\"}");
        }
        text.append("\n]}\n");
        json.write(text);
    }

    private ReadinessRecord record(JsonObject object) throws WorkspaceFileException {
        json.allowOnly(object, RECORD_FIELDS);
        String id = json.text(object, "dependencyId");
        if (id.isBlank()) {
            throw json.problem(object.lineOf("dependencyId"), "the dependency id is empty");
        }
        Readiness readiness = json.constant(object, "readiness", Readiness.class, "readiness");
        return new ReadinessRecord(id, readiness, json.text(object, "notes"), json.instant(object, "updatedAt"));
    }
}
