package cutover.graph;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import cutover.core.plan.ActionKind;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanAction;
import cutover.store.JournalWrite;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes of a plan file (format {@code cutover-plan} v1), in plan order, streamed: skips and "cannot migrate"
 * lines are only read past. The tenant id of the snapshot the plan was made from comes along, so that a plan is
 * never applied to another tenant.
 */
public final class PlanWrites {

    /**
     * @param tenantId the tenant of the snapshot the plan was made from
     * @param writes the writes, numbered from 0 in plan order
     */
    public record Writes(String tenantId, List<JournalWrite> writes) {
    }

    private PlanWrites() {
    }

    /** The writes of a plan in memory, numbered from 0 in plan order, with each user's fingerprint. */
    public static List<JournalWrite> of(Plan plan) {
        List<JournalWrite> writes = new ArrayList<>();
        List<PlanAction> actions = plan.actions();
        for (int i = 0; i < actions.size(); i++) {
            if (plan.kind(i) == ActionKind.WRITE) {
                PlanAction action = actions.get(i);
                writes.add(new JournalWrite(writes.size(), action.upn(), action.objectId(),
                        action.operation().httpMethod(), action.path(), action.bodySummary(), action.rule().id(),
                        null, plan.fingerprint(i)));
            }
        }
        return writes;
    }

    public static Writes read(Path plan) throws IOException {
        try (Reader file = Files.newBufferedReader(plan, StandardCharsets.UTF_8);
                JsonReader json = new JsonReader(file)) {
            String format = null;
            String tenantId = null;
            List<JournalWrite> writes = new ArrayList<>();
            json.beginObject();
            while (json.hasNext()) {
                switch (json.nextName()) {
                    case "format" -> format = json.nextString();
                    case "source" -> tenantId = tenantId(json);
                    case "actions" -> {
                        json.beginArray();
                        while (json.hasNext()) {
                            JournalWrite write = action(json, writes.size());
                            if (write != null) {
                                writes.add(write);
                            }
                        }
                        json.endArray();
                    }
                    default -> json.skipValue();
                }
            }
            if (!"cutover-plan".equals(format)) {
                throw new IOException(plan + ": this is not a Cutover plan (format \"cutover-plan\")");
            }
            return new Writes(tenantId, writes);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(plan + ": the file does not exist", e);
        } catch (IllegalStateException | NumberFormatException e) {
            throw new IOException(plan + ": the plan is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String tenantId(JsonReader json) throws IOException {
        String tenantId = null;
        json.beginObject();
        while (json.hasNext()) {
            if (json.nextName().equals("tenantId") && json.peek() == JsonToken.STRING) {
                tenantId = json.nextString();
            } else {
                json.skipValue();
            }
        }
        json.endObject();
        return tenantId;
    }

    private static JournalWrite action(JsonReader json, int seq) throws IOException {
        String upn = null;
        String objectId = null;
        String kind = null;
        String method = null;
        String path = null;
        String body = null;
        String rule = null;
        String fingerprint = null;
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            if (json.peek() == JsonToken.NULL) {
                json.nextNull();
                continue;
            }
            switch (name) {
                case "upn" -> upn = json.nextString();
                case "objectId" -> objectId = json.nextString();
                case "kind" -> kind = json.nextString();
                case "method" -> method = json.nextString();
                case "path" -> path = json.nextString();
                case "body" -> body = json.nextString();
                case "rule" -> rule = json.nextString();
                case "fingerprint" -> fingerprint = json.nextString();
                default -> json.skipValue();
            }
        }
        json.endObject();
        if (!"WRITE".equals(kind)) {
            return null;
        }
        return new JournalWrite(seq, upn, objectId, method, path, body, rule, null, fingerprint);
    }
}
