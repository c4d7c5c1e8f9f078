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
}
