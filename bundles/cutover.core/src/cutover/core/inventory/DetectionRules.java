package cutover.core.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;

/** One method per {@link Signature}: whether it matches a dependency. */
final class DetectionRules {

    private record Rule(Signature signature, BiPredicate<Dependency, AnalysisContext> matches) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Signature.DISABLED, DetectionRules::disabled),
            new Rule(Signature.RADIUS_PAP, (d, c) -> usesProtocol(d, AuthenticationProtocol.PAP)),
            new Rule(Signature.RADIUS_CHAP, (d, c) -> usesProtocol(d, AuthenticationProtocol.CHAP)),
            new Rule(Signature.RADIUS_MSCHAPV2, DetectionRules::radiusMsChap),
            new Rule(Signature.RADIUS_EAP, (d, c) -> usesProtocol(d, AuthenticationProtocol.EAP)),
            new Rule(Signature.RADIUS_PROTOCOL_UNKNOWN, DetectionRules::radiusProtocolUnknown),
            new Rule(Signature.RADIUS_SAML_CAPABLE, DetectionRules::radiusSamlCapable),
            new Rule(Signature.RADIUS_RD_GATEWAY, DetectionRules::radiusRdGateway),
            new Rule(Signature.MFASERVER_RADIUS_CLIENT, DetectionRules::mfaServerRadiusClient),
            new Rule(Signature.NPS_EXTENSION_INSTALLED, DetectionRules::npsExtensionInstalled),
            new Rule(Signature.NPS_FORWARDS_TO_MFA_SERVER, DetectionRules::npsForwardsToMfaServer),
            new Rule(Signature.LDAP_CLIENT, (d, c) -> d.category() == DependencyCategory.LDAP_CLIENT),
            new Rule(Signature.LDAP_PASSWORD_RESET_ONLY, DetectionRules::ldapPasswordResetOnly),
            new Rule(Signature.ADFS_MFASERVER_ADAPTER, DetectionRules::adfsMfaServerAdapter),
            new Rule(Signature.ADFS_ENTRA_MFA_ADAPTER, DetectionRules::adfsEntraMfaAdapter),
            new Rule(Signature.ADFS_AUTHNMETHODSPROVIDERS_CLAIM, DetectionRules::adfsAuthnMethodsProvidersClaim),
            new Rule(Signature.ADFS_MULTIPLEAUTHN_CLAIM, DetectionRules::adfsMultipleAuthnClaim),
            new Rule(Signature.ADFS_FARM_RULE_MFASERVER, DetectionRules::adfsFarmRuleMfaServer),
            new Rule(Signature.ADFS_FARM_RULE_REQUIRES_MFA, DetectionRules::adfsFarmRuleRequiresMfa),
            new Rule(Signature.ADFS_ACP_REQUIRES_MFA, DetectionRules::adfsAccessControlPolicyRequiresMfa),
            new Rule(Signature.ADFS_MICROSOFT_ONLINE, DetectionRules::adfsMicrosoftOnline),
            new Rule(Signature.WEBSDK_CONSUMER, DetectionRules::webSdkConsumer),
            new Rule(Signature.WEBSDK_USER_PORTAL, (d, c) -> isComponent(d, Facts.USER_PORTAL)),
            new Rule(Signature.WEBSDK_MOBILE_APP_WEB_SERVICE, (d, c) -> isComponent(d, Facts.MOBILE_APP_WEB_SERVICE)),
            new Rule(Signature.MIM_MFA_SERVER, (d, c) -> isComponent(d, Facts.IDENTITY_MANAGER)));

    /** Words in a server group's name or servers that say it is MFA Server. */
    private static final List<String> MFA_SERVER_WORDS = List.of("mfa", "multifactor", "multi-factor", "phonefactor",
            "pfsvc", "azuremfa");

    private DetectionRules() {
    }

    /** The ids of the signatures that match, in the order of {@link Signature}. */
    static List<String> detect(Dependency dependency, AnalysisContext context) {
        List<String> matched = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.matches().test(dependency, context)) {
                matched.add(rule.signature().id());
            }
        }
        return matched;
    }

    static boolean disabled(Dependency d, AnalysisContext c) {
        return d.isNo(Facts.ENABLED);
    }

    static boolean radiusMsChap(Dependency d, AnalysisContext c) {
        return usesProtocol(d, AuthenticationProtocol.MS_CHAPV2) || usesProtocol(d, AuthenticationProtocol.MS_CHAP);
    }

    static boolean radiusProtocolUnknown(Dependency d, AnalysisContext c) {
        return d.category() == DependencyCategory.RADIUS_CLIENT && protocols(d).isEmpty();
    }

    static boolean radiusSamlCapable(Dependency d, AnalysisContext c) {
        ClientProducts.Product product = d.category() == DependencyCategory.RADIUS_CLIENT ? ClientProducts.find(d)
                : null;
        return product != null && product.saml();
    }

    static boolean radiusRdGateway(Dependency d, AnalysisContext c) {
        return d.category() == DependencyCategory.RADIUS_CLIENT && ClientProducts.find(d) == ClientProducts.RD_GATEWAY;
    }

    static boolean mfaServerRadiusClient(Dependency d, AnalysisContext c) {
        return d.category() == DependencyCategory.RADIUS_CLIENT
                && Facts.IN_MFA_SERVER.equals(d.attribute(Facts.DEFINED_IN));
    }

    static boolean npsExtensionInstalled(Dependency d, AnalysisContext c) {
        if (d.category() == DependencyCategory.NPS_EXTENSION) {
            return isInstalled(d);
        }
        boolean onNps = d.category() == DependencyCategory.NPS_POLICY
                || d.category() == DependencyCategory.NPS_CONNECTION_REQUEST_POLICY
                || d.category() == DependencyCategory.RADIUS_CLIENT
                && Facts.IN_NPS.equals(d.attribute(Facts.DEFINED_IN));
        Dependency extension = onNps ? c.npsExtension(d.source()) : null;
        return extension != null && isInstalled(extension);
    }

    /** Registered in AuthSrv, or, when AuthSrv was not collected, its settings key exists. */
    private static boolean isInstalled(Dependency extension) {
        String installed = extension.attribute(Facts.NPS_EXTENSION_INSTALLED);
        return Facts.YES.equals(installed) || installed == null && extension.isYes(Facts.NPS_EXTENSION_SETTINGS);
    }

    static boolean npsForwardsToMfaServer(Dependency d, AnalysisContext c) {
        if (d.category() == DependencyCategory.RADIUS_SERVER_GROUP) {
            return looksLikeMfaServer(d, c);
        }
        boolean forwards = d.category() == DependencyCategory.NPS_CONNECTION_REQUEST_POLICY
                || d.category() == DependencyCategory.RADIUS_CLIENT;
        if (!forwards || d.attribute(Facts.FORWARDS_TO) == null) {
            return false;
        }
        Dependency group = c.serverGroup(d.source(), d.attribute(Facts.FORWARDS_TO));
        return group != null ? looksLikeMfaServer(group, c) : mentionsMfaServer(d.attribute(Facts.FORWARDS_TO));
    }

    private static boolean looksLikeMfaServer(Dependency group, AnalysisContext c) {
        if (mentionsMfaServer(group.name()) || mentionsMfaServer(group.attribute(Facts.SERVERS))) {
            return true;
        }
        String servers = group.attribute(Facts.SERVERS);
        if (servers != null) {
            for (String server : servers.split(",")) {
                if (c.isMfaServerHost(server.trim())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mentionsMfaServer(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : MFA_SERVER_WORDS) {
            int at = lower.indexOf(word);
            while (at >= 0) {
                boolean start = at == 0 || !Character.isLetter(lower.charAt(at - 1));
                int end = at + word.length();
                boolean finish = end == lower.length() || !Character.isLetter(lower.charAt(end));
                if (start && finish) {
                    return true;
                }
                at = lower.indexOf(word, at + 1);
            }
        }
        return false;
    }

    static boolean ldapPasswordResetOnly(Dependency d, AnalysisContext c) {
        if (d.category() != DependencyCategory.LDAP_CLIENT || d.attribute(Facts.PURPOSE) == null) {
            return false;
        }
        String purpose = d.attribute(Facts.PURPOSE).toLowerCase(Locale.ROOT);
        boolean reset = purpose.contains("password") || purpose.contains("self-service") || purpose.contains("sspr");
        return reset && !purpose.contains("authentication") && !purpose.contains("sign-in");
    }

    static boolean adfsMfaServerAdapter(Dependency d, AnalysisContext c) {
        boolean adfs = d.category() == DependencyCategory.ADFS_ADAPTER
                || d.category() == DependencyCategory.ADFS_RELYING_PARTY;
        return adfs && c.farmProvider(d.source()) == AnalysisContext.FarmProvider.MFA_SERVER;
    }

    static boolean adfsEntraMfaAdapter(Dependency d, AnalysisContext c) {
        Dependency adapter = d.category() == DependencyCategory.ADFS_ADAPTER ? d
                : d.category() == DependencyCategory.ADFS_RELYING_PARTY ? c.adfsAdapter(d.source()) : null;
        return adapter != null && adapter.isYes(Facts.ENTRA_MFA_ADAPTER);
    }

    static boolean adfsAuthnMethodsProvidersClaim(Dependency d, AnalysisContext c) {
        return d.category() == DependencyCategory.ADFS_RELYING_PARTY
                && ClaimRules.issuesMfaServerProvider(d.attribute(Facts.ADDITIONAL_AUTHENTICATION_RULES));
    }

    static boolean adfsMultipleAuthnClaim(Dependency d, AnalysisContext c) {
        return d.category() == DependencyCategory.ADFS_RELYING_PARTY
                && ClaimRules.issuesMultipleAuthn(d.attribute(Facts.ADDITIONAL_AUTHENTICATION_RULES));
    }

    /** The farm and every relying party trust of it: the farm's own additional authentication rule names MFA Server. */
    static boolean adfsFarmRuleMfaServer(Dependency d, AnalysisContext c) {
        AnalysisContext.FarmRule rule = farmRule(d, c);
        return rule != null && rule.namesMfaServer();
    }

    /** The farm and every relying party trust of it: the farm's own additional authentication rule requires MFA. */
    static boolean adfsFarmRuleRequiresMfa(Dependency d, AnalysisContext c) {
        AnalysisContext.FarmRule rule = farmRule(d, c);
        return rule != null && rule.requiresMfa();
    }

    /** The additional authentication rule of the farm an AD FS dependency belongs to (same source), or null. */
    private static AnalysisContext.FarmRule farmRule(Dependency d, AnalysisContext c) {
        boolean adfs = d.category() == DependencyCategory.ADFS_ADAPTER
                || d.category() == DependencyCategory.ADFS_RELYING_PARTY;
        return adfs ? c.farmRule(d.source()) : null;
    }

    static boolean adfsAccessControlPolicyRequiresMfa(Dependency d, AnalysisContext c) {
        String name = d.category() == DependencyCategory.ADFS_RELYING_PARTY ? d.attribute(Facts.ACCESS_CONTROL_POLICY)
                : null;
        if (name == null) {
            return false;
        }
        AdfsAccessControlPolicy policy = c.accessControlPolicy(d.source(), name);
        if (policy != null) {
            return policy.requiresMfa();
        }
        // the built-in policies say so in their names: "Permit everyone and require MFA", "... require MFA for ..."
        return name.toLowerCase(Locale.ROOT).contains("require mfa");
    }

    static boolean adfsMicrosoftOnline(Dependency d, AnalysisContext c) {
        if (d.category() != DependencyCategory.ADFS_RELYING_PARTY) {
            return false;
        }
        String identifiers = d.attribute(Facts.IDENTIFIERS);
        return identifiers != null && identifiers.toLowerCase(Locale.ROOT).contains("urn:federation:microsoftonline")
                || d.name().equalsIgnoreCase("Microsoft Office 365 Identity Platform");
    }

    static boolean webSdkConsumer(Dependency d, AnalysisContext c) {
        return d.category() == DependencyCategory.WEB_SDK_CONSUMER
                || d.category() == DependencyCategory.ADFS_ADAPTER && d.isYes(Facts.USES_WEB_SERVICE_SDK);
    }

    private static boolean isComponent(Dependency d, String component) {
        return d.category() == DependencyCategory.WEB_SDK_CONSUMER && component.equals(d.attribute(Facts.COMPONENT));
    }

    private static boolean usesProtocol(Dependency d, AuthenticationProtocol protocol) {
        return (d.category() == DependencyCategory.RADIUS_CLIENT || d.category() == DependencyCategory.NPS_POLICY)
                && protocols(d).contains(protocol);
    }

    static Set<AuthenticationProtocol> protocols(Dependency d) {
        return AuthenticationProtocol.parseList(d.attribute(Facts.AUTHENTICATION_PROTOCOLS));
    }
}
