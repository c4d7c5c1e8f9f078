package cutover.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the legacy per-user MFA properties of an audited change into readable lines: {@value #METHODS} (method
 * codes and the default), {@value #USER_DETAILS} (phone numbers and email) and {@value #PHONE_APP_DETAIL}
 * (Authenticator devices). A value that cannot be read is shown raw with what is wrong with it, never dropped; a
 * null value is an absent one, like {@code []}.
 */
public final class StrongAuthenticationDecoder {

    public static final String METHODS = "StrongAuthenticationMethod";
    public static final String USER_DETAILS = "StrongAuthenticationUserDetails";
    public static final String PHONE_APP_DETAIL = "StrongAuthenticationPhoneAppDetail";

    private static final Map<String, String> DETAIL_LABELS = new LinkedHashMap<>();

    static {
        DETAIL_LABELS.put("PhoneNumber", "phone");
        DETAIL_LABELS.put("AlternativePhoneNumber", "alternate phone");
        DETAIL_LABELS.put("VoiceOnlyPhoneNumber", "office phone");
        DETAIL_LABELS.put("Email", "email");
    }

    /** The phone numbers of {@value #USER_DETAILS} with the method that calls each one. */
    private static final Map<String, MethodCode> PHONE_METHODS = Map.of("PhoneNumber", MethodCode.VOICE_MOBILE,
            "AlternativePhoneNumber", MethodCode.VOICE_ALTERNATE_MOBILE, "VoiceOnlyPhoneNumber",
            MethodCode.VOICE_OFFICE);

    private StrongAuthenticationDecoder() {
    }

    /** Whether this decoder knows the property. */
    public static boolean decodes(PropertyChange change) {
        return METHODS.equals(change.displayName()) || USER_DETAILS.equals(change.displayName())
                || PHONE_APP_DETAIL.equals(change.displayName());
    }

    /**
     * The readable changes; for a property this decoder does not know, one line {@code name: old → new} with the
     * values as Graph gave them.
     */
    public static List<String> decode(PropertyChange change) {
        if (!decodes(change)) {
            return List.of(change.displayName() + ": " + change.oldValue() + " → " + change.newValue());
        }
        List<Map<String, Object>> before;
        List<Map<String, Object>> after;
        try {
            before = read(change.oldValue());
        } catch (IllegalArgumentException e) {
            return raw(change, "old value unreadable (" + e.getMessage() + ")");
        }
        try {
            after = read(change.newValue());
        } catch (IllegalArgumentException e) {
            return raw(change, "new value unreadable (" + e.getMessage() + ")");
        }
        try {
            return switch (change.displayName()) {
                case METHODS -> methods(before, after);
                case USER_DETAILS -> userDetails(before, after);
                default -> devices(before, after);
            };
        } catch (IllegalArgumentException e) {
            return raw(change, "value unreadable (" + e.getMessage() + ")");
        }
    }

    /**
     * The methods a change touched, as a mask of {@link MethodCode#bit()}s: for {@value #METHODS} every known code
     * added, removed, or that the default moved to or from; for {@value #USER_DETAILS} the voice method of each
     * phone number that changed; for {@value #PHONE_APP_DETAIL} Authenticator push when a device was added or
     * removed. 0 for another property or a value that cannot be read.
     */
    static int touchedMethods(PropertyChange change) {
        if (!decodes(change)) {
            return 0;
        }
        try {
            List<Map<String, Object>> before = read(change.oldValue());
            List<Map<String, Object>> after = read(change.newValue());
            return switch (change.displayName()) {
                case METHODS -> methodBits(before, after);
                case USER_DETAILS -> phoneBits(before, after);
                default -> devices(before).keySet().equals(devices(after).keySet()) ? 0
                        : MethodCode.AUTHENTICATOR_PUSH.bit();
            };
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private static int methodBits(List<Map<String, Object>> before, List<Map<String, Object>> after) {
        Set<Integer> oldCodes = new LinkedHashSet<>();
        Set<Integer> newCodes = new LinkedHashSet<>();
        Integer oldDefault = codes(before, oldCodes);
        Integer newDefault = codes(after, newCodes);
        int bits = 0;
        for (int code : newCodes) {
            bits |= oldCodes.contains(code) ? 0 : bitOf(code);
        }
        for (int code : oldCodes) {
            bits |= newCodes.contains(code) ? 0 : bitOf(code);
        }
        if (!Objects.equals(oldDefault, newDefault)) {
            bits |= (oldDefault == null ? 0 : bitOf(oldDefault)) | (newDefault == null ? 0 : bitOf(newDefault));
        }
        return bits;
    }

    private static int bitOf(int code) {
        MethodCode method = MethodCode.of(code);
        return method == null ? 0 : method.bit();
    }

    private static int phoneBits(List<Map<String, Object>> before, List<Map<String, Object>> after) {
        Map<String, Object> oldDetails = details(before);
        Map<String, Object> newDetails = details(after);
        int bits = 0;
        for (Map.Entry<String, MethodCode> field : PHONE_METHODS.entrySet()) {
            if (!Objects.equals(oldDetails.get(field.getKey()), newDetails.get(field.getKey()))) {
                bits |= field.getValue().bit();
            }
        }
        return bits;
    }

    private static Map<String, Object> details(List<Map<String, Object>> entries) {
        return entries.isEmpty() ? Map.of() : entries.get(0);
    }

    private static List<Map<String, Object>> read(String value) {
        return value == null || value.isBlank() ? List.of() : FlatJsonArray.parse(value);
    }

    private static List<String> raw(PropertyChange change, String note) {
        return List.of(change.displayName() + ": " + note + ", shown raw: " + change.oldValue() + " → "
                + change.newValue());
    }

    private static List<String> methods(List<Map<String, Object>> before, List<Map<String, Object>> after) {
        Set<Integer> oldCodes = new LinkedHashSet<>();
        Set<Integer> newCodes = new LinkedHashSet<>();
        Integer oldDefault = codes(before, oldCodes);
        Integer newDefault = codes(after, newCodes);
        List<String> lines = new ArrayList<>();
        for (int code : newCodes) {
            if (!oldCodes.contains(code)) {
                lines.add("added " + MethodCode.nameOf(code));
            }
        }
        for (int code : oldCodes) {
            if (!newCodes.contains(code)) {
                lines.add("removed " + MethodCode.nameOf(code));
            }
        }
        if (!Objects.equals(oldDefault, newDefault)) {
            lines.add("default: " + methodName(oldDefault) + " → " + methodName(newDefault));
        }
        return lines;
    }

    /** Collects the codes; returns the default one, or null. */
    private static Integer codes(List<Map<String, Object>> methods, Set<Integer> codes) {
        Integer defaultCode = null;
        for (Map<String, Object> method : methods) {
            Object type = method.get("MethodType");
            int code;
            try {
                code = Integer.parseInt(String.valueOf(type));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("MethodType " + type + " is not a method code");
            }
            codes.add(code);
            if (Boolean.TRUE.equals(method.get("Default"))) {
                defaultCode = code;
            }
        }
        return defaultCode;
    }

    private static String methodName(Integer code) {
        return code == null ? "none" : MethodCode.nameOf(code);
    }

    private static List<String> userDetails(List<Map<String, Object>> before, List<Map<String, Object>> after) {
        Map<String, Object> oldDetails = details(before);
        Map<String, Object> newDetails = details(after);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> field : DETAIL_LABELS.entrySet()) {
            Object oldValue = oldDetails.get(field.getKey());
            Object newValue = newDetails.get(field.getKey());
            if (!Objects.equals(oldValue, newValue)) {
                lines.add(field.getValue() + " " + shown(oldValue) + " → " + shown(newValue));
            }
        }
        return lines;
    }

    private static String shown(Object value) {
        return value == null || value.toString().isEmpty() ? "none" : value.toString();
    }

    private static List<String> devices(List<Map<String, Object>> before, List<Map<String, Object>> after) {
        Map<String, String> oldDevices = devices(before);
        Map<String, String> newDevices = devices(after);
        List<String> lines = new ArrayList<>();
        newDevices.forEach((key, name) -> {
            if (!oldDevices.containsKey(key)) {
                lines.add("added Authenticator device " + name);
            }
        });
        oldDevices.forEach((key, name) -> {
            if (!newDevices.containsKey(key)) {
                lines.add("removed Authenticator device " + name);
            }
        });
        return lines;
    }

    /** Devices by their id (else their name), with a readable name. */
    private static Map<String, String> devices(List<Map<String, Object>> entries) {
        Map<String, String> devices = new LinkedHashMap<>();
        for (Map<String, Object> entry : entries) {
            Object id = entry.get("Id");
            Object name = entry.get("DeviceName");
            String shownName = name == null ? "(unnamed)" : name.toString();
            devices.put(id == null ? shownName : id.toString(), shownName);
        }
        return devices;
    }
}
