package cutover.core.inventory;

import java.util.ArrayList;
import java.util.List;

/** The recommendation rules for AD FS: relying party trusts and the farm's MFA adapter. */
final class AdfsRecommendations {

    static final String UPGRADE = "AD FS 2016 and later include the Entra MFA adapter (" + AdfsMfaProviders.ENTRA_MFA
            + "). Upgrade the farm to AD FS 2019 or later and raise its farm behavior level to 4: additional "
            + "authentication rules can then choose the adapter per group, so users move from MFA Server to Entra MFA "
            + "group by group. Then unregister the MFA Server adapter.";
    static final String MOVE_APP = "Better still, move the application to Entra ID (a SAML or OpenID Connect "
            + "enterprise application) and require MFA with a Conditional Access policy; AD FS is then not needed "
            + "for it.";
    static final String FARM_RULE_MFA_SERVER = "The farm's additional authentication rule "
            + "(Get-AdfsAdditionalAuthenticationRule), which applies to every relying party trust of the farm, issues "
            + "the authnmethodsproviders claim with " + AdfsMfaProviders.MFA_SERVER + " or "
            + AdfsMfaProviders.MFA_SERVER_REGISTRATION + ".";
    static final String FARM_RULE_REQUIRES_MFA = "The farm's additional authentication rule "
            + "(Get-AdfsAdditionalAuthenticationRule), which applies to every relying party trust of the farm, "
            + "requires MFA (authenticationmethod = multipleauthn).";
    static final String COLLECT_GLOBAL_POLICY = "Collect Get-AdfsGlobalAuthenticationPolicy from the same farm into "
            + "the same folder.";
    static final String MICROSOFT_ONLINE = "This trust is Entra ID itself. Instead of MFA on AD FS, consider moving "
            + "sign-in to Entra ID (staged rollout with password hash synchronisation or pass-through "
            + "authentication), so that Entra MFA and Conditional Access apply directly.";

    private AdfsRecommendations() {
    }

    static Recommendation relyingParty(Dependency d, AnalysisContext c) {
        if (d.hasSignature(Signature.DISABLED)) {
            return new Recommendation(MigrationTarget.REMOVE, "REC-DISABLED-REMOVE",
                    List.of("The relying party trust is disabled in AD FS; remove it instead of migrating it."),
                    List.of());
        }
        List<String> triggers = mfaTriggers(d);
        if (triggers.isEmpty()) {
            if (c.farmRule(d.source()) != null) {
                return new Recommendation(MigrationTarget.NO_ACTION, "REC-ADFS-NO-MFA",
                        List.of("Neither the trust's additional authentication rules, its access control policy nor "
                                + "the farm's additional authentication rule ask for MFA, so it does not depend on MFA "
                                + "Server."),
                        List.of());
            }
            return new Recommendation(MigrationTarget.NO_ACTION, "REC-ADFS-NO-MFA",
                    List.of("Neither the trust's additional authentication rules nor its access control policy ask "
                            + "for MFA, so it does not depend on MFA Server."),
                    List.of("Global additional authentication rules (Get-AdfsAdditionalAuthenticationRule) can still "
                            + "require MFA for every trust; they are not part of a relying party export. Collect "
                            + "them into the same folder to know."));
        }
        List<String> caveats = new ArrayList<>();
        caveats.add(MOVE_APP);
        if (d.hasSignature(Signature.ADFS_MICROSOFT_ONLINE)) {
            caveats.add(MICROSOFT_ONLINE);
        }
        AnalysisContext.FarmProvider farm = c.farmProvider(d.source());
        if (d.hasSignature(Signature.ADFS_AUTHNMETHODSPROVIDERS_CLAIM)
                || d.hasSignature(Signature.ADFS_FARM_RULE_MFASERVER)
                || farm == AnalysisContext.FarmProvider.MFA_SERVER) {
            List<String> reasons = new ArrayList<>(triggers);
            reasons.add(d.hasSignature(Signature.ADFS_AUTHNMETHODSPROVIDERS_CLAIM)
                    ? "The rules send users to the MFA Server adapter by name."
                    : d.hasSignature(Signature.ADFS_FARM_RULE_MFASERVER)
                            ? "The farm's rule sends users to the MFA Server adapter by name."
                            : "The farm's MFA provider is the MFA Server adapter.");
            reasons.add(UPGRADE);
            if (d.hasSignature(Signature.ADFS_ENTRA_MFA_ADAPTER)) {
                reasons.add("The Entra MFA adapter is already registered in this farm; the move may be under way.");
            }
            return new Recommendation(MigrationTarget.ADFS_UPGRADE, "REC-ADFS-UPGRADE", reasons, caveats);
        }
        if (farm == AnalysisContext.FarmProvider.ENTRA_MFA) {
            List<String> reasons = new ArrayList<>(triggers);
            reasons.add("The farm's only MFA adapter is the Entra MFA adapter, so this trust already uses Entra MFA.");
            return new Recommendation(MigrationTarget.NO_ACTION, "REC-ADFS-ENTRA-ADAPTER", reasons, caveats);
        }
        List<String> reasons = new ArrayList<>(triggers);
        reasons.add(farm == AnalysisContext.FarmProvider.NONE
                ? "The farm's global authentication policy lists no MFA adapter, so it is unclear what provides MFA."
                : "The collection has no AD FS global authentication policy or MFA Server adapter configuration "
                        + "from the same folder, so it is unknown whether MFA Server provides the MFA.");
        caveats.add(0, COLLECT_GLOBAL_POLICY);
        return new Recommendation(MigrationTarget.REVIEW, "REC-ADFS-PROVIDER-UNKNOWN", reasons, caveats);
    }

    /** Why the trust asks for MFA, one sentence per trigger. */
    private static List<String> mfaTriggers(Dependency d) {
        List<String> triggers = new ArrayList<>();
        if (d.hasSignature(Signature.ADFS_AUTHNMETHODSPROVIDERS_CLAIM)) {
            triggers.add("Its additional authentication rules issue the authnmethodsproviders claim with "
                    + AdfsMfaProviders.MFA_SERVER + " or " + AdfsMfaProviders.MFA_SERVER_REGISTRATION + ".");
        }
        if (d.hasSignature(Signature.ADFS_MULTIPLEAUTHN_CLAIM)) {
            triggers.add("Its additional authentication rules require MFA (authenticationmethod = multipleauthn).");
        }
        if (d.hasSignature(Signature.ADFS_ACP_REQUIRES_MFA)) {
            triggers.add("Its access control policy \"" + d.attribute(Facts.ACCESS_CONTROL_POLICY)
                    + "\" requires MFA.");
        }
        if (d.hasSignature(Signature.ADFS_FARM_RULE_MFASERVER)) {
            triggers.add(FARM_RULE_MFA_SERVER);
        }
        if (d.hasSignature(Signature.ADFS_FARM_RULE_REQUIRES_MFA)) {
            triggers.add(FARM_RULE_REQUIRES_MFA);
        }
        return triggers;
    }

    static Recommendation adapter(Dependency d, AnalysisContext c) {
        boolean ruleNamesMfaServer = d.hasSignature(Signature.ADFS_FARM_RULE_MFASERVER);
        if (!d.hasSignature(Signature.ADFS_MFASERVER_ADAPTER) && !ruleNamesMfaServer
                && c.farmProvider(d.source()) == AnalysisContext.FarmProvider.UNKNOWN) {
            // only the farm's rule was collected, or the provider list was cut off: not "no MFA Server adapter"
            List<String> reasons = new ArrayList<>();
            reasons.add("The collection has no readable AD FS global authentication policy or MFA Server adapter "
                    + "configuration from the same folder, so it is unknown whether the farm has the MFA Server "
                    + "adapter registered.");
            if (d.hasSignature(Signature.ADFS_FARM_RULE_REQUIRES_MFA)) {
                reasons.add(FARM_RULE_REQUIRES_MFA);
            }
            return new Recommendation(MigrationTarget.REVIEW, "REC-ADFS-PROVIDER-UNKNOWN", reasons,
                    List.of(COLLECT_GLOBAL_POLICY));
        }
        if (!d.hasSignature(Signature.ADFS_MFASERVER_ADAPTER) && !ruleNamesMfaServer) {
            return new Recommendation(MigrationTarget.NO_ACTION, "REC-ADFS-NO-MFASERVER-ADAPTER",
                    List.of(d.hasSignature(Signature.ADFS_ENTRA_MFA_ADAPTER)
                            ? "The farm uses the Entra MFA adapter, not MFA Server's."
                            : "The farm has no MFA Server adapter registered."),
                    List.of());
        }
        List<String> reasons = new ArrayList<>();
        if (d.hasSignature(Signature.ADFS_MFASERVER_ADAPTER)) {
            String providers = d.attribute(Facts.ADDITIONAL_AUTHENTICATION_PROVIDERS);
            reasons.add("The MFA Server adapter is registered in AD FS"
                    + (providers == null ? "" : " (additional authentication providers: " + providers + ")") + ".");
        }
        if (ruleNamesMfaServer) {
            reasons.add(FARM_RULE_MFA_SERVER + " Every relying party trust of the farm is sent to MFA Server by it.");
        } else if (d.hasSignature(Signature.ADFS_FARM_RULE_REQUIRES_MFA)) {
            reasons.add(FARM_RULE_REQUIRES_MFA + " With the MFA Server adapter as the farm's MFA provider, every "
                    + "relying party trust of the farm depends on MFA Server through it.");
        }
        if (d.hasSignature(Signature.WEBSDK_CONSUMER)) {
            String url = d.attribute(Facts.WEB_SERVICE_SDK_URL);
            reasons.add("The adapter reaches MFA Server through the Web Service SDK"
                    + (url == null ? "" : " at " + url) + ", which does not exist in Entra ID.");
        }
        reasons.add(UPGRADE);
        if (d.hasSignature(Signature.ADFS_ENTRA_MFA_ADAPTER)) {
            reasons.add("The Entra MFA adapter is already registered beside it; the move may be under way.");
        }
        return new Recommendation(MigrationTarget.ADFS_UPGRADE, "REC-ADFS-ADAPTER-UPGRADE", reasons,
                List.of(MOVE_APP));
    }
}
