package cutover.core.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The recommendation rules for RADIUS: clients, NPS policies, server groups and the NPS extension itself. */
final class RadiusRecommendations {

    private RadiusRecommendations() {
    }

    static Recommendation radiusClient(Dependency d, AnalysisContext c) {
        if (d.hasSignature(Signature.DISABLED)) {
            return new Recommendation(MigrationTarget.REMOVE, "REC-DISABLED-REMOVE",
                    List.of("The client is disabled in " + definedIn(d) + "; remove it instead of migrating it."),
                    List.of("Check the accounting or MFA Server logs for recent requests from " + address(d)
                            + " before removing it."));
        }
        Set<AuthenticationProtocol> protocols = DetectionRules.protocols(d);
        if (d.hasSignature(Signature.RADIUS_RD_GATEWAY)) {
            List<String> caveats = new ArrayList<>(NpsExtensionLimits.forProtocols(protocols));
            caveats.add(2, NpsExtensionLimits.RD_GATEWAY);
            return new Recommendation(MigrationTarget.NPS_EXTENSION, "REC-RDGATEWAY-NPS-EXTENSION",
                    withServerFacts(d, c, "Remote Desktop Gateway cannot sign users in with SAML or OpenID Connect; "
                            + "Microsoft's way to give it Entra MFA is the NPS extension on the NPS server it uses."),
                    caveats);
        }
        if (d.hasSignature(Signature.RADIUS_SAML_CAPABLE)) {
            ClientProducts.Product product = ClientProducts.find(d);
            List<String> caveats = new ArrayList<>();
            caveats.add("The product was recognised from the client's name or vendor; confirm the device and its "
                    + "firmware support SAML sign-in.");
            caveats.add("Fallback, if SAML is not possible (old firmware, logins to the device itself): the NPS "
                    + "extension, with these limits:");
            caveats.addAll(NpsExtensionLimits.forProtocols(protocols));
            return new Recommendation(MigrationTarget.ENTRA_SAML_OIDC, "REC-RADIUS-SAML",
                    withServerFacts(d, c, product.name() + " can sign users in with SAML: add it as an enterprise "
                            + "application in Entra ID and switch it from RADIUS to SAML, so Conditional Access and "
                            + "every authentication method apply."),
                    caveats);
        }
        return new Recommendation(MigrationTarget.NPS_EXTENSION, "REC-RADIUS-NPS-EXTENSION",
                withServerFacts(d, c, "RADIUS has no modern authentication; the NPS extension adds Entra MFA to the "
                        + "NPS server that authenticates this client."),
                NpsExtensionLimits.forProtocols(protocols));
    }

    /** The first reason, then what is known about where the client's requests go today. */
    private static List<String> withServerFacts(Dependency d, AnalysisContext c, String first) {
        List<String> reasons = new ArrayList<>();
        reasons.add(first);
        if (d.hasSignature(Signature.MFASERVER_RADIUS_CLIENT)) {
            String target = d.attribute(Facts.MFA_SERVER_TARGET);
            reasons.add("Today the client sends its requests to MFA Server"
                    + (target == null ? "" : ", which checks passwords against: " + target)
                    + "; point it at an NPS server with the extension instead.");
        }
        if (d.hasSignature(Signature.NPS_FORWARDS_TO_MFA_SERVER)) {
            reasons.add("NPS forwards this client's requests to the server group \"" + d.attribute(Facts.FORWARDS_TO)
                    + "\", which looks like MFA Server; with the NPS extension, NPS authenticates them itself.");
        }
        if (d.hasSignature(Signature.NPS_EXTENSION_INSTALLED)) {
            Dependency extension = c.npsExtension(d.source());
            reasons.add("The NPS server that handles this client already has the NPS extension"
                    + (extension != null && extension.attribute(Facts.CLOUD) != null
                            ? " (" + extension.attribute(Facts.CLOUD) + ")" : "") + ".");
        }
        String protocols = d.attribute(Facts.AUTHENTICATION_PROTOCOLS);
        if (protocols != null && !protocols.isEmpty()) {
            String policies = d.attribute(Facts.NETWORK_POLICIES);
            reasons.add("Protocols it may use: " + protocols + (policies == null ? "" : " (from " + policies + ")")
                    + ".");
        }
        return reasons;
    }

    static Recommendation networkPolicy(Dependency d, AnalysisContext c) {
        if (d.hasSignature(Signature.DISABLED) || "deny".equals(d.attribute(Facts.ACCESS))) {
            return new Recommendation(MigrationTarget.NO_ACTION, "REC-NPS-POLICY-INACTIVE",
                    List.of(d.hasSignature(Signature.DISABLED) ? "The policy is disabled."
                            : "The policy denies access, so no sign-in passes through it to MFA."),
                    List.of());
        }
        List<String> caveats = new ArrayList<>(NpsExtensionLimits.forProtocols(DetectionRules.protocols(d)));
        caveats.add(NpsExtensionLimits.ALL_REQUESTS);
        return new Recommendation(MigrationTarget.NPS_EXTENSION, "REC-NPS-POLICY",
                List.of("Requests this policy grants get Entra MFA from the NPS extension on this server; the "
                        + "policy's protocols decide which methods can work."),
                caveats);
    }

    static Recommendation connectionRequestPolicy(Dependency d, AnalysisContext c) {
        String group = d.attribute(Facts.FORWARDS_TO);
        if (d.hasSignature(Signature.DISABLED) || group == null) {
            return new Recommendation(MigrationTarget.NO_ACTION, "REC-NPS-CRP-LOCAL",
                    List.of(d.hasSignature(Signature.DISABLED) ? "The policy is disabled."
                            : "The policy has NPS authenticate requests itself; it does not involve MFA Server."),
                    List.of());
        }
        if (d.hasSignature(Signature.NPS_FORWARDS_TO_MFA_SERVER)) {
            return new Recommendation(MigrationTarget.NPS_EXTENSION, "REC-NPS-STOP-FORWARDING",
                    List.of("The policy forwards requests to the server group \"" + group + "\", which looks like "
                            + "MFA Server. Install the NPS extension on this NPS server and let it authenticate the "
                            + "requests itself instead of forwarding them."),
                    List.of(NpsExtensionLimits.ALL_REQUESTS, NpsExtensionLimits.NO_CONDITIONAL_ACCESS));
        }
        return new Recommendation(MigrationTarget.REVIEW, "REC-NPS-FORWARD-REVIEW",
                List.of("The policy forwards requests to the server group \"" + group + "\"; check whether that is "
                        + "MFA Server or another RADIUS server."),
                List.of());
    }

    static Recommendation serverGroup(Dependency d, AnalysisContext c) {
        if (d.hasSignature(Signature.NPS_FORWARDS_TO_MFA_SERVER)) {
            return new Recommendation(MigrationTarget.REMOVE, "REC-NPS-GROUP-MFA-SERVER",
                    List.of("The group's name or servers point to MFA Server; once no connection request policy "
                            + "forwards to it, remove it with MFA Server."),
                    List.of());
        }
        return new Recommendation(MigrationTarget.REVIEW, "REC-NPS-GROUP-REVIEW",
                List.of("NPS can forward requests to this group; nothing says whether it is MFA Server."), List.of());
    }

    static Recommendation npsExtension(Dependency d, AnalysisContext c) {
        if (!d.hasSignature(Signature.NPS_EXTENSION_INSTALLED)) {
            List<String> caveats = new ArrayList<>();
            caveats.add(NpsExtensionLimits.ALL_REQUESTS);
            caveats.add(NpsExtensionLimits.REQUIRE_USER_MATCH);
            if (d.attribute(Facts.OTHER_EXTENSIONS) != null) {
                caveats.add("Other NPS extensions are registered (" + d.attribute(Facts.OTHER_EXTENSIONS)
                        + "); check with their vendors that they work beside the Entra MFA extension.");
            }
            return new Recommendation(MigrationTarget.NPS_EXTENSION, "REC-NPS-EXTENSION-ABSENT",
                    List.of("The NPS extension is not registered on this NPS server (neither AuthorizationDLLs nor "
                            + "ExtensionDLLs name it); install it before moving RADIUS clients here."),
                    caveats);
        }
        String cloud = d.attribute(Facts.CLOUD);
        if (cloud == null) {
            return new Recommendation(MigrationTarget.REVIEW, "REC-NPS-EXTENSION-CLOUD-UNKNOWN",
                    List.of("The NPS extension is registered, but the collected registry exports do not say which "
                            + "cloud it uses (HKLM\\SOFTWARE\\Microsoft\\AzureMfa was not collected)."),
                    List.of("Collect HKLM\\SOFTWARE\\Microsoft\\AzureMfa as well."));
        }
        String host = d.attribute(Facts.MFA_SERVICE_HOST);
        return new Recommendation(MigrationTarget.NO_ACTION, "REC-NPS-EXTENSION-PRESENT",
                List.of("The NPS extension is already installed and talks to the " + cloud + " cloud"
                        + (host == null ? "" : " (" + host + ")") + "."),
                List.of("Make sure this is the cloud of your Entra tenant: a US Government tenant needs the .us "
                        + "hosts, a tenant operated by 21Vianet the .cn hosts.",
                        NpsExtensionLimits.REQUIRE_USER_MATCH));
    }

    private static String definedIn(Dependency d) {
        return d.attribute(Facts.DEFINED_IN) == null ? "its server" : d.attribute(Facts.DEFINED_IN);
    }

    private static String address(Dependency d) {
        return d.identifier() == null ? "it" : d.identifier();
    }
}
