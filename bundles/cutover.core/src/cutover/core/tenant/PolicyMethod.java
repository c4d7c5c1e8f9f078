package cutover.core.tenant;

/** The methods of the authentication methods policy that MFA Server users can be migrated to. */
public enum PolicyMethod {

    MICROSOFT_AUTHENTICATOR("MicrosoftAuthenticator"),
    SMS("Sms"),
    VOICE("Voice"),
    SOFTWARE_OATH("SoftwareOath"),
    HARDWARE_OATH("HardwareOath");

    private final String graphId;

    PolicyMethod(String graphId) {
        this.graphId = graphId;
    }

    /** The {@code id} of the method's {@code authenticationMethodConfiguration} in Graph. */
    public String graphId() {
        return graphId;
    }

    /** The method with this Graph id (exact spelling), or null when there is none. */
    public static PolicyMethod fromGraphId(String id) {
        for (PolicyMethod method : values()) {
            if (method.graphId.equals(id)) {
                return method;
            }
        }
        return null;
    }
}
