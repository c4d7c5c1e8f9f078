package cutover.importers.inventory.report;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventoryProblem;
import cutover.core.inventory.InventorySummary;
import cutover.core.inventory.ReadinessRecord;
import cutover.core.inventory.Recommendation;
import cutover.core.inventory.SkippedFile;
import cutover.importers.mfaserver.JsonText;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The inventory for tools: format {@code cutover-inventory} v1, docs/formats/inventory-report-v1.md. */
final class InventoryJson {

    static final String FORMAT = "cutover-inventory";
    static final int VERSION = 1;

    private final Writer out;
    private final StringBuilder b = new StringBuilder(1 << 17);

    private InventoryJson(Writer out) {
        this.out = out;
    }

    static void write(Writer out, Inventory inventory, ReportContext context) throws IOException {
        new InventoryJson(out).write(inventory, context);
    }

    private void write(Inventory inventory, ReportContext context) throws IOException {
        InventorySummary s = inventory.summary();
        b.append("{\"format\":\"").append(FORMAT).append("\",\"version\":").append(VERSION).append(",\"createdAt\":");
        string(context.createdAt().toString()).append(",\"collection\":");
        string(context.collection()).append(",\n\"summary\":{\"dependencies\":").append(s.total())
                .append(",\"byCategory\":");
        counts(s.byCategory()).append(",\"byTarget\":");
        counts(s.byTarget()).append(",\"byReadiness\":");
        counts(s.byReadiness()).append(",\"problems\":").append(s.problems()).append(",\"skippedFiles\":")
                .append(s.skippedFiles()).append("},\n\"sources\":[");
        List<CollectedSources.Source> sources = CollectedSources.of(inventory.dependencies());
        for (int i = 0; i < sources.size(); i++) {
            CollectedSources.Source source = sources.get(i);
            b.append(i == 0 ? "\n{\"name\":" : ",\n{\"name\":");
            string(source.name()).append(",\"dependencies\":").append(source.dependencies()).append(",\"files\":");
            strings(source.files()).append('}');
        }
        b.append("\n],\n\"dependencies\":[");
        boolean first = true;
        for (AnalyzedDependency analyzed : inventory.dependencies()) {
            b.append(first ? "\n" : ",\n");
            first = false;
            dependency(analyzed, inventory.readiness(analyzed.id()));
            if (b.length() > 1 << 16) {
                flush();
            }
        }
        b.append("\n],\n\"orphanedReadiness\":[");
        first = true;
        for (ReadinessRecord orphan : inventory.orphanedReadiness()) {
            b.append(first ? "\n{\"dependencyId\":" : ",\n{\"dependencyId\":");
            first = false;
            string(orphan.dependencyId()).append(',');
            readinessFields(orphan).append('}');
        }
        b.append("\n],\n\"problems\":[");
        first = true;
        for (InventoryProblem problem : inventory.problems()) {
            b.append(first ? "\n{\"file\":" : ",\n{\"file\":");
            first = false;
            string(problem.file()).append(",\"line\":").append(problem.line()).append(",\"message\":");
            string(problem.message()).append('}');
        }
        b.append("\n],\n\"skippedFiles\":[");
        first = true;
        for (SkippedFile skipped : inventory.skippedFiles()) {
            b.append(first ? "\n{\"file\":" : ",\n{\"file\":");
            first = false;
            string(skipped.file()).append(",\"reason\":");
            string(skipped.reason()).append('}');
        }
        b.append("\n]}\n");
        flush();
    }

    private void dependency(AnalyzedDependency analyzed, ReadinessRecord readiness) {
        Dependency d = analyzed.dependency();
        Recommendation r = analyzed.recommendation();
        b.append("{\"id\":");
        string(d.id()).append(",\"category\":\"").append(d.category().name()).append("\",\"name\":");
        string(d.name()).append(",\"identifier\":");
        string(d.identifier()).append(",\"source\":");
        string(d.source()).append(",\"attributes\":{");
        boolean first = true;
        for (Map.Entry<String, String> attribute : d.attributes().entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            string(attribute.getKey()).append(':');
            string(attribute.getValue());
        }
        b.append("},\"signatures\":");
        strings(d.signatures()).append(",\"target\":\"").append(r.target().name()).append("\",\"rule\":");
        string(r.ruleId()).append(",\"reasons\":");
        strings(r.reasons()).append(",\"caveats\":");
        strings(r.caveats()).append(",\"evidence\":[");
        for (int i = 0; i < d.evidence().size(); i++) {
            Evidence e = d.evidence().get(i);
            b.append(i == 0 ? "{\"file\":" : ",{\"file\":");
            string(e.file()).append(",\"line\":").append(e.line()).append(",\"path\":");
            string(e.path()).append(",\"seen\":");
            string(e.seen()).append('}');
        }
        b.append("],");
        readinessFields(readiness).append('}');
    }

    private StringBuilder readinessFields(ReadinessRecord record) {
        b.append("\"readiness\":\"").append(record.readiness().name()).append("\",\"notes\":");
        string(record.notes()).append(",\"readinessUpdatedAt\":");
        return string(record.updatedAt().equals(Instant.EPOCH) ? null : record.updatedAt().toString());
    }

    private StringBuilder string(String value) {
        return value == null ? b.append("null") : JsonText.appendQuoted(b, value);
    }

    private StringBuilder strings(List<String> values) {
        b.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            string(values.get(i));
        }
        return b.append(']');
    }

    private <E extends Enum<E>> StringBuilder counts(Map<E, Integer> counts) {
        b.append('{');
        boolean first = true;
        for (Map.Entry<E, Integer> count : counts.entrySet()) {
            b.append(first ? "\"" : ",\"").append(count.getKey().name()).append("\":").append(count.getValue());
            first = false;
        }
        return b.append('}');
    }

    private void flush() throws IOException {
        out.append(b);
        b.setLength(0);
    }
}
