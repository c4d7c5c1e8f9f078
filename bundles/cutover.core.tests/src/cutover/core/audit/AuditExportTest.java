package cutover.core.audit;

import static cutover.core.audit.AuditFixtures.MFA_APP;
import static cutover.core.audit.AuditFixtures.PUSH;
import static cutover.core.audit.AuditFixtures.SMS;
import static cutover.core.audit.AuditFixtures.VOICE;
import static cutover.core.audit.AuditFixtures.entra;
import static cutover.core.audit.AuditFixtures.journal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditExportTest {

    private static final AuditLog LOG = AuditLog.of(List.of(
            entra("e-1", "2026-03-01T08:00:00.5Z", "Update user", "=HYPERLINK(\"http://evil.example\")",
                    "ana@contoso.com", "id-1", "success", SMS | PUSH, "added SMS, then \"push\"\nline two"),
            journal("1:2", "2026-03-02T10:00:00Z", "POST phoneMethods", 1, "leo@contoso.com", "CONFIRMED", VOICE,
                    "+1 2065550100 added"),
            entra("e-3", "2026-03-03T00:00:00Z", "@import", "-2+3", null, null, null, 0, null)));

    private static final String CSV_HEADER =
            "Time,Source,Activity,Initiated by,User,User object id,Methods,Result,Changes,Key\r\n";

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() throws IOException {
        StringWriter out = new StringWriter();
        AuditExport.csv(LOG, new int[] {0, 1, 2}, out);
        assertEquals(CSV_HEADER
                + "2026-03-01T08:00:00.500Z,Entra ID,Update user,\"'=HYPERLINK(\"\"http://evil.example\"\")\","
                + "ana@contoso.com,id-1,\"SMS, Authenticator push\",success,"
                + "\"added SMS, then \"\"push\"\"\nline two\",e-1\r\n"
                + "2026-03-02T10:00:00Z,Cutover journal,POST phoneMethods,Cutover run 1,leo@contoso.com,,"
                + "voice mobile,CONFIRMED,'+1 2065550100 added,1:2\r\n"
                + "2026-03-03T00:00:00Z,Entra ID,'@import,'-2+3,,,,,,e-3\r\n", out.toString());
    }

    @Test
    void csvWritesTheRowsInTheGivenOrder() throws IOException {
        StringWriter out = new StringWriter();
        AuditExport.csv(LOG, new int[] {2}, out);
        assertEquals(CSV_HEADER + "2026-03-03T00:00:00Z,Entra ID,'@import,'-2+3,,,,,,e-3\r\n", out.toString());
        out = new StringWriter();
        AuditExport.csv(LOG, new int[0], out);
        assertEquals(CSV_HEADER, out.toString());
    }

    @Test
    void jsonEscapesStringsAndKeepsNulls() throws IOException {
        AuditLog log = AuditLog.of(List.of(entra("e-1", "2026-03-01T08:00:00.5Z", "Update user", MFA_APP,
                "ana@contoso.com", null, "success", SMS | PUSH, "say \"hi\" \\ back\nnew\tline\r\u0001 é</script>")));
        StringWriter out = new StringWriter();
        AuditExport.json(log, new int[] {0}, out);
        assertEquals("{\"format\":\"cutover-audit-v1\",\"events\":[\n"
                + "{\"source\":\"entra\",\"key\":\"e-1\",\"time\":\"2026-03-01T08:00:00.500Z\","
                + "\"activity\":\"Update user\",\"initiator\":\"Azure MFA Management\",\"user\":\"ana@contoso.com\","
                + "\"userId\":null,\"result\":\"success\",\"methods\":[\"SMS\",\"AUTHENTICATOR_PUSH\"],"
                + "\"summary\":\"say \\\"hi\\\" \\\\ back\\nnew\\tline\\r\\u0001 é</script>\"}\n]}\n", out.toString());
    }

    @Test
    void jsonOfSeveralRowsAndOfNone() throws IOException {
        StringWriter out = new StringWriter();
        AuditExport.json(LOG, new int[] {2, 1}, out);
        assertEquals("{\"format\":\"cutover-audit-v1\",\"events\":[\n"
                + "{\"source\":\"entra\",\"key\":\"e-3\",\"time\":\"2026-03-03T00:00:00Z\",\"activity\":\"@import\","
                + "\"initiator\":\"-2+3\",\"user\":null,\"userId\":null,\"result\":null,\"methods\":[],"
                + "\"summary\":null},\n"
                + "{\"source\":\"journal\",\"key\":\"1:2\",\"time\":\"2026-03-02T10:00:00Z\","
                + "\"activity\":\"POST phoneMethods\",\"initiator\":\"Cutover run 1\",\"user\":\"leo@contoso.com\","
                + "\"userId\":null,\"result\":\"CONFIRMED\",\"methods\":[\"VOICE_MOBILE\"],"
                + "\"summary\":\"+1 2065550100 added\"}\n]}\n", out.toString());
        out = new StringWriter();
        AuditExport.json(LOG, new int[0], out);
        assertEquals("{\"format\":\"cutover-audit-v1\",\"events\":[\n]}\n", out.toString());
    }

    @Test
    void htmlEscapesEverythingAndHasNoScript() throws IOException {
        AuditLog log = AuditLog.of(List.of(entra("e-1", "2026-03-01T08:00:00Z", "Update user", MFA_APP,
                "ana@contoso.com", "id-1", "success", SMS, "<script>alert('x')</script> & \"more\"")));
        StringWriter out = new StringWriter();
        int[] rows = {0};
        AuditExport.html(log, rows, AuditDaily.of(log, rows), "Audit <b>&</b>", out);
        String page = out.toString();
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<title>Audit &lt;b&gt;&amp;&lt;/b&gt;</title>"), page);
        assertTrue(page.contains("<h1>Audit &lt;b&gt;&amp;&lt;/b&gt;</h1>"), page);
        assertTrue(page.contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;</td>"),
                page);
        assertFalse(page.contains("<script"), "no script, not even the summary's");
        assertTrue(page.contains("<tr><td>2026-03-01</td><td class=\"n\">1</td><td class=\"n\">0</td>"
                + "<td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">1</td><td class=\"n\">0</td>"
                + "<td class=\"n\">0</td></tr>"), "the day's summary: one user, one SMS change");
        assertTrue(page.contains("<tr><td>2026-03-01 08:00:00</td><td>Entra ID</td><td>Update user</td>"
                + "<td>Azure MFA Management</td><td>ana@contoso.com</td><td>SMS</td><td>success</td>"), page);
        assertTrue(page.contains("<th>Initiated by</th>"));
        assertTrue(page.endsWith("</html>\n"));
    }
}
