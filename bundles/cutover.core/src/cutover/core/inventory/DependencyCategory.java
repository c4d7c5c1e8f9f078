package cutover.core.inventory;

/** What kind of thing depends on MFA Server (phase 3 of Microsoft's migration guide: the dependency inventory). */
public enum DependencyCategory {

    /** A RADIUS client (VPN, Wi-Fi controller, RD Gateway, network device) of NPS or of MFA Server itself. */
    RADIUS_CLIENT("RADIUS client"),
    /** An application that binds to MFA Server's LDAP proxy. */
    LDAP_CLIENT("LDAP client"),
    /** An AD FS relying party trust. */
    ADFS_RELYING_PARTY("AD FS relying party trust"),
    /** The MFA adapter an AD FS farm calls for additional authentication. */
    ADFS_ADAPTER("AD FS MFA adapter"),
    /** The NPS extension for Entra MFA on one NPS server (installed or not). */
    NPS_EXTENSION("NPS extension"),
    /** An NPS network policy: it decides which authentication protocols a client may use. */
    NPS_POLICY("NPS network policy"),
    /** An NPS connection request policy: it decides whether NPS authenticates a request or forwards it. */
    NPS_CONNECTION_REQUEST_POLICY("NPS connection request policy"),
    /** A remote RADIUS server group NPS forwards requests to. */
    RADIUS_SERVER_GROUP("Remote RADIUS server group"),
    /** Something that calls MFA Server's Web Service SDK (User portal, Mobile App Web Service, MIM, own code). */
    WEB_SDK_CONSUMER("Web Service SDK consumer");

    private final String label;

    DependencyCategory(String label) {
        this.label = label;
    }

    /** The name shown to people. */
    public String label() {
        return label;
    }
}
