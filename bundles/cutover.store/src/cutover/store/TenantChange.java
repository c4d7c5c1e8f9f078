package cutover.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to a tenant-wide setting. The journal records it as {@link EntryState#SENT}, with a snapshot of the
 * setting as Graph showed it just before, before the request leaves; then {@link EntryState#CONFIRMED} with the
 * setting as read back, or {@link EntryState#FAILED} with Graph's answer.
 *
 * @param id the change's id, increasing
 * @param subject what was changed: the domain's name, or the rollout policy's display name
 * @param action what was asked, in words, for example {@code federatedIdpMfaBehavior → rejectMfaByFederatedIdp}
 * @param before the setting before (JSON as Graph answered it), or null when it did not exist
 * @param after the setting as read back afterwards (JSON), or null until confirmed or when it no longer exists
 * @param error why it failed, or null
 */
public record TenantChange(long id, Instant at, String tenantId, TenantSetting setting, String subject,
        String action, String before, String after, EntryState state, String error) {

    public TenantChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(state, "state");
    }
}
