package cutover.core.inventory;

/** Where a dependency goes when MFA Server is switched off. */
public enum MigrationTarget {

    /** Federate the application with Entra ID directly (SAML or OpenID Connect); Conditional Access applies. */
    ENTRA_SAML_OIDC("Federate with Entra ID (SAML/OIDC)"),
    /** Keep RADIUS and add Entra MFA with the NPS extension. */
    NPS_EXTENSION("NPS extension"),
    /** Bind to Microsoft Entra Domain Services' LDAP instead of MFA Server's LDAP proxy. */
    ENTRA_DOMAIN_SERVICES("Entra Domain Services"),
    /** Entra self-service password reset replaces what the dependency did. */
    ENTRA_SSPR("Entra self-service password reset"),
    /** Upgrade AD FS (2019, farm behavior level 4) and use its Entra MFA adapter. */
    ADFS_UPGRADE("Upgrade AD FS, Entra MFA adapter"),
    /** Change the application to sign users in with Entra ID; nothing on premises replaces it. */
    MOVE_APP_TO_ENTRA("Move the application to Entra ID"),
    /** Nothing to migrate: it does not use MFA Server, or already uses Entra MFA. */
    NO_ACTION("No action"),
    /** Retire it: unused, disabled, or a part of MFA Server that Entra ID makes unnecessary. */
    REMOVE("Remove"),
    /** The collected files do not say enough to decide. */
    REVIEW("Review");

    private final String label;

    MigrationTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
