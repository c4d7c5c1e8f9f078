package cutover.core.audit;

/**
 * The method codes of the legacy per-user MFA property {@code StrongAuthenticationMethod} ({@code MethodType}), as
 * Entra ID's audit log shows them.
 */
public enum MethodCode {

    VOICE_MOBILE(0, "voice mobile"),
    VOICE_OFFICE(2, "voice office"),
    VOICE_ALTERNATE_MOBILE(3, "voice alternate mobile"),
    SMS(5, "SMS"),
    AUTHENTICATOR_PUSH(6, "Authenticator push"),
    OTP(7, "hardware or software OTP");

    /** The bits of all methods: a valid mask has no other bit set. */
    public static final int ALL_BITS = (1 << values().length) - 1;

    public final int code;
    public final String readableName;

    MethodCode(int code, String readableName) {
        this.code = code;
        this.readableName = readableName;
    }

    /** The method of a code, or null for a code Cutover does not know. */
    public static MethodCode of(int code) {
        for (MethodCode method : values()) {
            if (method.code == code) {
                return method;
            }
        }
        return null;
    }

    /** The readable name of a code; an unknown code is named by its number. */
    public static String nameOf(int code) {
        MethodCode method = of(code);
        return method == null ? "method code " + code : method.readableName;
    }

    /** This method's bit in a mask of methods: {@code 1 << ordinal()}. */
    public int bit() {
        return 1 << ordinal();
    }

    /**
     * The readable names of the methods in a mask, in this enum's order, separated by {@code ", "}; {@code ""} for
     * no method.
     */
    public static String namesOf(int mask) {
        StringBuilder names = new StringBuilder();
        for (MethodCode method : values()) {
            if ((mask & method.bit()) != 0) {
                if (!names.isEmpty()) {
                    names.append(", ");
                }
                names.append(method.readableName);
            }
        }
        return names.toString();
    }
}
