package cutover.core.inventory;

/**
 * The detection rules of the analysis. Each id is stable: reports and notes refer to it, so an id is never renamed
 * or reused, only added.
 */
public enum Signature {

    DISABLED("DEPENDENCY-DISABLED", "The dependency is disabled where it is configured."),
    RADIUS_PAP("RADIUS-PAP", "The RADIUS client may authenticate with PAP."),
    RADIUS_CHAP("RADIUS-CHAP", "The RADIUS client may authenticate with CHAP."),
    RADIUS_MSCHAPV2("RADIUS-MSCHAPV2", "The RADIUS client may authenticate with MS-CHAPv2 (or MS-CHAP)."),
    RADIUS_EAP("RADIUS-EAP", "The RADIUS client may authenticate with EAP (PEAP, EAP-MSCHAPv2, EAP-TLS)."),
    RADIUS_PROTOCOL_UNKNOWN("RADIUS-PROTOCOL-UNKNOWN",
            "The collected files do not say which protocol the client uses."),
    RADIUS_SAML_CAPABLE("RADIUS-SAML-CAPABLE",
            "The client's name or vendor points to a product that can sign users in with SAML."),
    RADIUS_RD_GATEWAY("RADIUS-RD-GATEWAY", "The client is a Remote Desktop Gateway."),
    MFASERVER_RADIUS_CLIENT("MFASERVER-RADIUS-CLIENT", "The client sends its RADIUS requests to MFA Server itself."),
    NPS_EXTENSION_INSTALLED("NPS-EXTENSION-INSTALLED",
            "The NPS server has the NPS extension for Entra MFA registered."),
    NPS_FORWARDS_TO_MFA_SERVER("NPS-FORWARDS-TO-MFA-SERVER",
            "NPS forwards RADIUS requests to a server group that looks like MFA Server."),
    LDAP_CLIENT("LDAP-CLIENT", "The application binds to MFA Server's LDAP proxy."),
    LDAP_PASSWORD_RESET_ONLY("LDAP-PASSWORD-RESET-ONLY",
            "The application uses the LDAP proxy only for password reset or self-service."),
    ADFS_MFASERVER_ADAPTER("ADFS-MFASERVER-ADAPTER", "AD FS has the MFA Server adapter registered."),
    ADFS_ENTRA_MFA_ADAPTER("ADFS-ENTRA-MFA-ADAPTER",
            "AD FS has the Entra MFA adapter (AzureMfaAuthentication) registered."),
    ADFS_AUTHNMETHODSPROVIDERS_CLAIM("ADFS-AUTHNMETHODSPROVIDERS-CLAIM",
            "An additional authentication rule issues the authnmethodsproviders claim naming the MFA Server adapter."),
    ADFS_MULTIPLEAUTHN_CLAIM("ADFS-MULTIPLEAUTHN-CLAIM",
            "An additional authentication rule issues authenticationmethod = multipleauthn, which triggers MFA."),
    ADFS_FARM_RULE_MFASERVER("ADFS-FARM-RULE-MFASERVER",
            "The farm's additional authentication rule (Get-AdfsAdditionalAuthenticationRule), which applies to every "
                    + "relying party trust of the farm, issues the authnmethodsproviders claim naming the MFA Server "
                    + "adapter."),
    ADFS_FARM_RULE_REQUIRES_MFA("ADFS-FARM-RULE-REQUIRES-MFA",
            "The farm's additional authentication rule (Get-AdfsAdditionalAuthenticationRule), which applies to every "
                    + "relying party trust of the farm, issues authenticationmethod = multipleauthn, which triggers "
                    + "MFA."),
    ADFS_ACP_REQUIRES_MFA("ADFS-ACP-REQUIRES-MFA", "The trust's access control policy requires MFA."),
    ADFS_MICROSOFT_ONLINE("ADFS-MICROSOFT-ONLINE", "The trust federates the organisation's domains with Entra ID."),
    WEBSDK_CONSUMER("WEBSDK-CONSUMER", "The component calls MFA Server's Web Service SDK."),
    WEBSDK_USER_PORTAL("WEBSDK-USER-PORTAL", "The component is MFA Server's User portal."),
    WEBSDK_MOBILE_APP_WEB_SERVICE("WEBSDK-MOBILE-APP-WEB-SERVICE",
            "The component is MFA Server's Mobile App Web Service."),
    MIM_MFA_SERVER("MIM-MFA-SERVER",
            "Microsoft Identity Manager uses MFA Server for PAM or self-service password reset.");

    private final String id;
    private final String description;

    Signature(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The signature with this id, or null. */
    public static Signature byId(String id) {
        for (Signature signature : values()) {
            if (signature.id.equals(id)) {
                return signature;
            }
        }
        return null;
    }
}
