package cutover.core.mfaserver;

import java.util.Optional;

/** The default authentication method of an MFA Server user, in MFA Server's own terms. */
public enum DefaultMethod {

    PHONE_CALL_STANDARD("phone-call-standard", "Phone call (standard)"),
    PHONE_CALL_PIN("phone-call-pin", "Phone call (PIN)"),
    TEXT_MESSAGE_OTP("text-message-otp", "Text message (OTP)"),
    TEXT_MESSAGE_OTP_PIN("text-message-otp-pin", "Text message (OTP + PIN)"),
    MOBILE_APP_STANDARD("mobile-app-standard", "Mobile app (standard)"),
    MOBILE_APP_PIN("mobile-app-pin", "Mobile app (PIN)"),
    OATH_TOKEN("oath-token", "OATH token");

    private final String exportCode;
    private final String label;

    DefaultMethod(String exportCode, String label) {
        this.exportCode = exportCode;
        this.label = label;
    }

    /** Stable token used in export files, for example {@code text-message-otp}. */
    public String exportCode() {
        return exportCode;
    }

    /** Label as MFA Server shows it, for example {@code Text message (OTP + PIN)}. */
    public String label() {
        return label;
    }

    /** Looks up a method by its export code, ignoring case and surrounding blanks. */
    public static Optional<DefaultMethod> fromExportCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.strip();
        for (DefaultMethod method : values()) {
            if (method.exportCode.equalsIgnoreCase(trimmed)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    public boolean isPhoneCall() {
        return this == PHONE_CALL_STANDARD || this == PHONE_CALL_PIN;
    }

    public boolean isTextMessage() {
        return this == TEXT_MESSAGE_OTP || this == TEXT_MESSAGE_OTP_PIN;
    }

    public boolean isMobileApp() {
        return this == MOBILE_APP_STANDARD || this == MOBILE_APP_PIN;
    }

    public boolean usesPin() {
        return this == PHONE_CALL_PIN || this == TEXT_MESSAGE_OTP_PIN || this == MOBILE_APP_PIN;
    }

    /** True when the method needs the user's phone number (phone call or text message). */
    public boolean needsPhone() {
        return isPhoneCall() || isTextMessage();
    }
}
