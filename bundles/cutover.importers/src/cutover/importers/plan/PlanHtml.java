package cutover.importers.plan;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cutover.core.plan.ActionKind;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanAction;
import cutover.core.plan.PlanSummary;
import cutover.core.plan.RuleId;

/** The readable summary of a plan, for a specialist to check and hand to the customer. */
final class PlanHtml {

    private static final int LISTED_PER_RULE = 200;
    private final Writer out;
    private final Plan plan;
    private final PlanWriter.Context context;

    PlanHtml(Writer out, Plan plan, PlanWriter.Context context) {
        this.out = out;
        this.plan = plan;
        this.context = context;
    }

    void write() throws IOException {
        PlanSummary s = plan.summary();
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cutover migration plan</title>"
                + "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f0f2f5}"
                + "td.n{text-align:right}.none{color:#a33}</style></head><body>\n");
        out.write("<h1>Migration plan</h1>\n<p>Created " + PlanText.html(context.createdAt().toString()) + " from <code>"
                + PlanText.html(context.mfaServerFile()) + "</code> and the snapshot of tenant <code>"
                + PlanText.html(context.tenantId()) + "</code>. Default method: " + PlanText.html(context.defaultMethodMode())
                + "; match attribute after UPN: " + PlanText.html(context.matchAttribute()) + "; "
                + (context.migrateAll() ? "all users" : "only new or changed users") + ".</p>\n");
        out.write("<table><tr><th>Users</th><th>with writes</th><th>unchanged</th><th>not found in Entra</th>"
                + "<th>ambiguous</th></tr><tr>" + cell(s.users()) + cell(s.usersWithWrites()) + cell(s.usersUnchanged())
                + cell(s.usersUnmatched()) + cell(s.usersAmbiguous()) + "</tr></table>\n");
        out.write("<h2>Writes by Graph request</h2>\n<table><tr><th>Request</th><th>Count</th></tr>\n");
        for (Map.Entry<String, Integer> e : s.writesByOperation().entrySet()) {
            out.write("<tr><td><code>" + PlanText.html(e.getKey()) + "</code></td>" + cell(e.getValue()) + "</tr>\n");
        }
        out.write("</table>\n<h2>Actions by sync rule</h2>\n<table><tr><th>Rule</th><th>What it does</th>"
                + "<th>Count</th></tr>\n");
        for (Map.Entry<RuleId, Integer> e : s.actionsByRule().entrySet()) {
            out.write("<tr><td><code>" + e.getKey().id() + "</code></td><td>" + PlanText.html(e.getKey().description())
                    + "</td>" + cell(e.getValue()) + "</tr>\n");
        }
        out.write("</table>\n");
        writeCannotMigrate();
        out.write("<p>Cutover never writes what no public Microsoft Graph API can write: those items are listed above "
                + "with the reason, and need re-registration by the user or Microsoft's MFA Server Migration Utility."
                + "</p>\n</body></html>\n");
    }

    private void writeCannotMigrate() throws IOException {
        out.write("<h2 class=\"none\">Cannot be migrated through Graph</h2>\n");
        Map<RuleId, List<PlanAction>> listed = new LinkedHashMap<>();
        Map<RuleId, Integer> totals = new LinkedHashMap<>();
        for (PlanAction a : plan.actions()) {
            if (a.kind() != ActionKind.CANNOT_MIGRATE) {
                continue;
            }
            totals.merge(a.rule(), 1, Integer::sum);
            List<PlanAction> rows = listed.computeIfAbsent(a.rule(), rule -> new ArrayList<>());
            if (rows.size() < LISTED_PER_RULE) {
                rows.add(a);
            }
        }
        for (Map.Entry<RuleId, List<PlanAction>> e : listed.entrySet()) {
            int total = totals.get(e.getKey());
            out.write("<h3><code>" + e.getKey().id() + "</code> — " + total + " items</h3>\n<table><tr><th>User</th>"
                    + "<th>Why</th></tr>\n");
            for (PlanAction a : e.getValue()) {
                out.write("<tr><td>" + PlanText.html(a.upn()) + "</td><td>" + PlanText.html(a.reason()) + "</td></tr>\n");
            }
            out.write("</table>\n");
            if (total > LISTED_PER_RULE) {
                out.write("<p>… and " + (total - LISTED_PER_RULE) + " more in the JSON or CSV plan.</p>\n");
            }
        }
    }

    private static String cell(int value) {
        return "<td class=\"n\">" + String.format("%,d", value) + "</td>";
    }
}
