package cutover.core.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The users earlier migrations wrote, by the UPN the MFA Server export gives them. The planner skips a user whose
 * data has the recorded fingerprint (unless every user is to be migrated). Immutable.
 */
public final class MigrationHistory {

    private static final MigrationHistory EMPTY = new MigrationHistory(Map.of());

    private final Map<String, MigratedUser> byUpn;

    private MigrationHistory(Map<String, MigratedUser> byUpn) {
        this.byUpn = byUpn;
    }

    /** No migration yet: every matched user is planned. */
    public static MigrationHistory empty() {
        return EMPTY;
    }

    /**
     * @throws IllegalArgumentException when a UPN appears twice
     */
    public static MigrationHistory of(Collection<MigratedUser> users) {
        Map<String, MigratedUser> byUpn = HashMap.newHashMap(users.size());
        for (MigratedUser user : users) {
            if (byUpn.putIfAbsent(user.upn(), user) != null) {
                throw new IllegalArgumentException("user " + user.upn() + " appears twice in the migration history");
            }
        }
        return new MigrationHistory(Map.copyOf(byUpn));
    }

    /** The record of this exported UPN, or null when the user was never migrated. */
    public MigratedUser get(String upn) {
        return byUpn.get(upn);
    }

    public int size() {
        return byUpn.size();
    }

    public Collection<MigratedUser> users() {
        return byUpn.values();
    }
}
