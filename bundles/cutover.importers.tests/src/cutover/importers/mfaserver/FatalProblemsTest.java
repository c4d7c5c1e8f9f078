package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems that make the whole file unusable end the import with an exception naming file, line and reason. */
class FatalProblemsTest {

    @TempDir
    Path dir;

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.csv");

        MfaServerImportException e = assertFatal(file, 0, "the file does not exist");

        assertEquals(file, e.problem().file());
        assertEquals(file + ":0: the file does not exist", e.getMessage());
    }

    @Test
    void directory() {
        assertFatal(dir, 0, "this is a folder, not an export file");
    }

    @Test
    void emptyFile() throws IOException {
        assertFatal(Files.createFile(dir.resolve("empty.csv")), 0, "the file is empty");
        assertFatal(Fixtures.writeParts(dir, "bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), 0,
                "the file is empty");
        assertFatal(Fixtures.writeParts(dir, "blank.csv", "\r\n\n   \n"), 0,
                "the file is empty (it contains only blank lines)");
    }

    @Test
    void binaryFiles() throws IOException {
        byte[] random = new byte[20_000];
        new Random(1).nextBytes(random);
        random[100] = 0;
        byte[] noNul = new byte[5_000];
        for (int i = 0; i < noNul.length; i++) {
            noNul[i] = (byte) (1 + i % 8);
        }

        assertFatal(Fixtures.writeParts(dir, "random.csv", random), 0, "the file contains NUL bytes, so it is a binary");
        assertFatal(Fixtures.writeParts(dir, "controls.csv", noNul), 0, "the file is mostly not text");
        assertFatal(Fixtures.writeParts(dir, "book.csv", new byte[] {'P', 'K', 3, 4, 20, 0}), 0,
                "the file is a ZIP archive or an Excel workbook (.xlsx)");
        assertFatal(Fixtures.writeParts(dir, "utf16.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, '#', 0}), 0,
                "the file is encoded as UTF-16");
    }

    @Test
    void notAnExport() throws IOException {
        assertFatal(Fixtures.write(dir, "notes.txt", "hello world"), 1,
                "this is not a Cutover MFA Server export: a CSV export must start with the line "
                        + "#cutover-mfaserver-export;version=1");
        assertFatal(Fixtures.write(dir, "notes.jsonl", "hello world"), 1,
                "this is not a Cutover MFA Server export: a JSON Lines export must start with the header "
                        + Fixtures.JSON_HEADER);
        assertFatal(Fixtures.write(dir, "other.csv", "#some other tool;version=1", "a,b"), 1,
                "this is not a Cutover MFA Server export");
    }

    @Test
    void missingFormatLine() throws IOException {
        assertFatal(Fixtures.write(dir, "users.csv", Fixtures.CSV_HEADER, Fixtures.csvLine(Fixtures.user(1))), 1,
                "the format line is missing above the column names");
    }

    @Test
    void unknownVersion() throws IOException {
        assertFatal(Fixtures.write(dir, "v2.csv", "#cutover-mfaserver-export;version=2", Fixtures.CSV_HEADER), 1,
                "unsupported format version \"2\"; this version of Cutover reads version 1 only");
        assertFatal(Fixtures.write(dir, "v2.jsonl", "{\"format\":\"cutover-mfaserver-export\",\"version\":2}"), 1,
                "unsupported format version 2; this version of Cutover reads version 1 only");
        assertFatal(Fixtures.write(dir, "none.csv", "#cutover-mfaserver-export", Fixtures.CSV_HEADER), 1,
                "the format line has no version");
    }

    @Test
    void wrongHeader() throws IOException {
        String withoutLanguage = Fixtures.CSV_HEADER.replace(",language", "");
        assertFatal(Fixtures.write(dir, "a.csv", Fixtures.CSV_FORMAT_LINE, withoutLanguage), 2,
                "the header line does not match format v1: missing columns language");
        assertFatal(Fixtures.write(dir, "b.csv", Fixtures.CSV_FORMAT_LINE, Fixtures.CSV_HEADER + ",notes"), 2,
                "the header line does not match format v1: unknown columns \"notes\"");
        assertFatal(Fixtures.write(dir, "c.csv", Fixtures.CSV_FORMAT_LINE, Fixtures.CSV_HEADER + ",upn"), 2,
                "the header names column upn twice (columns 1 and 21)");
        assertFatal(Fixtures.write(dir, "d.csv", Fixtures.CSV_FORMAT_LINE), 2,
                "the header line with the column names is missing");
        assertFatal(Fixtures.write(dir, "e.csv", Fixtures.CSV_FORMAT_LINE, "\"upn,display_name"), 2,
                "field 1: a quoted value is not closed");
    }

    @Test
    void wrongJsonHeader() throws IOException {
        assertFatal(Fixtures.write(dir, "a.jsonl", Fixtures.jsonLine(Fixtures.user(1))), 1,
                "the first line is a user, but a JSON Lines export must start with the header");
        assertFatal(Fixtures.write(dir, "b.jsonl", "{\"format\":\"something-else\",\"version\":1}"), 1,
                "this is not a Cutover MFA Server export: format is \"something-else\"");
        assertFatal(Fixtures.write(dir, "c.jsonl", "{\"format\":\"cutover-mfaserver-export\"}"), 1,
                "the header has no numeric \"version\"");
        assertFatal(Fixtures.write(dir, "d.jsonl", "{\"format\":\"cutover-mfaserver-export\",\"version\":1"), 1,
                "the first line is not a valid header object (invalid JSON at character 49");
    }

    private static MfaServerImportException assertFatal(Path file, long line, String message) {
        MfaServerImportException e = assertThrows(MfaServerImportException.class, () -> Fixtures.read(file));
        assertEquals(line, e.problem().line(), e.getMessage());
        assertTrue(e.problem().message().startsWith(message), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        return e;
    }
}
