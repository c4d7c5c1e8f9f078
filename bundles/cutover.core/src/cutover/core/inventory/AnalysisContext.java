package cutover.core.inventory;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis of one dependency may look up about the others. Dependencies are related only when they come
 * from the same source (collection folder, one per server), never by guessing.
 */
final class AnalysisContext {

    /** Which MFA adapter an AD FS farm uses for additional authentication. */
    enum FarmProvider {
        /** The MFA Server adapter is registered (perhaps beside the Entra MFA adapter). */
        MFA_SERVER,
        /** Only the Entra MFA adapter. */
        ENTRA_MFA,
        /** No MFA adapter registered. */
        NONE,
        /** Nothing about the farm's adapters was collected. */
        UNKNOWN
    }

    /**
     * What an AD FS farm's own additional authentication rule ({@code Get-AdfsAdditionalAuthenticationRule}) issues;
     * it applies to every relying party trust of the farm. Read once per farm, not once per trust.
     *
     * @param namesMfaServer it issues the authnmethodsproviders claim naming the MFA Server adapter
     * @param requiresMfa it issues authenticationmethod = multipleauthn
     */
    record FarmRule(boolean namesMfaServer, boolean requiresMfa) {
    }

    private final Map<String, Dependency> npsExtensions = new HashMap<>();
    private final Map<String, Dependency> adfsAdapters = new HashMap<>();
    private final Map<String, Dependency> serverGroups = new HashMap<>();
    private final Map<String, AdfsAccessControlPolicy> accessControlPolicies = new HashMap<>();
    private final Map<String, FarmRule> farmRules = new HashMap<>();
    private final Set<String> mfaServerHosts = new HashSet<>();

    AnalysisContext(ImportedInventory imported) {
        for (Dependency d : imported.dependencies()) {
            switch (d.category()) {
                case NPS_EXTENSION -> npsExtensions.put(key(d.source()), d);
                case ADFS_ADAPTER -> {
                    adfsAdapters.put(key(d.source()), d);
                    String rule = d.attribute(Facts.FARM_ADDITIONAL_AUTHENTICATION_RULE);
                    if (rule != null) {
                        farmRules.put(key(d.source()), new FarmRule(ClaimRules.issuesMfaServerProvider(rule),
                                ClaimRules.issuesMultipleAuthn(rule)));
                    }
                }
                case RADIUS_SERVER_GROUP -> serverGroups.put(key(d.source(), d.name()), d);
                default -> {
                }
            }
            addHost(d.attribute(Facts.WEB_SERVICE_SDK_URL));
            addHost(d.attribute(Facts.MFA_SERVER_URL));
        }
        for (AdfsAccessControlPolicy policy : imported.accessControlPolicies()) {
            accessControlPolicies.put(key(policy.source(), policy.name()), policy);
        }
    }

    /** The NPS extension record of the server a dependency was collected from, or null. */
    Dependency npsExtension(String source) {
        return npsExtensions.get(key(source));
    }

    Dependency adfsAdapter(String source) {
        return adfsAdapters.get(key(source));
    }

    Dependency serverGroup(String source, String name) {
        return serverGroups.get(key(source, name));
    }

    AdfsAccessControlPolicy accessControlPolicy(String source, String name) {
        return accessControlPolicies.get(key(source, name));
    }

    /** The farm's own additional authentication rule, or null when it was not collected from that source. */
    FarmRule farmRule(String source) {
        return farmRules.get(key(source));
    }

    FarmProvider farmProvider(String source) {
        Dependency adapter = adfsAdapter(source);
        if (adapter == null) {
            return FarmProvider.UNKNOWN;
        }
        String mfaServer = adapter.attribute(Facts.MFA_SERVER_ADAPTER);
        if (Facts.YES.equals(mfaServer) || mfaServer == null && adapter.isYes(Facts.ADAPTER_CONFIGURATION)) {
            return FarmProvider.MFA_SERVER;
        }
        if (mfaServer == null) {
            // the global policy's provider list was not readable (cut off by ConvertTo-Json)
            return FarmProvider.UNKNOWN;
        }
        return adapter.isYes(Facts.ENTRA_MFA_ADAPTER) ? FarmProvider.ENTRA_MFA : FarmProvider.NONE;
    }

    /** Whether a host name or address is one that some component reaches MFA Server's Web Service SDK at. */
    boolean isMfaServerHost(String hostOrAddress) {
        return hostOrAddress != null && mfaServerHosts.contains(hostOrAddress.trim().toLowerCase(Locale.ROOT));
    }

    private void addHost(String url) {
        if (url == null) {
            return;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host != null) {
                mfaServerHosts.add(host.toLowerCase(Locale.ROOT));
            }
        } catch (IllegalArgumentException e) {
            // not a URL; nothing to learn from it
        }
    }

    private static String key(String source) {
        return source.toLowerCase(Locale.ROOT);
    }

    private static String key(String source, String name) {
        return source.toLowerCase(Locale.ROOT) + '\n' + name.toLowerCase(Locale.ROOT);
    }
}
