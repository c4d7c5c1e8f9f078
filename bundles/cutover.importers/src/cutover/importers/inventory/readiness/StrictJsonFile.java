package cutover.importers.inventory.readiness;

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
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One of the JSON files Cutover keeps in the workspace: an object with {@code format} and {@code version}, read whole
 * and strictly, and written whole through a temporary file. Whatever cannot be read exactly is refused as
 * {@code file:line: why} through the owner's exception.
 */
final class StrictJsonFile {

    /** Makes the owner's exception for a problem on a line of the file. */
    @FunctionalInterface
    interface Problems {
        WorkspaceFileException at(Path file, long line, String message);
    }

    /** Strings are not bounded: the whole file is in memory anyway. */
    private static final int MAX_STRING = Integer.MAX_VALUE;
    private static final int MAX_DEPTH = 128;

    private final Path file;
    private final String format;
    private final int version;
    private final String kind;
    private final Problems problems;

    /** @param kind what the file is, for messages: "readiness file" */
    StrictJsonFile(Path file, String format, int version, String kind, Problems problems) {
        this.file = file;
        this.format = format;
        this.version = version;
        this.kind = kind;
        this.problems = problems;
    }

    Path file() {
        return file;
    }

    /** How the file's text begins: its object opened, the format and version written, and a comma. */
    String header() {
        return "{\"format\":\"" + format + "\",\"version\":" + version + ",";
    }

    /**
     * The file's object, checked to be of this format and version and to have only these fields; null when there
     * is no file.
     */
    JsonObject read(Set<String> fields) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        Object root;
        try {
            root = new JsonReader(new StringReader(decode(bytes)), MAX_STRING, MAX_DEPTH).readValue();
        } catch (InvalidJsonException e) {
            throw problem(e.line(), e.getMessage());
        }
        if (!(root instanceof JsonObject object) || !format.equals(object.get("format"))) {
            throw problem(root instanceof JsonObject other ? other.lineOf("format") : 1, "this is not a Cutover "
                    + kind + ": it must be an object with \"format\":\"" + format + "\"");
        }
        allowOnly(object, fields);
        if (!object.has("version")) {
            throw problem(object.line(), "the file has no \"version\"");
        }
        Object written = object.get("version");
        BigDecimal found = written instanceof JsonReader.Number number ? number.value() : null;
        if (found == null || found.compareTo(BigDecimal.valueOf(version)) != 0) {
            throw problem(object.lineOf("version"), "version " + (found == null ? written : found)
                    + " is not supported: this Cutover reads version " + version + "; the file may come from a newer "
                    + "Cutover");
        }
        return object;
    }

    /** The field's array, every element an object. */
    List<JsonObject> objects(JsonObject object, String field, String element) throws WorkspaceFileException {
        if (!(object.get(field) instanceof List<?> list)) {
            throw problem(object.lineOf(field), "\"" + field + "\" must be an array");
        }
        List<JsonObject> objects = new ArrayList<>(list.size());
        for (Object value : list) {
            if (!(value instanceof JsonObject each)) {
                throw problem(object.lineOf(field), "every " + element + " must be an object");
            }
            objects.add(each);
        }
        return objects;
    }

    String text(JsonObject object, String field) throws WorkspaceFileException {
        String value = textOrNull(object, field);
        if (value == null) {
            throw problem(object.lineOf(field), "\"" + field + "\" must be a string");
        }
        return value;
    }

    /** A string field that may be null, but not absent. */
    String textOrNull(JsonObject object, String field) throws WorkspaceFileException {
        if (!object.has(field)) {
            throw problem(object.line(), "\"" + field + "\" is missing");
        }
        Object value = object.get(field);
        if (value != null && !(value instanceof String)) {
            throw problem(object.lineOf(field), "\"" + field + "\" must be a string");
        }
        return (String) value;
    }

    Instant instant(JsonObject object, String field) throws WorkspaceFileException {
        String value = text(object, field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw problem(object.lineOf(field), "\"" + field + "\" must be an ISO-8601 instant such as "
                    + "2026-03-01T09:30:00Z, not \"" + value + "\"");
        }
    }

    /** A string field naming a constant of {@code type}; {@code what} names it in the message. */
    <E extends Enum<E>> E constant(JsonObject object, String field, Class<E> type, String what)
            throws WorkspaceFileException {
        String value = text(object, field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw problem(object.lineOf(field), "unknown " + what + " \"" + value + "\" ("
                    + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast() + ")");
        }
    }

    void allowOnly(JsonObject object, Set<String> allowed) throws WorkspaceFileException {
        for (String name : object.fields().keySet()) {
            if (!allowed.contains(name)) {
                throw problem(object.lineOf(name), "unknown field \"" + name + "\"; this Cutover would lose it when"
                        + " saving the file");
            }
        }
    }

    WorkspaceFileException problem(long line, String message) {
        return problems.at(file, line, message);
    }

    /** Replaces the file with this text, UTF-8; the folder is created when needed. */
    void write(CharSequence json) throws IOException {
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

    /** Strict UTF-8 (a byte order mark is allowed): a bad byte is reported with its line. */
    private String decode(byte[] bytes) throws WorkspaceFileException {
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
}
