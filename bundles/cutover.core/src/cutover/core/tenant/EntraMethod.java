package cutover.core.tenant;

/** The values of {@code signInPreferences.userPreferredMethodForSecondaryAuthentication}. */
public enum EntraMethod {

    PUSH("push"),
    OATH("oath"),
    VOICE_MOBILE("voiceMobile"),
    VOICE_ALTERNATE_MOBILE("voiceAlternateMobile"),
    VOICE_OFFICE("voiceOffice"),
    SMS("sms");

    private final String graphName;

    EntraMethod(String graphName) {
        this.graphName = graphName;
    }

    public String graphName() {
        return graphName;
    }

    /** The phone slot whose number this method calls or texts, or null for push and OATH. */
    public PhoneType phoneType() {
        return switch (this) {
            case VOICE_MOBILE, SMS -> PhoneType.MOBILE;
            case VOICE_ALTERNATE_MOBILE -> PhoneType.ALTERNATE_MOBILE;
            case VOICE_OFFICE -> PhoneType.OFFICE;
            case PUSH, OATH -> null;
        };
    }

    /** The method with this Graph name (exact spelling), or null when there is none. */
    public static EntraMethod fromGraphName(String name) {
        for (EntraMethod method : values()) {
            if (method.graphName.equals(name)) {
                return method;
            }
        }
        return null;
    }
}
