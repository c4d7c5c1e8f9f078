package cutover.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.cli.ExitCode;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutover audit fetch} into the workspace and {@code cutover audit export} out of it. */
class AuditCommandTest {

    @TempDir
    Path dir;
    private final Cli cli = new Cli();
    private GraphEmulator emulator;
    private String before;

    @BeforeEach
    void start() throws Exception {
        emulator = GraphEmulator.start(LocalTenant.synthetic(9, 1_500), EmulatorOptions.builder().port(0).build());
        before = System.setProperty("cutover.workspace", dir.resolve("workspace").toString());
    }

    @AfterEach
    void stop() {
        emulator.close();
        Cli.restoreWorkspace(before);
    }

    @Test
    void fetchesOnceKeepsWhatItHasAndExportsEachFormat() throws Exception {
        assertEquals(ExitCode.OK, cli.run("audit", "export", "--out", dir.resolve("none.csv").toString()), cli.err());
        assertTrue(cli.out().startsWith("Wrote 0 of 0 events"), cli.out());

        assertEquals(ExitCode.OK, cli.run("audit", "fetch", "--tenant", emulator.baseUrl()), cli.err());
        int read = number(cli.out(), "Read ([\\d,]+) events");
        assertTrue(read > 10, cli.out());
        assertTrue(cli.out().contains(read + " new. The archive holds " + read + " events"), cli.out());
        assertTrue(cli.out().contains("Audit log: app Azure MFA Management"), "progress is shown: " + cli.out());

        assertEquals(ExitCode.OK, cli.run("audit", "fetch", "--tenant", emulator.baseUrl()), cli.err());
        assertTrue(cli.out().contains(": 0 new. The archive holds " + read + " events"), cli.out());

        Path csv = dir.resolve("out/trail.csv");
        assertEquals(ExitCode.OK, cli.run("audit", "export", "--out", csv.toString()), cli.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(read + 1, lines.size(), "a header and one line per event");
        assertTrue(lines.get(0).startsWith("Time,"), lines.get(0));
        assertTrue(lines.get(1).contains("Update user"), lines.get(1));

        Path json = dir.resolve("trail.json");
        assertEquals(ExitCode.OK, cli.run("audit", "export", "--out", json.toString(), "--method", "sms"),
                cli.err());
        int sms = number(cli.out(), "Wrote ([\\d,]+) of");
        assertTrue(sms > 0 && sms < read, cli.out());
        String jsonText = Files.readString(json);
        assertTrue(jsonText.contains("\"format\":\"cutover-audit-v1\""), jsonText.substring(0, 80));
        assertEquals(sms, count(jsonText, "\"SMS\""), "every event exported touched SMS");

        Path html = dir.resolve("trail.html");
        assertEquals(ExitCode.OK, cli.run("audit", "export", "--out", html.toString(), "--source", "entra",
                "--from", "400d"), cli.err());
        String page = Files.readString(html);
        assertTrue(page.contains("<table") && page.contains("Users migrated"), "a report with the daily summary");
        assertFalse(Files.exists(dir.resolve("trail.html.partial")));
    }

    @Test
    void badOptionsSayWhatIsWrongAndWriteNothing() {
        Path out = dir.resolve("trail.txt");
        assertEquals(ExitCode.USAGE, cli.run("audit", "export", "--out", out.toString()));
        assertTrue(cli.err().contains("give --format csv, json or html"), cli.err());
        assertEquals(ExitCode.USAGE, cli.run("audit", "export", "--out", out.toString(), "--format", "csv",
                "--from", "yesterday"));
        assertTrue(cli.err().contains("option --from: \"yesterday\" is not a time"), cli.err());
        assertEquals(ExitCode.USAGE, cli.run("audit", "export", "--out", out.toString(), "--format", "csv",
                "--method", "carrier pigeon"));
        assertTrue(cli.err().contains("unknown method"), cli.err());
        assertEquals(ExitCode.USAGE, cli.run("audit", "list"));
        assertTrue(cli.err().contains("unknown audit action \"list\""), cli.err());
        assertFalse(Files.exists(out));
    }

    private static int number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), regex + " in " + text);
        return Integer.parseInt(matcher.group(1).replace(",", ""));
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
