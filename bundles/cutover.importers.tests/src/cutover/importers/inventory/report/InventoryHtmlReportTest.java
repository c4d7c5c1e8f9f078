package cutover.importers.inventory.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventorySummary;
import cutover.core.inventory.MigrationTarget;
import cutover.core.inventory.Readiness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryHtmlReportTest {

    @TempDir
    Path dir;

    private String write(Inventory inventory) throws Exception {
        Path file = dir.resolve("inventory.html");
        InventoryReportWriter.write(file, inventory, new ReportContext("C:\\collections\\contoso <2026>.zip",
                Instant.parse("2026-03-02T08:15:00Z")));
        return Files.readString(file);
    }

    @Test
    void saysWhenAndFromWhatAndCountsEverything() throws Exception {
        Inventory inventory = ReportInventories.awkward();
        String html = write(inventory);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>MFA Server dependency inventory</title>"));
        assertTrue(html.contains("2026-03-02 08:15 UTC"), "the date");
        assertTrue(html.contains("C:\\collections\\contoso &lt;2026&gt;.zip"), "the collection, escaped");
        assertTrue(html.contains("NPS02"), "the sources collected");
        InventorySummary summary = inventory.summary();
        for (DependencyCategory category : DependencyCategory.values()) {
            assertTrue(html.contains("<tr><td>" + Html.escape(category.label()) + "</td><td class=\"n\">"
                    + summary.byCategory().get(category) + "</td></tr>"), category.name());
        }
        for (MigrationTarget target : MigrationTarget.values()) {
            assertTrue(html.contains("<tr><td>" + Html.escape(target.label()) + "</td><td class=\"n\">"
                    + summary.byTarget().get(target) + "</td></tr>"), target.name());
        }
        for (Readiness readiness : Readiness.values()) {
            assertTrue(html.contains("<tr><td>" + readiness.label() + "</td><td class=\"n\">"
                    + summary.byReadiness().get(readiness) + "</td></tr>"), readiness.name());
        }
    }

    @Test
    void listsEveryDependencyWithItsRecommendationAndEvidence() throws Exception {
        Inventory inventory = ReportInventories.awkward();
        String html = write(inventory);
        for (AnalyzedDependency analyzed : inventory.dependencies()) {
            assertTrue(html.contains("<span class=\"small\">" + analyzed.id() + "</span>"), analyzed.id());
            assertTrue(html.contains("<b>" + Html.escape(analyzed.dependency().name()) + "</b>"), analyzed.id());
            assertTrue(html.contains("href=\"#rule-" + analyzed.recommendation().ruleId() + "\""));
            for (String reason : analyzed.recommendation().reasons()) {
                assertTrue(html.contains(Html.escape(reason)), reason);
            }
            for (String caveat : analyzed.recommendation().caveats()) {
                assertTrue(html.contains(Html.escape(caveat)), caveat);
            }
            assertTrue(html.contains("<code>" + Html.escape(analyzed.dependency().evidence().get(0).file())
                    + "</code>"));
        }
        assertTrue(html.contains("<code>NPS02/nps-configuration.xml</code>, line 40, Clients/"), "file, line and path");
    }

    @Test
    void escapesEverythingFromTheCollection() throws Exception {
        String html = write(ReportInventories.awkward());
        assertFalse(html.contains("<script"), "no script element, neither from the report nor from a name");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; VPN"));
        assertTrue(html.contains("the XML ends &lt;early&gt;"), "problems are escaped too");
        assertTrue(html.contains("not JSON &amp; not CLIXML"));
        assertTrue(html.contains(Html.escape(ReportInventories.NOTES)), "notes, escaped, line break kept");
    }

    @Test
    void isSelfContainedAndPrintable() throws Exception {
        String html = write(ReportInventories.awkward());
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("@page"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<link"), "no external style sheet");
        assertFalse(lower.contains(" src="), "no images or scripts fetched");
        assertFalse(lower.contains("url("), "nothing fetched from CSS");
    }

    @Test
    void readinessIsAPrintedCheckboxAndOrphanedNotesStay() throws Exception {
        String html = write(ReportInventories.awkward());
        assertTrue(html.contains("<span class=\"box\">✓</span>"), "the migrated dependency is ticked");
        assertTrue(html.contains("<span class=\"box\"></span>"), "the others are empty boxes");
        assertTrue(html.contains("Migrated<br><span class=\"small\">2026-03-01</span>"));
        assertTrue(html.contains("radius-client-gone00000000") && html.contains("removed in 2025"),
                "readiness of a dependency no longer collected is not lost");
    }

    @Test
    void problemsAndSkippedFilesAreInTheAppendix() throws Exception {
        String html = write(ReportInventories.awkward());
        String appendix = html.substring(html.indexOf("<h2 id=\"appendix\""));
        assertTrue(appendix.contains("<code>NPS02/nps-configuration.xml</code></td><td class=\"n\">17</td>"));
        assertTrue(appendix.contains("<code>README.txt</code></td><td>not one of the files Cutover reads"));
    }

    @Test
    void sharedCaveatsArePrintedOnceAndReferredToByNumber() throws Exception {
        Inventory inventory = ReportInventories.large();
        String html = write(inventory);
        Map<String, Integer> uses = new HashMap<>();
        for (AnalyzedDependency analyzed : inventory.dependencies()) {
            for (String caveat : analyzed.recommendation().caveats()) {
                uses.merge(caveat, 1, Integer::sum);
            }
        }
        String shared = uses.entrySet().stream().filter(e -> e.getValue() > 1000).map(Map.Entry::getKey)
                .filter(text -> text.length() > 80).findFirst().orElseThrow();
        String escaped = Html.escape(shared);
        assertEquals(html.indexOf(escaped), html.lastIndexOf(escaped), "printed once: " + shared);
        assertTrue(inventory.dependencies().size() > 12_000);
        assertTrue(Files.size(dir.resolve("inventory.html")) < 15_000_000, "12,000 dependencies in under 15 MB");
    }
}
