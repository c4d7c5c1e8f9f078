package cutover.emulator;

import cutover.core.tenant.AuthenticationMethodsPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the tenant holds, with the indexes lookups need. Not thread-safe: only used inside
 * {@link LocalTenant#read} and {@link LocalTenant#write}.
 */
final class TenantData {

    final String tenantId;
    AuthenticationMethodsPolicy policy;
    final AuditTrail audits = new AuditTrail(AuditTrail.CAPACITY);
    private final Map<String, UserState> usersById = new LinkedHashMap<>();
    private final Map<String, UserState> usersByUpn = new HashMap<>();
    private final Map<String, GroupState> groupsById = new LinkedHashMap<>();
    private final Map<String, OathDeviceState> devicesById = new LinkedHashMap<>();
    private final Map<String, OathDeviceState> devicesBySerial = new HashMap<>();
    private final Map<String, DomainState> domainsById = new LinkedHashMap<>();
    private final Map<String, RolloutPolicyState> rolloutPoliciesById = new LinkedHashMap<>();

    TenantData(String tenantId, AuthenticationMethodsPolicy policy) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    void addUser(UserState user) {
        if (usersById.putIfAbsent(user.id.toLowerCase(Locale.ROOT), user) != null) {
            throw new IllegalArgumentException("user id " + user.id + " appears twice");
        }
        usersByUpn.putIfAbsent(user.userPrincipalName.toLowerCase(Locale.ROOT), user);
    }

    /** The user with this object id or user principal name (any case), or null. */
    UserState user(String idOrUpn) {
        String key = idOrUpn.toLowerCase(Locale.ROOT);
        UserState user = usersById.get(key);
        return user != null ? user : usersByUpn.get(key);
    }

    /** The user, or 404 {@code Request_ResourceNotFound}. */
    UserState requireUser(String idOrUpn) {
        UserState user = user(idOrUpn);
        if (user == null) {
            throw GraphException.resourceNotFound(idOrUpn);
        }
        return user;
    }

    List<UserState> users() {
        return new ArrayList<>(usersById.values());
    }

    int userCount() {
        return usersById.size();
    }

    void addGroup(GroupState group) {
        if (groupsById.putIfAbsent(group.id.toLowerCase(Locale.ROOT), group) != null) {
            throw new IllegalArgumentException("group id " + group.id + " appears twice");
        }
    }

    GroupState group(String id) {
        return groupsById.get(id.toLowerCase(Locale.ROOT));
    }

    GroupState requireGroup(String id) {
        GroupState group = group(id);
        if (group == null) {
            throw GraphException.resourceNotFound(id);
        }
        return group;
    }

    List<GroupState> groups() {
        return new ArrayList<>(groupsById.values());
    }

    /**
     * Every group and user below the group, each once: depth first, a nested group before its contents, then the
     * group's direct users. Cycles are harmless.
     */
    List<Object> transitiveMembers(GroupState root) {
        List<Object> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(root.id);
        collect(root, members, seen);
        return members;
    }

    private void collect(GroupState group, List<Object> members, Set<String> seen) {
        for (String groupId : group.memberGroupIds) {
            GroupState nested = group(groupId);
            if (nested != null && seen.add(nested.id)) {
                members.add(nested);
                collect(nested, members, seen);
            }
        }
        for (String userId : group.memberUserIds) {
            UserState user = user(userId);
            if (user != null && seen.add(user.id)) {
                members.add(user);
            }
        }
    }

    /** The users below the group, each once. */
    List<UserState> transitiveUsers(GroupState root) {
        List<UserState> users = new ArrayList<>();
        for (Object member : transitiveMembers(root)) {
            if (member instanceof UserState user) {
                users.add(user);
            }
        }
        return users;
    }

    void addDevice(OathDeviceState device) {
        if (devicesById.putIfAbsent(device.id.toLowerCase(Locale.ROOT), device) != null) {
            throw new IllegalArgumentException("hardware OATH device id " + device.id + " appears twice");
        }
        devicesBySerial.putIfAbsent(device.serialNumber.toLowerCase(Locale.ROOT), device);
        if (device.assignedUserId != null) {
            UserState user = user(device.assignedUserId);
            if (user == null) {
                throw new IllegalArgumentException("hardware OATH device " + device.serialNumber
                        + " is assigned to unknown user " + device.assignedUserId);
            }
            user.hardwareOathDeviceIds.add(device.id);
        }
    }

    void removeDevice(OathDeviceState device) {
        if (device.assignedUserId != null) {
            UserState user = user(device.assignedUserId);
            if (user != null) {
                user.hardwareOathDeviceIds.remove(device.id);
            }
        }
        devicesById.remove(device.id.toLowerCase(Locale.ROOT));
        devicesBySerial.remove(device.serialNumber.toLowerCase(Locale.ROOT), device);
    }

    OathDeviceState device(String id) {
        return devicesById.get(id.toLowerCase(Locale.ROOT));
    }

    OathDeviceState deviceBySerial(String serialNumber) {
        return devicesBySerial.get(serialNumber.toLowerCase(Locale.ROOT));
    }

    List<OathDeviceState> devices() {
        return new ArrayList<>(devicesById.values());
    }

    /** The devices assigned to the user, in assignment order. */
    List<OathDeviceState> devicesOf(UserState user) {
        List<OathDeviceState> devices = new ArrayList<>();
        for (String id : user.hardwareOathDeviceIds) {
            OathDeviceState device = device(id);
            if (device != null) {
                devices.add(device);
            }
        }
        return devices;
    }

    void addDomain(DomainState domain) {
        if (domainsById.putIfAbsent(domain.id.toLowerCase(Locale.ROOT), domain) != null) {
            throw new IllegalArgumentException("domain " + domain.id + " appears twice");
        }
    }

    /** The domain with this name (any case), or 404 {@code Request_ResourceNotFound}. */
    DomainState requireDomain(String id) {
        DomainState domain = domainsById.get(id.toLowerCase(Locale.ROOT));
        if (domain == null) {
            throw GraphException.resourceNotFound(id);
        }
        return domain;
    }

    List<DomainState> domains() {
        return new ArrayList<>(domainsById.values());
    }

    void addRolloutPolicy(RolloutPolicyState policy) {
        if (rolloutPoliciesById.putIfAbsent(policy.id.toLowerCase(Locale.ROOT), policy) != null) {
            throw new IllegalArgumentException("feature rollout policy " + policy.id + " appears twice");
        }
    }

    void removeRolloutPolicy(RolloutPolicyState policy) {
        rolloutPoliciesById.remove(policy.id.toLowerCase(Locale.ROOT));
    }

    RolloutPolicyState rolloutPolicy(String id) {
        return rolloutPoliciesById.get(id.toLowerCase(Locale.ROOT));
    }

    List<RolloutPolicyState> rolloutPolicies() {
        return new ArrayList<>(rolloutPoliciesById.values());
    }
}
