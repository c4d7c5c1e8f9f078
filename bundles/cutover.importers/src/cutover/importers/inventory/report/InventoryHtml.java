package cutover.importers.inventory.report;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventoryProblem;
import cutover.core.inventory.InventorySummary;
import cutover.core.inventory.MigrationTarget;
import cutover.core.inventory.Readiness;
import cutover.core.inventory.ReadinessRecord;
import cutover.core.inventory.Recommendation;
import cutover.core.inventory.SkippedFile;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The printable report for the customer: one self-contained page (inline CSS, no script, nothing fetched) with the
 * sources, the counts, a checklist per category, the recommendation rules with their shared reasons and caveats,
 * and the import's problems in an appendix.
 */
final class InventoryHtml {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String STYLE = """
            body{font:14px/1.4 system-ui,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:2em;color:#1b1b1b}
            h1{font-size:1.6em;margin:0 0 .2em}h2{margin-top:2em;border-bottom:2px solid #1b1b1b}h3{margin:1.5em 0 .3em}
            table{border-collapse:collapse;margin:.4em 0 1em}th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#eef1f5}td.n{text-align:right}.meta{color:#444}.small{color:#555;font-size:.85em}
            .counts{display:flex;flex-wrap:wrap;gap:0 2.5em;align-items:flex-start}table.list{width:100%}tr.w td{border-top:0;font-size:.9em;color:#333}
            tr.m td{border-bottom:0}.box{display:inline-block;width:1em;height:1em;border:1.5px solid #000;line-height:1em;text-align:center}
            code{font-family:ui-monospace,Consolas,monospace;font-size:.92em}.pre{white-space:pre-wrap}.nw{white-space:nowrap}nav a{margin-right:1em}
            @page{size:A4 landscape;margin:12mm}
            @media print{body{margin:0;font-size:9pt}nav{display:none}a{color:inherit;text-decoration:none}
            h2.page{break-before:page}h2,h3{break-after:avoid}thead{display:table-header-group}tbody.d,tr{break-inside:avoid}
            th{background:#eee;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    private final Writer out;
    private final Inventory inventory;
    private final ReportContext context;
    private final StringBuilder b = new StringBuilder(1 << 17);
    private RecommendationIndex index;

    InventoryHtml(Writer out, Inventory inventory, ReportContext context) {
        this.out = out;
        this.inventory = inventory;
        this.context = context;
    }

    void write() throws IOException {
        index = RecommendationIndex.of(inventory.dependencies());
        InventorySummary summary = inventory.summary();
        List<CollectedSources.Source> sources = CollectedSources.of(inventory.dependencies());
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>MFA Server dependency inventory</title><style>\n").append(STYLE)
                .append("</style></head><body>\n<h1>MFA Server dependency inventory</h1>\n<p class=\"meta\">Created ")
                .append(DATE_TIME.format(context.createdAt()));
        if (context.collection() != null) {
            Html.append(b.append(" from <code>"), context.collection()).append("</code>");
        }
        b.append(". ").append(count(summary.total(), "dependency", "dependencies")).append(" from ")
                .append(count(sources.size(), "server", "servers")).append("; ")
                .append(count(summary.problems(), "import problem", "import problems")).append("; ")
                .append(count(summary.skippedFiles(), "file", "files")).append(" skipped.</p>\n")
                .append("<nav><a href=\"#sources\">Sources</a><a href=\"#summary\">Summary</a>")
                .append("<a href=\"#checklist\">Checklist</a><a href=\"#recommendations\">Recommendations</a>")
                .append("<a href=\"#appendix\">Appendix</a></nav>\n");
        writeSources(sources);
        writeSummary(summary);
        writeChecklist();
        writeRecommendations();
        writeAppendix();
        b.append("<p class=\"small\">Made by Cutover. Shared secrets and passwords in the collected files are never read"
                + " into the inventory: it only records whether one is set.</p>\n</body></html>\n");
        flush();
    }

    private void writeSources(List<CollectedSources.Source> sources) {
        b.append("<h2 id=\"sources\">Sources collected</h2>\n");
        if (sources.isEmpty()) {
            b.append("<p>No dependencies were found.</p>\n");
            return;
        }
        b.append("<table><thead><tr><th>Server</th><th>Dependencies</th><th>Files with findings</th></tr></thead>\n");
        for (CollectedSources.Source source : sources) {
            Html.append(b.append("<tr><td>"), source.shownName()).append("</td>");
            cell(source.dependencies()).append("<td>");
            for (int i = 0; i < source.files().size(); i++) {
                Html.append(b.append(i == 0 ? "<code>" : "<br><code>"), source.files().get(i)).append("</code>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private void writeSummary(InventorySummary summary) {
        b.append("<h2 id=\"summary\">Summary</h2>\n<div class=\"counts\">");
        countTable("By category", DependencyCategory.values(), DependencyCategory::label, summary.byCategory(),
                summary.total());
        countTable("By recommended target", MigrationTarget.values(), MigrationTarget::label, summary.byTarget(),
                summary.total());
        countTable("By readiness", Readiness.values(), Readiness::label, summary.byReadiness(), summary.total());
        b.append("</div>\n");
    }

    private <E extends Enum<E>> void countTable(String title, E[] values, Function<E, String> label,
            Map<E, Integer> counts, int total) {
        b.append("<table><thead><tr><th>").append(title).append("</th><th>Count</th></tr></thead>\n");
        for (E value : values) {
            Html.append(b.append("<tr><td>"), label.apply(value)).append("</td>");
            cell(counts.getOrDefault(value, 0)).append("</tr>\n");
        }
        b.append("<tr><th>Total</th>");
        cell(total).append("</tr></table>\n");
    }

    private void writeChecklist() throws IOException {
        b.append("<h2 id=\"checklist\" class=\"page\">Checklist</h2>\n<p>One entry per dependency, by category. ")
                .append("Reasons and caveats that several dependencies share are listed once under ")
                .append("<a href=\"#recommendations\">Recommendations</a> and referred to by number (R1, C1 …).</p>\n");
        Map<DependencyCategory, List<AnalyzedDependency>> byCategory = new EnumMap<>(DependencyCategory.class);
        for (AnalyzedDependency analyzed : inventory.dependencies()) {
            byCategory.computeIfAbsent(analyzed.dependency().category(), c -> new ArrayList<>()).add(analyzed);
        }
        for (Map.Entry<DependencyCategory, List<AnalyzedDependency>> group : byCategory.entrySet()) {
            Html.append(b.append("<h3 id=\"cat-").append(group.getKey().name()).append("\">"), group.getKey().label())
                    .append(" — ").append(count(group.getValue().size())).append("</h3>\n")
                    .append("<table class=\"list\"><thead><tr><th>Done</th><th>Dependency</th><th>Server</th>")
                    .append("<th>Recommended</th><th>Readiness</th><th>Notes</th></tr></thead>\n");
            for (AnalyzedDependency analyzed : group.getValue()) {
                row(analyzed);
                if (b.length() > 1 << 16) {
                    flush();
                }
            }
            b.append("</table>\n");
        }
    }

    private void row(AnalyzedDependency analyzed) {
        Dependency d = analyzed.dependency();
        Recommendation r = analyzed.recommendation();
        ReadinessRecord readiness = inventory.readiness(d.id());
        boolean done = readiness.readiness().isMigrated();
        b.append("<tbody class=\"d\"><tr class=\"m\"><td><span class=\"box\">").append(done ? "✓" : "")
                .append("</span></td><td><b>");
        Html.append(b, d.name()).append("</b>");
        if (d.identifier() != null && !d.identifier().equals(d.name())) {
            Html.append(b.append("<br><code>"), d.identifier()).append("</code>");
        }
        Html.append(b.append("<br><span class=\"small\">"), d.id()).append("</span></td><td>");
        Html.append(b, d.source().isEmpty() ? "(top folder)" : d.source()).append("</td><td>");
        Html.append(b, r.target().label()).append("<br><a href=\"#rule-");
        Html.append(b, r.ruleId()).append("\">");
        Html.append(b, r.ruleId()).append("</a></td><td>").append(readiness.readiness().label());
        if (!readiness.updatedAt().equals(Instant.EPOCH)) {
            b.append("<br><span class=\"small\">").append(DATE.format(readiness.updatedAt())).append("</span>");
        }
        Html.append(b.append("</td><td class=\"pre\">"), readiness.notes()).append("</td></tr>\n");

        b.append("<tr class=\"w\"><td></td><td colspan=\"5\"><b>Why:</b> ");
        for (String reason : r.reasons()) {
            text(index.reason(reason), reason);
        }
        if (!r.caveats().isEmpty()) {
            b.append("<br><b>Caveats:</b> ");
            for (String caveat : r.caveats()) {
                text(index.caveat(caveat), caveat);
            }
        }
        if (!d.evidence().isEmpty()) {
            b.append("<br><b>Evidence:</b> ");
            for (int i = 0; i < d.evidence().size(); i++) {
                evidence(i == 0 ? "" : "; ", d.evidence().get(i));
            }
        }
        b.append("</td></tr></tbody>\n");
    }

    /** A shared text as a link to its number, the dependency's own text in full. */
    private void text(RecommendationIndex.Text entry, String text) {
        if (entry != null && entry.id() != null) {
            b.append("<a href=\"#").append(entry.id()).append("\">").append(entry.id()).append("</a> ");
        } else {
            Html.append(b, text).append(' ');
        }
    }

    private void evidence(String separator, Evidence evidence) {
        Html.append(b.append(separator).append("<code>"), evidence.file()).append("</code>");
        String location = evidence.location();
        if (!location.isEmpty()) {
            Html.append(b.append(", "), location);
        }
        Html.append(b.append(": "), evidence.seen());
    }

    private void writeRecommendations() throws IOException {
        b.append("<h2 id=\"recommendations\" class=\"page\">Recommendations</h2>\n");
        List<RecommendationIndex.Rule> rules = index.rules();
        if (rules.isEmpty()) {
            b.append("<p>None.</p>\n");
            return;
        }
        b.append("<table><thead><tr><th>Rule</th><th>Recommended target</th><th>Dependencies</th><th>Reasons</th>")
                .append("<th>Caveats</th></tr></thead>\n");
        for (RecommendationIndex.Rule rule : rules) {
            Html.append(b.append("<tr id=\"rule-"), rule.id()).append("\"><td class=\"nw\"><code>");
            Html.append(b, rule.id()).append("</code></td><td>");
            int i = 0;
            for (MigrationTarget target : rule.targets()) {
                Html.append(b.append(i++ == 0 ? "" : "<br>"), target.label());
            }
            b.append("</td>");
            cell(rule.dependencies()).append("<td>");
            references(rule.sharedReasons());
            b.append("</td><td>");
            references(rule.sharedCaveats());
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
        texts("Reasons", "Reason", index.sharedReasons());
        texts("Caveats", "Caveat", index.sharedCaveats());
        flush();
    }

    private void references(List<RecommendationIndex.Text> texts) {
        for (RecommendationIndex.Text text : texts) {
            b.append("<a href=\"#").append(text.id()).append("\">").append(text.id()).append("</a> ");
        }
    }

    private void texts(String title, String column, List<RecommendationIndex.Text> texts) {
        if (texts.isEmpty()) {
            return;
        }
        b.append("<h3>").append(title).append(" shared by several dependencies</h3>\n<table><thead><tr><th>No.</th>")
                .append("<th>").append(column).append("</th><th>Rules</th><th>Dependencies</th>")
                .append("</tr></thead>\n");
        for (RecommendationIndex.Text text : texts) {
            b.append("<tr id=\"").append(text.id()).append("\"><td>").append(text.id()).append("</td><td>");
            Html.append(b, text.text()).append("</td><td class=\"nw\">");
            int i = 0;
            for (String rule : text.rules()) {
                Html.append(b.append(i++ == 0 ? "<code>" : "<br><code>"), rule).append("</code>");
            }
            b.append("</td>");
            cell(text.uses()).append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private void writeAppendix() {
        b.append("<h2 id=\"appendix\" class=\"page\">Appendix</h2>\n<h3>Import problems</h3>\n");
        if (inventory.problems().isEmpty()) {
            b.append("<p>None: every collected file of a known kind was read.</p>\n");
        } else {
            b.append("<p>These files, or lines of them, could not be read; what they hold is missing above.</p>\n")
                    .append("<table><thead><tr><th>File</th><th>Line</th><th>Problem</th></tr></thead>\n");
            for (InventoryProblem problem : inventory.problems()) {
                Html.append(b.append("<tr><td><code>"), problem.file()).append("</code></td><td class=\"n\">")
                        .append(problem.line() > 0 ? Long.toString(problem.line()) : "").append("</td><td>");
                Html.append(b, problem.message()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<h3>Skipped files</h3>\n");
        if (inventory.skippedFiles().isEmpty()) {
            b.append("<p>None.</p>\n");
        } else {
            b.append("<table><thead><tr><th>File</th><th>Why it was skipped</th></tr></thead>\n");
            for (SkippedFile skipped : inventory.skippedFiles()) {
                Html.append(b.append("<tr><td><code>"), skipped.file()).append("</code></td><td>");
                Html.append(b, skipped.reason()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        List<ReadinessRecord> orphans = inventory.orphanedReadiness();
        if (!orphans.isEmpty()) {
            b.append("<h3>Readiness of dependencies not in this collection</h3>\n<p>Recorded earlier for dependencies ")
                    .append("this collection no longer contains; kept so that their notes are not lost.</p>\n")
                    .append("<table><thead><tr><th>Dependency</th><th>Readiness</th><th>Notes</th></tr></thead>\n");
            for (ReadinessRecord orphan : orphans) {
                Html.append(b.append("<tr><td><code>"), orphan.dependencyId()).append("</code></td><td>")
                        .append(orphan.readiness().label()).append("</td><td class=\"pre\">");
                Html.append(b, orphan.notes()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
    }

    private StringBuilder cell(int value) {
        return b.append("<td class=\"n\">").append(count(value)).append("</td>");
    }

    private static String count(int value) {
        return String.format(Locale.US, "%,d", value);
    }

    private static String count(int value, String one, String many) {
        return count(value) + " " + (value == 1 ? one : many);
    }

    private void flush() throws IOException {
        out.append(b);
        b.setLength(0);
    }
}
