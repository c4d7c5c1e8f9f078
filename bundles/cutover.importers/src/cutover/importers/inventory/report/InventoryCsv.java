package cutover.importers.inventory.report;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.ReadinessRecord;
import cutover.core.inventory.Recommendation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** One row per dependency, for spreadsheets (docs/formats/inventory-report-v1.md). */
final class InventoryCsv {

    static final String HEADER = "id,category,name,identifier,source,target,rule,readiness,notes,reasons,caveats,evidence";
    /** Between the texts of a reasons, caveats or evidence cell. */
    static final String JOIN = " | ";

    private InventoryCsv() {
    }

    static void write(Writer out, Inventory inventory) throws IOException {
        StringBuilder b = new StringBuilder(1 << 17);
        // Excel reads a CSV without a byte order mark in the legacy code page and garbles every non-ASCII note
        b.append('\uFEFF').append(HEADER).append("\r\n");
        for (AnalyzedDependency analyzed : inventory.dependencies()) {
            Dependency d = analyzed.dependency();
            Recommendation r = analyzed.recommendation();
            ReadinessRecord readiness = inventory.readiness(d.id());
            CsvCell.append(b, d.id()).append(',').append(d.category().name()).append(',');
            CsvCell.append(b, d.name()).append(',');
            CsvCell.append(b, d.identifier()).append(',');
            CsvCell.append(b, d.source()).append(',').append(r.target().name()).append(',');
            CsvCell.append(b, r.ruleId()).append(',').append(readiness.readiness().name()).append(',');
            CsvCell.append(b, readiness.notes()).append(',');
            CsvCell.append(b, String.join(JOIN, r.reasons())).append(',');
            CsvCell.append(b, String.join(JOIN, r.caveats())).append(',');
            CsvCell.append(b, evidence(d.evidence())).append("\r\n");
            if (b.length() > 1 << 16) {
                out.append(b);
                b.setLength(0);
            }
        }
        out.append(b);
    }

    private static String evidence(List<Evidence> evidence) {
        StringBuilder joined = new StringBuilder();
        for (Evidence e : evidence) {
            if (!joined.isEmpty()) {
                joined.append(JOIN);
            }
            joined.append(e);
        }
        return joined.toString();
    }
}
