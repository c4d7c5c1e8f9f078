package cutover.importers.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.InventoryProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated, malformed, huge, wrongly encoded and hostile files end in a clear {@code file:line: reason}, never in
 * an exception, a hang or content read from elsewhere.
 */
class HostileInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void externalEntityIsRefusedWithoutReadingIt() {
        InventoryProblem problem = problemOf("hostile/xxe-external-entity.xml");

        assertEquals(4, problem.line());
        assertTrue(problem.message().contains("DOCTYPE"), problem.message());
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            InventoryProblem problem = problemOf("hostile/billion-laughs.xml");
            assertTrue(problem.message().contains("DOCTYPE"), problem.message());
        });
    }

    @Test
    void parameterEntityIsRefused() {
        assertTrue(problemOf("hostile/xxe-parameter-entity.xml").message().contains("DOCTYPE"));
    }

    @Test
    void undeclaredEntityIsAProblemNotAnExpansion() throws Exception {
        Path file = write("web.config", "<configuration><appSettings><add key=\"WEB_SERVICE_SDK_AUTHENTICATION_URL\" "
                + "value=\"&xxe;\"/></appSettings></configuration>");

        InventoryProblem problem = only(file);

        assertEquals(1, problem.line());
        assertTrue(problem.message().contains("xxe"), problem.message());
    }

    @Test
    void everyFixtureTruncatedAnywhereEndsCleanly() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(InventoryTestFiles.fixtures())) {
            fixtures = files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("hostile")).toList();
        }
        assertTimeoutPreemptively(LIMIT, () -> {
            int truncatedWithProblem = 0;
            for (Path fixture : fixtures) {
                byte[] bytes = Files.readAllBytes(fixture);
                for (int cut : new int[] {1, 7, bytes.length / 3, bytes.length / 2, bytes.length - 9}) {
                    if (cut <= 0 || cut >= bytes.length) {
                        continue;
                    }
                    Path file = dir.resolve("cut-" + cut + "-" + fixture.getFileName());
                    Files.write(file, java.util.Arrays.copyOf(bytes, cut));
                    ImportedInventory imported = new InventoryImporter().importFrom(file, null);
                    for (InventoryProblem problem : imported.problems()) {
                        assertTrue(problem.file().endsWith("/" + file.getFileName()), problem.file());
                        assertTrue(problem.line() >= 0);
                        assertTrue(!problem.message().isBlank());
                    }
                    if (!imported.problems().isEmpty()) {
                        truncatedWithProblem++;
                    }
                    Files.delete(file);
                }
            }
            assertTrue(truncatedWithProblem > fixtures.size(), "truncation is noticed: " + truncatedWithProblem);
        });
    }

    @Test
    void truncatedJsonAndXmlNameTheLine() throws Exception {
        Path json = write("rp.json", "[\n  {\n    \"Name\": \"a\",\n    \"Identifier\": [\"x\"],\n    "
                + "\"AccessControlPolicyName\": \"Permit");
        Path xml = write("nps.xml", "<Root><Children>\n<Microsoft_Internet_Authentication_Service>\n<Children>\n");

        InventoryProblem jsonProblem = only(json);
        InventoryProblem xmlProblem = only(xml);

        assertEquals(5, jsonProblem.line());
        assertTrue(jsonProblem.message().contains("truncated"), jsonProblem.message());
        assertTrue(xmlProblem.line() >= 3);
        assertTrue(xmlProblem.message().contains("truncated"), xmlProblem.message());
    }

    @Test
    void malformedFilesNameTheLine() throws Exception {
        assertTrue(only(write("bad.json",
                "{\n \"AccessControlPolicyName\": null,\n \"Name\": \"x\" \"Identifier\": []}"))
                .toString().endsWith("/bad.json:3: invalid JSON: expected ',' or '}' after the value of \"Name\""));
        assertTrue(only(write("dup.json",
                "{\"AdditionalAuthenticationRules\": null,\n\"Name\": \"a\",\n\"Name\": \"b\"}"))
                .toString().endsWith("/dup.json:3: invalid JSON: the field \"Name\" appears twice"));
        InventoryProblem xml = only(write("bad.xml", "<configuration>\n<appSettings>\n<add key=\"a\" value=\"b\">\n"
                + "</appSettings>\n</configuration>"));
        assertEquals(4, xml.line());
        assertTrue(xml.message().startsWith("the XML is not well-formed"), xml.message());
        InventoryProblem reg = only(write("x.reg", "Windows Registry Editor Version 5.00\r\n\r\n"
                + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\AzureMfa]\r\n\"TENANT_ID\"=\"abc\r\n"));
        assertTrue(reg.toString().endsWith("/x.reg:4: a string value is not closed"), reg.toString());
    }

    @Test
    void hugeValuesAndDeepNestingAreBounded() throws Exception {
        String longRule = "x".repeat(2 << 20);
        InventoryProblem json = only(write("huge.json", "{\"AdditionalAuthenticationRules\": \"" + longRule
                + "\", \"Identifier\": [], \"Name\": \"a\"}"));
        assertTrue(json.message().contains("longer than 1048576 characters"), json.message());

        InventoryProblem deepJson = only(write("deep.json", "[" + "{\"PolicyMetadata\":".repeat(5000) + "1"
                + "}".repeat(5000) + "]"));
        assertTrue(deepJson.message().contains("nested deeper than"), deepJson.message());

        InventoryProblem deepXml = only(write("deep.xml", "<Root xmlns:dt=\"urn:schemas-microsoft-com:datatypes\">"
                + "<a>".repeat(5000) + "</a>".repeat(5000) + "</Root>"));
        assertTrue(deepXml.message().contains("nested deeper than 64"), deepXml.message());

        InventoryProblem hugeText = only(write("text.xml", "<MfaSettings><MfaServerUrl>" + "y".repeat(200_000)
                + "</MfaServerUrl></MfaSettings>"));
        assertTrue(hugeText.message().contains("longer than 65536 characters"), hugeText.message());

        InventoryProblem longLine = only(write("long.csv", "name,ip_address,target\n" + "z".repeat(100_000) + "\n"));
        assertEquals(2, longLine.line());
    }

    @Test
    void fileOverTheSizeLimitIsNotRead() throws Exception {
        Path file = write("big.xml", "<configuration>" + " ".repeat(5000) + "</configuration>");

        ImportedInventory imported = new InventoryImporter(new ImportLimits(1000, 10, 10_000, 100)).importFrom(file,
                null);

        assertTrue(imported.problems().get(0).message().contains("more than the 1000"));
    }

    @Test
    void wrongEncodingsAreReportedClearly() throws Exception {
        byte[] ansi = ("name,ip_address,enabled,authentication_protocol,target\r\nVPN M\u00fcnchen,10.0.0.1,yes,PAP,"
                + "RADIUS\r\n").getBytes(StandardCharsets.ISO_8859_1);
        InventoryProblem windows1252 = only(writeBytes("clients.csv", ansi));
        assertEquals(2, windows1252.line());
        assertTrue(windows1252.message().contains("not valid UTF-8 (byte 0xFC)"), windows1252.message());
        assertTrue(windows1252.message().contains("Windows code page"), windows1252.message());

        InventoryProblem utf32 = only(writeBytes("nps.xml", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, '<', 0, 0, 0}));
        assertTrue(utf32.message().contains("UTF-32"), utf32.message());

        byte[] utf16 = "Windows Registry Editor Version 5.00\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] odd = new byte[utf16.length + 3];
        odd[0] = (byte) 0xFF;
        odd[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, odd, 2, utf16.length);
        odd[odd.length - 1] = 'A';
        InventoryProblem truncated16 = only(writeBytes("odd.reg", odd));
        assertTrue(truncated16.message().contains("ends in the middle of a UTF-16LE character"), truncated16.message());

        InventoryProblem declared = only(write("declared.xml", "<?xml version=\"1.0\" encoding=\"utf-16\"?><Objs/>"));
        assertTrue(declared.message().contains("declaration says the file is utf-16"), declared.message());

        byte[] noBom = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"/>"
                .getBytes(StandardCharsets.UTF_16LE);
        ImportedInventory utf16WithoutBom = new InventoryImporter().importFrom(writeBytes("objs.xml", noBom), null);
        assertEquals(List.of(), utf16WithoutBom.problems(), "UTF-16 LE without a byte order mark is recognised");

        byte[] garbage = new byte[4000];
        new Random(3).nextBytes(garbage);
        garbage[0] = '<';
        InventoryProblem binary = only(writeBytes("nps-export.xml", garbage));
        assertTrue(binary.message().contains("binary") || binary.message().contains("not text"), binary.message());
    }

    @Test
    void randomMutationsOfFixturesNeverThrowOrHang() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(InventoryTestFiles.fixtures())) {
            fixtures = files.filter(Files::isRegularFile).toList();
        }
        Random random = new Random(20250304);
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int round = 0; round < 300; round++) {
                Path fixture = fixtures.get(random.nextInt(fixtures.size()));
                byte[] bytes = Files.readAllBytes(fixture);
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    int at = random.nextInt(bytes.length);
                    switch (random.nextInt(3)) {
                        case 0 -> bytes[at] = (byte) random.nextInt(256);
                        case 1 -> bytes[at] = (byte) "<>\"&;{}[],\\\n\0".charAt(random.nextInt(13));
                        default -> bytes = java.util.Arrays.copyOf(bytes, Math.max(1, at));
                    }
                }
                Path file = dir.resolve(round + "-" + fixture.getFileName());
                Files.write(file, bytes);
                ImportedInventory imported = new InventoryImporter().importFrom(file, null);
                for (InventoryProblem problem : imported.problems()) {
                    assertTrue(!problem.message().contains("Cutover could not read this file"),
                            "a parser defect on " + fixture + " round " + round + ": " + problem);
                }
                Files.delete(file);
            }
        });
    }

    private InventoryProblem problemOf(String fixture) {
        return InventoryTestFiles.onlyProblem(InventoryTestFiles.importFile(fixture));
    }

    private static InventoryProblem only(Path file) {
        ImportedInventory imported = new InventoryImporter().importFrom(file, null);
        assertEquals(List.of(), imported.dependencies(), "nothing from a bad file");
        return InventoryTestFiles.onlyProblem(imported);
    }

    private Path write(String name, String text) throws IOException {
        return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
