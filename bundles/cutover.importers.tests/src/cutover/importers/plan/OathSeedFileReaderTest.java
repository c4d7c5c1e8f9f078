package cutover.importers.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cutover.core.plan.OathSeed;
import cutover.importers.mfaserver.ImportProblem;

class OathSeedFileReaderTest {

    private static final String HEADER = "upn,serial number,secret key,time interval,manufacturer,model\n";

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path file = dir.resolve("seeds.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsRowsAndKeepsNoSecret() throws Exception {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, OathSeed> seeds = new OathSeedFileReader().read(file("\uFEFF" + HEADER
                + "ann@contoso.com,YK-1,JBSWY3DPEHPK3PXP,30,Yubico,\"YubiKey 5, NFC\"\n"
                + ",YK-2,GEZDGNBVGY3TQOJQ,60,,\n"), problems::add);
        assertEquals(List.of(), problems);
        assertEquals(new OathSeed("ann@contoso.com", "YK-1", 30, "Yubico", "YubiKey 5, NFC", true), seeds.get("YK-1"));
        assertEquals(new OathSeed(null, "YK-2", 60, null, null, true), seeds.get("YK-2"));
        assertFalse(seeds.toString().contains("JBSWY3DPEHPK3PXP"));
    }

    @Test
    void badRowsAreRejectedWithTheirLineAndWithoutTheSecret() throws Exception {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, OathSeed> seeds = new OathSeedFileReader().read(file(HEADER
                + "a@contoso.com,YK-1,JBSWY3DPEHPK3PXP,30,Yubico,5\n"
                + "b@contoso.com,YK-2,s3cr3t!,30,Yubico,5\n"
                + "c@contoso.com,YK-3,JBSWY3DPEHPK3PXP,45,Yubico,5\n"
                + "d@contoso.com,YK-1,JBSWY3DPEHPK3PXP,30,Yubico,5\n"
                + "e@contoso.com,YK-4\n"), problems::add);
        assertEquals(1, seeds.size());
        assertEquals(List.of(3L, 4L, 5L, 6L), problems.stream().map(ImportProblem::line).toList());
        assertTrue(problems.get(0).message().contains("not Base32"), problems.get(0).message());
        assertFalse(problems.toString().contains("s3cr3t!"), "a rejected secret is never echoed");
        assertTrue(problems.get(2).message().contains("already on line 2"), problems.get(2).message());
    }

    @Test
    void aWrongHeaderIsFatal() throws Exception {
        Path file = file("serial,secret\nYK-1,JBSWY3DPEHPK3PXP\n");
        IOException e = assertThrows(IOException.class, () -> new OathSeedFileReader().read(file, p -> { }));
        assertTrue(e.getMessage().contains("seeds.csv:1:"), e.getMessage());
    }

    @Test
    void spreadsheetFormulasAreNeutralisedInCsvPlans() {
        assertEquals("\"'=HYPERLINK(1)\"", PlanText.csv("=HYPERLINK(1)"));
        assertEquals("\"a,b\"", PlanText.csv("a,b"));
        assertEquals("plain", PlanText.csv("plain"));
    }
}
