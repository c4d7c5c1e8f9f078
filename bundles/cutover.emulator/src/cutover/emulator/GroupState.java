package cutover.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * A security group: direct member users, direct member groups (nesting) and organisational contacts; a dynamic
 * group's {@code groupTypes} say {@code DynamicMembership} (its rule is not modelled). Guarded by the tenant's lock.
 */
final class GroupState {

    final String id;
    final String displayName;
    final List<String> memberUserIds = new ArrayList<>();
    final List<String> memberGroupIds = new ArrayList<>();
    final List<ContactState> contacts = new ArrayList<>();
    boolean dynamic;

    GroupState(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }
}
