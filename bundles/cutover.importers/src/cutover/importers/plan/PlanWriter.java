package cutover.importers.plan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.Map;

import cutover.core.plan.ActionKind;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanAction;
import cutover.core.plan.PlanSummary;
import cutover.core.plan.RuleId;
import cutover.importers.mfaserver.ReplaceFile;

/**
 * Writes a plan as JSON (format {@code cutover-plan} v1, docs/formats/plan-v1.md), CSV (one action per row) or a
 * readable HTML summary, chosen by the file name's extension. Plans hold no secrets, so neither do these files.
 */
public final class PlanWriter {

    public enum Format { JSON, CSV, HTML }

    /** What the plan was made from, written into JSON and HTML. */
    public record Context(String mfaServerFile, String tenantFile, String tenantId, String defaultMethodMode,
            String matchAttribute, boolean migrateAll, Instant createdAt) {
    }

    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        return Format.JSON;
    }

    public void write(Path file, Plan plan, Context context) throws IOException {
        ReplaceFile.write(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            switch (formatOf(file)) {
                case CSV -> writeCsv(out, plan);
                case HTML -> new PlanHtml(out, plan, context).write();
                case JSON -> writeJson(out, plan, context);
            }
            out.flush();
            return null;
        });
    }

    private static void writeJson(Writer out, Plan plan, Context context) throws IOException {
        PlanSummary s = plan.summary();
        out.write("{\"format\":\"cutover-plan\",\"version\":1,\"createdAt\":" + PlanText.json(context.createdAt().toString()));
        out.write(",\n\"source\":{\"mfaServerFile\":" + PlanText.json(context.mfaServerFile()) + ",\"tenantFile\":"
                + PlanText.json(context.tenantFile()) + ",\"tenantId\":" + PlanText.json(context.tenantId()) + "}");
        out.write(",\n\"options\":{\"defaultMethod\":" + PlanText.json(context.defaultMethodMode()) + ",\"matchAttribute\":"
                + PlanText.json(context.matchAttribute()) + ",\"migrateAll\":" + context.migrateAll() + "}");
        out.write(",\n\"summary\":{\"users\":" + s.users() + ",\"usersWithWrites\":" + s.usersWithWrites()
                + ",\"usersUnchanged\":" + s.usersUnchanged() + ",\"usersUnmatched\":" + s.usersUnmatched()
                + ",\"usersAmbiguous\":" + s.usersAmbiguous());
        out.write(",\"actionsByKind\":" + counts(s.actionsByKind()));
        out.write(",\"actionsByRule\":" + counts(s.actionsByRule()));
        out.write(",\"writesByOperation\":" + counts(s.writesByOperation()) + "}");
        out.write(",\n\"actions\":[");
        List<PlanAction> actions = plan.actions();
        for (int i = 0; i < actions.size(); i++) {
            PlanAction a = actions.get(i);
            out.write(i == 0 ? "\n" : ",\n");
            out.write("{\"upn\":" + PlanText.json(a.upn()) + ",\"objectId\":" + PlanText.json(a.objectId())
                    + ",\"kind\":" + PlanText.json(a.kind().name())
                    + ",\"method\":" + PlanText.json(a.operation() == null ? null : a.operation().httpMethod())
                    + ",\"path\":" + PlanText.json(a.operation() == null ? null : a.path())
                    + ",\"api\":" + PlanText.json(apiName(a)) + ",\"body\":" + PlanText.json(a.bodySummary())
                    + ",\"rule\":" + PlanText.json(a.rule().id()) + ",\"reason\":" + PlanText.json(a.reason())
                    + (a.kind() == ActionKind.WRITE ? ",\"fingerprint\":\"" + plan.fingerprint(i) + "\"" : "") + "}");
        }
        out.write("\n]}\n");
    }

    private static void writeCsv(Writer out, Plan plan) throws IOException {
        out.write("upn,object_id,kind,method,path,api,body,rule,reason\r\n");
        for (PlanAction a : plan.actions()) {
            out.write(String.join(",", PlanText.csv(a.upn()), PlanText.csv(a.objectId()), a.kind().name(),
                    PlanText.csv(a.operation() == null ? null : a.operation().httpMethod()),
                    PlanText.csv(a.operation() == null ? null : a.path()), PlanText.csv(apiName(a)),
                    PlanText.csv(a.bodySummary()), a.rule().id(), PlanText.csv(a.reason())));
            out.write("\r\n");
        }
    }

    static String apiName(PlanAction action) {
        return switch (action.api()) {
            case V1_0 -> "v1.0";
            case BETA -> "beta";
            case NONE -> "none";
        };
    }

    private static String counts(Map<?, Integer> counts) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<?, Integer> e : counts.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            Object key = e.getKey();
            String name = key instanceof RuleId rule ? rule.id() : key instanceof ActionKind kind ? kind.name()
                    : String.valueOf(key);
            json.append(PlanText.json(name)).append(':').append(e.getValue());
        }
        return json.append('}').toString();
    }
}
