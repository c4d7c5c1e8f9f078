package cutover.core.tenant;

import cutover.core.mfaserver.InvalidFieldException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tenant's authentication methods policy, reduced to the methods MFA Server users can move to. A method the
 * policy does not mention counts as disabled.
 *
 * @param methods one entry per configured method, no method twice
 */
public record AuthenticationMethodsPolicy(List<MethodPolicy> methods) {

    public AuthenticationMethodsPolicy {
        methods = TenantChecks.copyOf("methods", methods);
        Map<PolicyMethod, MethodPolicy> seen = new EnumMap<>(PolicyMethod.class);
        for (MethodPolicy policy : methods) {
            if (seen.put(policy.method(), policy) != null) {
                throw new InvalidFieldException("methods", "the policy lists " + policy.method().graphId()
                        + " more than once");
            }
        }
    }

    /** The policy of one method; a disabled one when the policy does not mention it. */
    public MethodPolicy method(PolicyMethod method) {
        Objects.requireNonNull(method, "method");
        for (MethodPolicy policy : methods) {
            if (policy.method() == method) {
                return policy;
            }
        }
        return MethodPolicy.disabled(method);
    }

    /**
     * Whether a member of these groups may use {@code method} as a second factor. OATH codes are allowed when
     * either software or hardware OATH tokens are; the three voice methods all follow the voice policy.
     *
     * @param userGroupIds ids of all groups the user is in, transitively
     */
    public boolean allows(EntraMethod method, Set<String> userGroupIds) {
        Objects.requireNonNull(userGroupIds, "userGroupIds");
        return switch (Objects.requireNonNull(method, "method")) {
            case PUSH -> method(PolicyMethod.MICROSOFT_AUTHENTICATOR).appliesTo(userGroupIds);
            case OATH -> method(PolicyMethod.SOFTWARE_OATH).appliesTo(userGroupIds)
                    || method(PolicyMethod.HARDWARE_OATH).appliesTo(userGroupIds);
            case VOICE_MOBILE, VOICE_ALTERNATE_MOBILE, VOICE_OFFICE -> method(PolicyMethod.VOICE)
                    .appliesTo(userGroupIds);
            case SMS -> method(PolicyMethod.SMS).appliesTo(userGroupIds);
        };
    }
}
