package cutover.importers.inventory.readiness;

import cutover.core.inventory.Readiness;
import cutover.core.inventory.ReadinessRecord;
import cutover.importers.mfaserver.JsonText;
import cutover.importers.mfaserver.ReplaceFile;
import cutover.importers.text.InvalidJsonException;
import cutover.importers.text.JsonObject;
import cutover.importers.text.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
    /** Notes are free text of any length: the whole file is in memory anyway. */
    private static final int MAX_STRING = Integer.MAX_VALUE;
    private static final int MAX_DEPTH = 128;

    private final Path file;

    public ReadinessFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The readiness file of a workspace folder. */
    public static ReadinessFile inWorkspace(Path workspace) {
        return new ReadinessFile(workspace.resolve("inventory").resolve("readiness.json"));
    }

    public Path file() {
        return file;
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        Object root;
        try {
            root = new JsonReader(new StringReader(decode(bytes)), MAX_STRING, MAX_DEPTH).readValue();
        } catch (InvalidJsonException e) {
            throw problem(e.line(), e.getMessage());
        }
        if (!(root instanceof JsonObject header) || !FORMAT.equals(header.get("format"))) {
            throw problem(root instanceof JsonObject object ? object.lineOf("format") : 1,
                    "this is not a Cutover readiness file: it must be an object with \"format\":\"" + FORMAT + "\"");
        }
        allowOnly(header, HEADER_FIELDS);
        if (!header.has("version")) {
            throw problem(header.line(), "the file has no \"version\"");
        }
        Object written = header.get("version");
        BigDecimal version = written instanceof JsonReader.Number number ? number.value() : null;
        if (version == null || version.compareTo(BigDecimal.ONE) != 0) {
            throw problem(header.lineOf("version"), "version " + (version == null ? written : version)
                    + " is not supported: this Cutover reads version " + VERSION + "; the file may come from a newer "
                    + "Cutover");
        }
        if (!(header.get("records") instanceof List<?> list)) {
            throw problem(header.lineOf("records"), "\"records\" must be an array");
        }
        List<ReadinessRecord> records = new ArrayList<>(list.size());
        Map<String, Long> lineOfId = new HashMap<>();
        for (Object element : list) {
            if (!(element instanceof JsonObject object)) {
                throw problem(header.lineOf("records"), "every record must be an object");
            }
            ReadinessRecord record = record(object);
            Long earlier = lineOfId.putIfAbsent(record.dependencyId(), object.line());
            if (earlier != null) {
                throw problem(object.line(), "dependency " + record.dependencyId() + " already has a record on line "
                        + earlier);
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
        StringBuilder json = new StringBuilder(64 + sorted.size() * 128);
        json.append("{\"format\":\"").append(FORMAT).append("\",\"version\":").append(VERSION).append(",\"records\":[");
        for (int i = 0; i < sorted.size(); i++) {
            ReadinessRecord record = sorted.get(i);
            json.append(i == 0 ? "\n{\"dependencyId\":" : ",\n{\"dependencyId\":");
            JsonText.appendQuoted(json, record.dependencyId()).append(",\"readiness\":\"")
                    .append(record.readiness().name()).append("\",\"notes\":");
            JsonText.appendQuoted(json, record.notes()).append(",\"updatedAt\":\"").append(record.updatedAt())
                    .append("\"}");
        }
        json.append("\n]}\n");
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ReplaceFile.write(file, out -> {
            out.write(bytes);
            return null;
        });
    }

    private ReadinessRecord record(JsonObject object) throws ReadinessFileException {
        allowOnly(object, RECORD_FIELDS);
        String id = text(object, "dependencyId");
        if (id.isBlank()) {
            throw problem(object.lineOf("dependencyId"), "the dependency id is empty");
        }
        String state = text(object, "readiness");
        Readiness readiness;
        try {
            readiness = Readiness.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw problem(object.lineOf("readiness"), "unknown readiness \"" + state
                    + "\" (NOT_STARTED, IN_PROGRESS, MIGRATED or VERIFIED)");
        }
        String notes = text(object, "notes");
        String updated = text(object, "updatedAt");
        try {
            return new ReadinessRecord(id, readiness, notes, Instant.parse(updated));
        } catch (DateTimeParseException e) {
            throw problem(object.lineOf("updatedAt"), "\"updatedAt\" must be an ISO-8601 instant such as "
                    + "2026-03-01T09:30:00Z, not \"" + updated + "\"");
        }
    }

    private String text(JsonObject object, String field) throws ReadinessFileException {
        if (!object.has(field)) {
            throw problem(object.line(), "the record has no \"" + field + "\"");
        }
        if (!(object.get(field) instanceof String value)) {
            throw problem(object.lineOf(field), "\"" + field + "\" must be a string");
        }
        return value;
    }

    private void allowOnly(JsonObject object, Set<String> allowed) throws ReadinessFileException {
        for (String name : object.fields().keySet()) {
            if (!allowed.contains(name)) {
                throw problem(object.lineOf(name), "unknown field \"" + name + "\"; this Cutover would lose it when"
                        + " saving the file");
            }
        }
    }

    /** Strict UTF-8 (a byte order mark is allowed): a bad byte is reported with its line. */
    private String decode(byte[] bytes) throws ReadinessFileException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw problem(line, "the file is not valid UTF-8");
        }
        return out.flip().toString();
    }

    private ReadinessFileException problem(long line, String message) {
        return new ReadinessFileException(file, line, message);
    }
}
