package cutover.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.PhoneType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A user's MFA settings as Entra ID's audit log shows them in its legacy per-user properties:
 * {@value #METHODS} lists {@code {"MethodType":code,"Default":bool}} with MFA Server's method codes, the default
 * first; {@value #USER_DETAILS} holds the phone numbers. Both are JSON text, {@code []} when empty.
 */
record StrongAuthenticationValues(String methods, String userDetails, boolean systemPreferred) {

    static final String METHODS = "StrongAuthenticationMethod";
    static final String USER_DETAILS = "StrongAuthenticationUserDetails";
    static final String SYSTEM_PREFERRED = "isSystemPreferredAuthenticationMethodEnabled";
    static final String NONE = "[]";

    static final int VOICE_MOBILE = 0;
    static final int VOICE_OFFICE = 2;
    static final int VOICE_ALTERNATE_MOBILE = 3;
    static final int SMS = 5;
    static final int PUSH = 6;
    static final int OTP = 7;

    static StrongAuthenticationValues of(UserState user) {
        return new StrongAuthenticationValues(methods(codes(user), user.defaultMethod == null ? null
                : code(user.defaultMethod)), userDetails(user), user.systemPreferredEnabled);
    }

    /** The method codes the user's registered methods give, ascending. */
    static List<Integer> codes(UserState user) {
        TreeSet<Integer> codes = new TreeSet<>();
        if (user.phones.containsKey(PhoneType.MOBILE)) {
            codes.add(VOICE_MOBILE);
            codes.add(SMS);
        }
        if (user.phones.containsKey(PhoneType.ALTERNATE_MOBILE)) {
            codes.add(VOICE_ALTERNATE_MOBILE);
        }
        if (user.phones.containsKey(PhoneType.OFFICE)) {
            codes.add(VOICE_OFFICE);
        }
        if (!user.authenticatorDevices.isEmpty()) {
            codes.add(PUSH);
        }
        if (!user.softwareOath.isEmpty() || !user.hardwareOathDeviceIds.isEmpty()) {
            codes.add(OTP);
        }
        return new ArrayList<>(codes);
    }

    static int code(EntraMethod method) {
        return switch (method) {
            case VOICE_MOBILE -> VOICE_MOBILE;
            case VOICE_OFFICE -> VOICE_OFFICE;
            case VOICE_ALTERNATE_MOBILE -> VOICE_ALTERNATE_MOBILE;
            case SMS -> SMS;
            case PUSH -> PUSH;
            case OATH -> OTP;
        };
    }

    /** The {@value #METHODS} text: the default method (when it is one of the codes) first, then the others. */
    static String methods(List<Integer> codes, Integer defaultCode) {
        JsonArray array = new JsonArray();
        if (defaultCode != null && codes.contains(defaultCode)) {
            array.add(method(defaultCode, true));
        }
        for (int code : codes) {
            if (defaultCode == null || code != defaultCode) {
                array.add(method(code, false));
            }
        }
        return Json.GSON.toJson(array);
    }

    private static JsonObject method(int code, boolean isDefault) {
        JsonObject json = new JsonObject();
        json.addProperty("MethodType", code);
        json.addProperty("Default", isDefault);
        return json;
    }

    private static String userDetails(UserState user) {
        if (user.phones.isEmpty()) {
            return NONE;
        }
        JsonObject details = new JsonObject();
        details.addProperty("PhoneNumber", user.phones.get(PhoneType.MOBILE));
        details.addProperty("AlternativePhoneNumber", user.phones.get(PhoneType.ALTERNATE_MOBILE));
        details.addProperty("Email", (String) null);
        details.addProperty("VoiceOnlyPhoneNumber", user.phones.get(PhoneType.OFFICE));
        JsonArray array = new JsonArray();
        array.add(details);
        return Json.GSON.toJson(array);
    }

    /** The properties that differ from {@code after}, as audit changes from these values to those. */
    List<AuditEntry.Change> changesTo(StrongAuthenticationValues after) {
        List<AuditEntry.Change> changes = new ArrayList<>();
        if (!methods.equals(after.methods)) {
            changes.add(new AuditEntry.Change(METHODS, methods, after.methods));
        }
        if (!userDetails.equals(after.userDetails)) {
            changes.add(new AuditEntry.Change(USER_DETAILS, userDetails, after.userDetails));
        }
        if (systemPreferred != after.systemPreferred) {
            changes.add(new AuditEntry.Change(SYSTEM_PREFERRED, "[" + systemPreferred + "]",
                    "[" + after.systemPreferred + "]"));
        }
        return changes;
    }
}
