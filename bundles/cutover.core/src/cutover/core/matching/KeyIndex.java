package cutover.core.matching;

import cutover.core.tenant.EntraUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Entra users by one key. Keys are nearly always unique, so the common case costs one map entry per user and the
 * rare duplicates live in a second map.
 */
final class KeyIndex {

    private final Map<String, EntraUser> unique;
    private final Map<String, List<EntraUser>> duplicates = new HashMap<>();

    KeyIndex(List<EntraUser> users, Function<EntraUser, String> key) {
        unique = HashMap.newHashMap(users.size());
        for (EntraUser user : users) {
            String value = key.apply(user);
            if (value == null) {
                continue;
            }
            List<EntraUser> shared = duplicates.get(value);
            if (shared != null) {
                shared.add(user);
                continue;
            }
            EntraUser previous = unique.putIfAbsent(value, user);
            if (previous != null) {
                unique.remove(value);
                shared = new ArrayList<>(List.of(previous, user));
                duplicates.put(value, shared);
            }
        }
    }

    /** The users with this key: none, one, or several. */
    List<EntraUser> find(String key) {
        if (key == null) {
            return List.of();
        }
        EntraUser user = unique.get(key);
        if (user != null) {
            return List.of(user);
        }
        return duplicates.getOrDefault(key, List.of());
    }
}
