package cutover.emulator;

import java.util.ArrayList;
import java.util.List;

/** A security group: direct member users and direct member groups (nesting). Guarded by the tenant's lock. */
final class GroupState {

    final String id;
    final String displayName;
    final List<String> memberUserIds = new ArrayList<>();
    final List<String> memberGroupIds = new ArrayList<>();

    GroupState(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }
}
