package cutover.emulator;

import com.google.gson.JsonElement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Makes the audit entries the emulator records for its own writes: initiated by the one app it serves, dated now,
 * with the changed properties' old and new values. Call inside the tenant's write lock, after the change.
 */
final class AuditEntries {

    static final String EMULATOR_APP_NAME = "Cutover";
    static final String INCLUDED_PROPERTIES = "Included Updated Properties";

    private AuditEntries() {
    }

    /** The emulator's app as an initiator; its service principal id is stable per tenant. */
    static AuditEntry.Initiator emulatorApp(String tenantId) {
        return AuditEntry.Initiator.of(new AuditEntry.App(EMULATOR_APP_NAME, GraphDispatcher.APP_ID,
                servicePrincipalId(tenantId, GraphDispatcher.APP_ID), null));
    }

    /** The object id of an app's service principal in a tenant: made up, but the same every time. */
    static String servicePrincipalId(String tenantId, String appId) {
        return UUID.nameUUIDFromBytes((tenantId + "/" + appId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static AuditEntry entry(String correlationId, Instant at, AuditEntry.Initiator by, AuditActivity activity,
            String resultReason, List<AuditEntry.Target> targets, List<AuditEntry.Detail> details) {
        return new AuditEntry("Directory_" + correlationId + "_" + at.toEpochMilli(), activity.category,
                correlationId, "success", resultReason, activity.displayName, at, activity.service,
                activity.operationType, by, targets, details);
    }

    /** Records a write of the emulator's app. */
    static void record(TenantData data, AuditActivity activity, String resultReason, List<AuditEntry.Target> targets,
            List<AuditEntry.Detail> details) {
        data.audits.add(entry(UUID.randomUUID().toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                emulatorApp(data.tenantId), activity, resultReason, targets, details));
    }

    /** Records a change to a user's methods or sign-in preferences, given the values from before the change. */
    static void recordUserChange(TenantData data, AuditActivity activity, UserState user,
            StrongAuthenticationValues before, String resultReason, AuditEntry.Detail... details) {
        List<AuditEntry.Change> changes = userChanges(activity, before, StrongAuthenticationValues.of(user));
        record(data, activity, resultReason, List.of(user(user, changes)), List.of(details));
    }

    /**
     * The changes of a user update; Core Directory's entries also name the changed properties under
     * {@value #INCLUDED_PROPERTIES}.
     */
    static List<AuditEntry.Change> userChanges(AuditActivity activity, StrongAuthenticationValues before,
            StrongAuthenticationValues after) {
        List<AuditEntry.Change> changes = new ArrayList<>(before.changesTo(after));
        if (activity.service.equals(AuditActivity.Service.CORE_DIRECTORY) && !changes.isEmpty()) {
            String names = changes.stream().map(AuditEntry.Change::displayName).collect(Collectors.joining(", "));
            changes.add(new AuditEntry.Change(INCLUDED_PROPERTIES, null, "\"" + names + "\""));
        }
        return changes;
    }

    static AuditEntry.Target user(UserState user, List<AuditEntry.Change> changes) {
        return new AuditEntry.Target(user.id, null, "User", user.userPrincipalName, changes);
    }

    static AuditEntry.Target group(GroupState group) {
        return new AuditEntry.Target(group.id, group.displayName, "Group", null, List.of());
    }

    static AuditEntry.Target policy(RolloutPolicyState policy, List<AuditEntry.Change> changes) {
        return new AuditEntry.Target(policy.id, policy.displayName, "Policy", null, changes);
    }

    static AuditEntry.Target domain(DomainState domain, List<AuditEntry.Change> changes) {
        return new AuditEntry.Target(domain.id, domain.id, "Domain", null, changes);
    }

    static AuditEntry.Target device(OathDeviceState device) {
        return new AuditEntry.Target(device.id, device.serialNumber, "Device", null, List.of());
    }

    /** A change of a single value, written as Core Directory does: {@code ["value"]}, {@code []} for none. */
    static AuditEntry.Change change(String property, JsonElement oldValue, JsonElement newValue) {
        return new AuditEntry.Change(property, listed(oldValue), listed(newValue));
    }

    private static String listed(JsonElement value) {
        return value == null || value.isJsonNull() ? StrongAuthenticationValues.NONE
                : "[" + Json.GSON.toJson(value) + "]";
    }
}
