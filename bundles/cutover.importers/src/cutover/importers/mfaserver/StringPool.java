package cutover.importers.mfaserver;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal strings between users for values with few distinct values (country codes, languages, device
 * names). With hundreds of thousands of users this saves tens of megabytes of heap. Bounded, so a file where such
 * a column is unexpectedly unique cannot make the pool itself the memory problem.
 */
final class StringPool {

    private static final int MAX_ENTRIES = 4096;

    private final Map<String, String> pool = new HashMap<>();

    String share(String value) {
        if (value == null) {
            return null;
        }
        String shared = pool.get(value);
        if (shared != null) {
            return shared;
        }
        if (pool.size() < MAX_ENTRIES) {
            pool.put(value, value);
        }
        return value;
    }
}
