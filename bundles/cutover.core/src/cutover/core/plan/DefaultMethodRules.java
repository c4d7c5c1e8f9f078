package cutover.core.plan;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.PhoneType;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;

/**
 * The default-method rows: maps the MFA Server default method to an Entra method, applies the chosen
 * {@link DefaultMethodMode}, and checks the result against the authentication methods policy and against the
 * methods the user will actually have, replacing it by the most secure method that passes both.
 *
 * <p>The snapshot has no group memberships yet, so the policy is evaluated for a user in no group: only methods
 * enabled for {@code all_users} count as allowed. That is strict, never lenient: a method allowed only through a
 * group is replaced rather than risked.
 */
final class DefaultMethodRules {

    /** System-preferred order, most secure first. */
    private static final EntraMethod[] MOST_SECURE_FIRST = {EntraMethod.PUSH, EntraMethod.OATH, EntraMethod.SMS,
        EntraMethod.VOICE_MOBILE, EntraMethod.VOICE_ALTERNATE_MOBILE, EntraMethod.VOICE_OFFICE};

    private final EnumSet<EntraMethod> allowed = EnumSet.noneOf(EntraMethod.class);
    private final EnumMap<EntraMethod, String> bodies = new EnumMap<>(EntraMethod.class);

    DefaultMethodRules(AuthenticationMethodsPolicy policy) {
        for (EntraMethod method : EntraMethod.values()) {
            if (policy.allows(method, Set.of())) {
                allowed.add(method);
            }
            bodies.put(method, "userPreferredMethodForSecondaryAuthentication=" + method.graphName());
        }
    }

    /**
     * @param primarySlot the slot the MFA Server phone went to, or null
     * @param phonesAfter the phone slots the user will have
     * @param oathAfter whether the user will have a hardware OATH token
     * @return the user's default method in Entra ID after the plan, or null when there will be none
     */
    EntraMethod apply(DefaultMethod source, EntraUser entra, DefaultMethodMode mode, PhoneType primarySlot,
            EnumSet<PhoneType> phonesAfter, boolean oathAfter, UserActions out) {
        RuleId modeRule = switch (mode) {
            case ALWAYS -> RuleId.DEFAULT_ALWAYS;
            case IF_UNSET -> RuleId.DEFAULT_IF_UNSET;
            case MOST_SECURE_IF_UNSET -> RuleId.DEFAULT_MOST_SECURE_IF_UNSET;
        };
        EntraMethod current = entra.defaultMethod();
        String ignored = entra.systemPreferredEnabled() ? "; Entra ID ignores the preference while system-preferred "
                + "authentication is enabled for the user" : "";
        if (mode != DefaultMethodMode.ALWAYS && current != null) {
            out.skip(modeRule, () -> "the default method stays " + current.graphName() + ": Entra ID already has one"
                    + ignored);
            return current;
        }
        EnumSet<EntraMethod> available = available(entra, phonesAfter, oathAfter);
        EntraMethod wanted = mode == DefaultMethodMode.MOST_SECURE_IF_UNSET
                ? mostSecure(available, EnumSet.allOf(EntraMethod.class)) : mapped(source, primarySlot);
        RuleId rule = modeRule;
        EntraMethod chosen = wanted;
        if (wanted != null && !available.contains(wanted)) {
            rule = RuleId.DEFAULT_METHOD_UNAVAILABLE;
            chosen = mostSecure(available, allowed);
        } else if (wanted != null && !allowed.contains(wanted)) {
            rule = RuleId.DEFAULT_POLICY_REPLACED;
            chosen = mostSecure(available, allowed);
        }
        Choice choice = new Choice(mode, source, wanted, rule, chosen);
        if (chosen == null) {
            out.cannotMigrate(rule, () -> choice.why() + "; no method the user will have is allowed by the "
                    + "authentication methods policy, so no default method can be set");
            return current;
        }
        if (chosen == current) {
            out.skip(rule, () -> choice.why() + "; Entra ID already has it as the default method" + ignored);
            return current;
        }
        out.write(GraphOperation.SET_DEFAULT_METHOD, bodies.get(chosen), rule, () -> choice.why() + ignored);
        return chosen;
    }

    /** How the default method was chosen; words only when read. */
    private record Choice(DefaultMethodMode mode, DefaultMethod source, EntraMethod wanted, RuleId rule,
            EntraMethod chosen) {

        String why() {
            StringBuilder why = new StringBuilder(160);
            if (mode == DefaultMethodMode.MOST_SECURE_IF_UNSET) {
                why.append(wanted == null ? "the user will have no method usable as default"
                        : wanted.graphName() + " is the most secure method the user will have");
            } else {
                why.append("MFA Server's ").append(source.label()).append(" maps to ").append(wanted.graphName())
                        .append(pinNote(source));
            }
            if (rule == RuleId.DEFAULT_METHOD_UNAVAILABLE) {
                why.append(", which the user will not have in Entra ID");
            } else if (rule == RuleId.DEFAULT_POLICY_REPLACED) {
                why.append(", which the authentication methods policy does not allow for all users");
            }
            if (chosen != null && chosen != wanted) {
                why.append("; ").append(chosen.graphName()).append(" is the most secure allowed method the user will "
                        + "have");
            }
            return why.toString();
        }
    }

    private static EnumSet<EntraMethod> available(EntraUser entra, EnumSet<PhoneType> phonesAfter,
            boolean oathAfter) {
        EnumSet<EntraMethod> methods = EnumSet.noneOf(EntraMethod.class);
        // Authenticator devices cannot be written, so push is there only when Entra ID already has a registration
        if (!entra.authenticatorDevices().isEmpty()) {
            methods.add(EntraMethod.PUSH);
        }
        if (oathAfter || !entra.hardwareOath().isEmpty() || !entra.softwareOath().isEmpty()) {
            methods.add(EntraMethod.OATH);
        }
        if (phonesAfter.contains(PhoneType.MOBILE)) {
            methods.add(EntraMethod.SMS);
            methods.add(EntraMethod.VOICE_MOBILE);
        }
        if (phonesAfter.contains(PhoneType.ALTERNATE_MOBILE)) {
            methods.add(EntraMethod.VOICE_ALTERNATE_MOBILE);
        }
        if (phonesAfter.contains(PhoneType.OFFICE)) {
            methods.add(EntraMethod.VOICE_OFFICE);
        }
        return methods;
    }

    private static EntraMethod mostSecure(EnumSet<EntraMethod> available, EnumSet<EntraMethod> permitted) {
        for (EntraMethod method : MOST_SECURE_FIRST) {
            if (available.contains(method) && permitted.contains(method)) {
                return method;
            }
        }
        return null;
    }

    static EntraMethod mapped(DefaultMethod source, PhoneType primarySlot) {
        if (source.isPhoneCall()) {
            return primarySlot == PhoneType.OFFICE ? EntraMethod.VOICE_OFFICE : EntraMethod.VOICE_MOBILE;
        }
        if (source.isTextMessage()) {
            return EntraMethod.SMS;
        }
        if (source.isMobileApp()) {
            return EntraMethod.PUSH;
        }
        return EntraMethod.OATH;
    }

    private static String pinNote(DefaultMethod source) {
        return switch (source) {
            case PHONE_CALL_PIN -> " (the PIN is not carried over: Entra ID's phone call asks for no PIN)";
            case TEXT_MESSAGE_OTP_PIN -> " (the PIN is not carried over: Entra ID's text message asks for the "
                    + "one-time code only)";
            case MOBILE_APP_PIN -> " (the PIN is not carried over: Authenticator number matching and the phone's "
                    + "own unlock take its place)";
            default -> "";
        };
    }
}
