package cutover.graph;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.PhoneType;
import cutover.store.JournalEntry;
import cutover.store.JournalWrite;
import cutover.store.JournalWrite.UndoRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * How to take a write back, worked out from what the user had just before it: an added phone is deleted, an
 * updated one gets its old number back, a deleted one is added again, the default method is set back. And the
 * writes of an undo run: the confirmed writes of a run taken back in reverse order.
 */
final class UndoRequests {

    private UndoRequests() {
    }

    /**
     * The undo of each write of one user's stage, given the user's state before the first of them; the state is
     * carried forward through the stage so that each write is taken back to what the one before it left.
     */
    static List<UndoRequest> forStage(List<JournalWrite> stage, ReadBack.UserState before) {
        EnumMap<PhoneType, String> phones = new EnumMap<>(PhoneType.class);
        phones.putAll(before.phones());
        EntraMethod defaultMethod = before.defaultMethod();
        List<UndoRequest> undo = new ArrayList<>();
        for (JournalWrite write : stage) {
            String base = write.path().startsWith("/beta/") ? "/beta" : "/v1.0";
            String users = base + "/users/" + write.objectId() + "/authentication/";
            String json = WriteRequest.of(write).json();
            JsonObject body = json == null ? new JsonObject() : JsonParser.parseString(json).getAsJsonObject();
            if (write.path().endsWith("/signInPreferences")) {
                undo.add(defaultMethod == null ? null : new UndoRequest("PATCH", write.path(),
                        "userPreferredMethodForSecondaryAuthentication=" + defaultMethod.graphName()));
                defaultMethod = EntraMethod.fromGraphName(
                        body.get("userPreferredMethodForSecondaryAuthentication").getAsString());
            } else if (write.path().contains("/phoneMethods")) {
                PhoneType type = body.has("phoneType") ? PhoneType.fromGraphName(body.get("phoneType").getAsString())
                        : PhoneType.fromMethodPath(write.path());
                String old = phones.get(type);
                String method = users + "phoneMethods/" + type.methodId();
                if (write.httpMethod().equals("DELETE")) {
                    undo.add(old == null ? null : new UndoRequest("POST", users + "phoneMethods",
                            "phoneType=" + type.graphName() + ", phoneNumber=" + old));
                    phones.remove(type);
                } else {
                    undo.add(old == null ? new UndoRequest("DELETE", method, null)
                            : new UndoRequest("PATCH", method, "phoneNumber=" + old));
                    phones.put(type, body.get("phoneNumber").getAsString());
                }
            } else {
                undo.add(null); // hardware tokens: the device id is known only from Graph's answer (createdTokenUndo)
            }
        }
        return undo;
    }

    /**
     * The writes that take back a run's confirmed writes, newest first. Left out: writes without an undo, and the
     * deletion of a number that a default method the run set (where Entra ID had none, so it cannot be unset)
     * still uses: Graph would refuse it.
     */
    static List<JournalWrite> undoRun(List<JournalEntry> entries) {
        java.util.Set<String> keptNumbers = new java.util.HashSet<>();
        for (JournalEntry entry : entries) {
            JournalWrite write = entry.write();
            if (entry.state() == cutover.store.EntryState.CONFIRMED && write.undo() == null
                    && write.path().endsWith("/signInPreferences")) {
                JsonObject body = JsonParser.parseString(WriteRequest.of(write).json()).getAsJsonObject();
                PhoneType slot = EntraMethod.fromGraphName(
                        body.get("userPreferredMethodForSecondaryAuthentication").getAsString()).phoneType();
                if (slot != null) {
                    keptNumbers.add(write.objectId() + "/" + slot.methodId());
                }
            }
        }
        List<JournalWrite> writes = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            JournalEntry entry = entries.get(i);
            UndoRequest undo = entry.write().undo();
            boolean kept = undo != null && undo.httpMethod().equals("DELETE")
                    && keptNumbers.stream().anyMatch(k -> undo.path().endsWith(k.substring(k.indexOf('/')))
                            && undo.path().contains(k.substring(0, k.indexOf('/'))));
            if (entry.state() != cutover.store.EntryState.CONFIRMED) {
                continue;
            }
            UndoRequest taken = undo != null ? (kept ? null : undo) : createdTokenUndo(entry);
            if (taken != null) {
                writes.add(new JournalWrite(writes.size(), entry.write().upn(), entry.write().objectId(),
                        taken.httpMethod(), taken.path(), taken.body(), ApplyRun.UNDO_RULE_PREFIX
                        + entry.write().rule(), null));
            }
        }
        return writes;
    }

    /**
     * A hardware token the run created (with assignTo) is taken back in two steps, newest first: its assignment is
     * removed, then the device is deleted. Both need the device id Graph gave in its answer; without it (a journal
     * of an older version) the token stays.
     */
    private static UndoRequest createdTokenUndo(JournalEntry entry) {
        JournalWrite write = entry.write();
        if (entry.resultId() == null) {
            return null;
        }
        boolean token = WriteRequest.assignsHardwareToken(write) || WriteRequest.createsHardwareToken(write);
        return token ? new UndoRequest("DELETE", write.path() + "/" + entry.resultId(), null) : null;
    }
}
