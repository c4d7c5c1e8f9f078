package cutover.core.inventory;

import java.util.List;

/** The recommendation rules for LDAP clients and Web Service SDK consumers. */
final class ServiceRecommendations {

    static final String NO_WEB_SDK = "Entra ID has no Web Service SDK.";

    private ServiceRecommendations() {
    }

    static Recommendation ldapClient(Dependency d, AnalysisContext c) {
        if (d.hasSignature(Signature.DISABLED)) {
            return new Recommendation(MigrationTarget.REMOVE, "REC-DISABLED-REMOVE",
                    List.of("The LDAP client is disabled in MFA Server; remove it instead of migrating it."),
                            List.of());
        }
        if (d.hasSignature(Signature.LDAP_PASSWORD_RESET_ONLY)) {
            return new Recommendation(MigrationTarget.ENTRA_SSPR, "REC-LDAP-SSPR",
                    List.of("The application used MFA Server's LDAP proxy only for password reset or self-service ("
                            + d.attribute(Facts.PURPOSE) + "); Entra self-service password reset with password "
                            + "writeback replaces it."),
                    List.of("Password writeback needs Entra Connect Sync or Cloud Sync and an Entra ID P1 licence "
                            + "for the users."));
        }
        return new Recommendation(MigrationTarget.ENTRA_DOMAIN_SERVICES, "REC-LDAP-ENTRA-DS",
                List.of("Entra ID has no LDAP endpoint; Microsoft Entra Domain Services offers LDAP and secure LDAP "
                        + "binds for users synchronised from Entra ID."),
                List.of("Entra Domain Services does not add MFA to an LDAP bind. If MFA on this bind was the point, "
                        + "move the application to SAML or OpenID Connect with Entra ID, or to RADIUS with the NPS "
                        + "extension if it can speak RADIUS.",
                        "Users synchronised from on-premises need password hash synchronisation before Domain "
                                + "Services can check their passwords."));
    }

    static Recommendation webSdkConsumer(Dependency d, AnalysisContext c) {
        if (d.hasSignature(Signature.WEBSDK_USER_PORTAL)) {
            return new Recommendation(MigrationTarget.REMOVE, "REC-WEBSDK-USER-PORTAL",
                    List.of("The User portal goes away with MFA Server: users register and manage their methods at "
                            + "https://mysignins.microsoft.com/security-info and reset passwords with Entra "
                            + "self-service password reset."),
                    List.of("Tell users where to go before the portal is switched off; bookmarks to the portal "
                            + "will stop working."));
        }
        if (d.hasSignature(Signature.WEBSDK_MOBILE_APP_WEB_SERVICE)) {
            return new Recommendation(MigrationTarget.REMOVE, "REC-WEBSDK-MOBILE-APP",
                    List.of("Microsoft Authenticator registers directly with Entra ID; the Mobile App Web Service "
                            + "is not needed once users are migrated."),
                    List.of("Authenticator accounts activated against MFA Server must be registered again with "
                            + "Entra ID."));
        }
        if (d.hasSignature(Signature.MIM_MFA_SERVER)) {
            return new Recommendation(MigrationTarget.ENTRA_SSPR, "REC-MIM-SSPR",
                    List.of("Microsoft Identity Manager calls MFA Server through the Web Service SDK. " + NO_WEB_SDK
                            + " Entra self-service password reset with password writeback replaces MIM's "
                            + "self-service password reset phone gate."),
                    List.of("If MIM's privileged access management (PAM) uses MFA Server too, plan that separately, "
                            + "for example with Entra Privileged Identity Management."));
        }
        return new Recommendation(MigrationTarget.MOVE_APP_TO_ENTRA, "REC-WEBSDK-REWRITE",
                List.of("The application calls MFA Server's Web Service SDK. " + NO_WEB_SDK + " Change it to sign "
                        + "users in with Entra ID (OpenID Connect or SAML), so that Entra MFA and Conditional Access "
                        + "apply."),
                List.of("This is a code change in the application; find its owner early."));
    }
}
