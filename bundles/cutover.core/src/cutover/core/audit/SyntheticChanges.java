package cutover.core.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes of synthetic Entra ID events, as Entra ID's audit log gives them (legacy MFA properties as JSON),
 * read by {@link AuditRecords} as real events are, so the synthetic rows' methods and summaries are the real ones.
 */
final class SyntheticChanges {

    /** What the audit view shows of a change. */
    record Shown(int methods, String summary) {

        static Shown of(List<PropertyChange> properties) {
            return new Shown(AuditRecords.methodsOf(properties), AuditRecords.summaryOf(properties));
        }

        /** This change and then another in the same event, as {@link AuditRecords} shows them together. */
        Shown and(Shown other) {
            return new Shown(methods | other.methods, summary.isEmpty() ? other.summary
                    : other.summary.isEmpty() ? summary : summary + "; " + other.summary);
        }
    }

    static final List<Shown> METHODS = List.of(
            methods("[]", "[" + method(6, true) + "," + method(0, false) + "," + method(5, false) + "]"),
            methods("[]", "[" + method(6, true) + "," + method(0, false) + "," + method(5, false) + "]"),
            methods("[]", "[" + method(0, true) + "," + method(5, false) + "]"),
            methods("[" + method(0, true) + "]", "[" + method(6, true) + "," + method(0, false) + "]"),
            methods("[" + method(0, true) + "," + method(6, false) + "]",
                    "[" + method(6, true) + "," + method(0, false) + "]"),
            methods("[" + method(5, true) + "]", "[" + method(5, false) + "," + method(6, true) + "]"),
            methods("[" + method(6, true) + "," + method(0, false) + "]",
                    "[" + method(6, true) + "," + method(0, false) + "," + method(7, false) + "]"),
            methods("[" + method(2, true) + "," + method(0, false) + "]", "[" + method(0, true) + "]"),
            methods("[" + method(6, true) + "," + method(0, false) + "," + method(3, false) + "]",
                    "[" + method(6, true) + "," + method(0, false) + "]"),
            methods("[]", "[" + method(7, true) + "]"),
            methods("[" + method(0, true) + "," + method(5, false) + "]",
                    "[" + method(0, true) + "," + method(5, false) + "," + method(3, false) + "]"));

    static final List<Shown> DEVICES = devices("iPhone 15", "iPhone 13", "Pixel 8", "Galaxy S23", "SM-A546B",
            "iPad", "moto g54", "Zoë’s iPhone", "Work phone, spare");

    /** An administrator making the user register again. */
    static final Shown RESET = methods("[" + method(6, true) + "," + method(0, false) + "," + method(5, false)
            + "]", "[]");

    static final List<Shown> PROFILE = List.of(
            properties("Department", "JobTitle"), properties("Department"), properties("OfficeLocation"),
            properties("AccountEnabled"), properties("UsageLocation", "Country"), properties("Manager"));

    static final List<String> ROLLOUT_ACTIVITIES = List.of("Add member to feature rollout policy",
            "Remove member from feature rollout policy", "Update feature rollout policy");

    static final List<Shown> ROLLOUT = List.of(properties("IsEnabled"), properties("DisplayName", "Description"));

    static final Shown FEDERATION = properties("FederatedIdpMfaBehavior");

    static final Shown NOTHING = Shown.of(List.of());

    /** The default methods Cutover sets through sign-in preferences, push most often. */
    static final List<MethodCode> PREFERRED = List.of(MethodCode.AUTHENTICATOR_PUSH,
            MethodCode.AUTHENTICATOR_PUSH, MethodCode.AUTHENTICATOR_PUSH, MethodCode.SMS, MethodCode.VOICE_MOBILE);

    private SyntheticChanges() {
    }

    /** A change of the user's mobile number; before is null for a first number. */
    static Shown phone(String before, String after) {
        return Shown.of(List.of(new PropertyChange(StrongAuthenticationDecoder.USER_DETAILS, details(before),
                details(after))));
    }

    private static String details(String phone) {
        return phone == null ? "[]" : "[{\"PhoneNumber\":\"" + phone + "\",\"AlternativePhoneNumber\":null,"
                + "\"Email\":null,\"VoiceOnlyPhoneNumber\":null}]";
    }

    private static String method(int code, boolean isDefault) {
        return "{\"MethodType\":" + code + ",\"Default\":" + isDefault + "}";
    }

    private static Shown methods(String before, String after) {
        return Shown.of(List.of(new PropertyChange(StrongAuthenticationDecoder.METHODS, before, after),
                new PropertyChange("Included Updated Properties", null, "\"StrongAuthenticationMethod\"")));
    }

    private static List<Shown> devices(String... names) {
        List<Shown> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String device = "{\"Id\":\"" + SyntheticAuditUsers.guid(i * 7919L, i * 104_729L) + "\",\"DeviceName\":\""
                    + names[i] + "\",\"AuthenticationType\":3}";
            changes.add(Shown.of(List.of(new PropertyChange(StrongAuthenticationDecoder.PHONE_APP_DETAIL, "[]",
                    "[" + device + "]"))));
            changes.add(Shown.of(List.of(new PropertyChange(StrongAuthenticationDecoder.PHONE_APP_DETAIL,
                    "[" + device + "]", "[]"))));
        }
        changes.add(Shown.of(List.of(new PropertyChange(StrongAuthenticationDecoder.METHODS,
                "[" + method(0, true) + "]", "[" + method(6, true) + "," + method(0, false) + "]"),
                new PropertyChange(StrongAuthenticationDecoder.PHONE_APP_DETAIL, "[]",
                        "[{\"Id\":\"d0\",\"DeviceName\":\"iPhone\"}]"))));
        return List.copyOf(changes);
    }

    private static Shown properties(String... names) {
        List<PropertyChange> properties = new ArrayList<>();
        for (String name : names) {
            properties.add(new PropertyChange(name, "[]", "[]"));
        }
        return Shown.of(properties);
    }
}
