package cutover.emulator;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.TreeMap;

/**
 * The write counts of a {@link WriteCounter} at one moment. {@code total = applied + rejected}; throttled and
 * faulted writes are part of rejected.
 *
 * @param total write calls seen
 * @param applied writes that changed the tenant
 * @param rejected writes that did not
 * @param throttled rejected with 429 because the write budget was used up (not injected 429s)
 * @param faulted turned away by an injected fault (429, 503, 504 or a connection reset before executing)
 * @param duplicateWrites identical writes applied more than once, counted beyond the first time
 * @param duplicateKeys the keys applied more than once, with how often each was applied
 */
public record WriteStats(long total, long applied, long rejected, long throttled, long faulted, long duplicateWrites,
        Map<String, Integer> duplicateKeys) {

    public WriteStats {
        duplicateKeys = Map.copyOf(duplicateKeys);
    }

    /** The stats as {@code GET /_emulator/stats} answers them. */
    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("total", total);
        json.addProperty("applied", applied);
        json.addProperty("rejected", rejected);
        json.addProperty("throttled", throttled);
        json.addProperty("faulted", faulted);
        json.addProperty("duplicateWrites", duplicateWrites);
        JsonObject keys = new JsonObject();
        new TreeMap<>(duplicateKeys).forEach(keys::addProperty);
        json.add("duplicateKeys", keys);
        return json;
    }
}
