package cutover.importers.inventory;

import cutover.core.inventory.AuthenticationProtocol;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Facts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The objects of one NPS export put together: which network and connection request policies can apply to each
 * RADIUS client (by their client name and address conditions), so that each client shows the protocols it may use
 * and where its requests go.
 */
final class NpsConfiguration {

    /** NPS's codes for authentication types (msNPAuthenticationType2, IAS_AUTH_* in sdoias.h). */
    private static final Map<String, AuthenticationProtocol> AUTH_TYPES = Map.of(
            "1", AuthenticationProtocol.PAP, "2", AuthenticationProtocol.CHAP, "3", AuthenticationProtocol.MS_CHAP,
            "4", AuthenticationProtocol.MS_CHAPV2, "5", AuthenticationProtocol.EAP,
            "7", AuthenticationProtocol.UNAUTHENTICATED, "9", AuthenticationProtocol.MS_CHAP,
            "10", AuthenticationProtocol.MS_CHAPV2, "11", AuthenticationProtocol.EAP);
    /** EAP method numbers (IANA) of the first byte of msNPAllowedEapType. */
    private static final Map<Integer, String> EAP_TYPES = Map.of(13, "EAP-TLS (smart card or certificate)",
            25, "PEAP", 26, "EAP-MSCHAPv2", 21, "EAP-TTLS", 4, "EAP-MD5");
    /** Vendor codes used when the export does not list its vendors. */
    private static final Map<String, String> KNOWN_VENDORS = Map.of("0", "RADIUS Standard", "9", "Cisco",
            "311", "Microsoft", "3375", "F5", "5951", "Citrix NetScaler", "12356", "Fortinet",
            "25461", "Palo Alto Networks", "2636", "Juniper Networks", "14823", "Aruba Networks");
    private static final String[] CLIENT_NAME_ATTRIBUTES = {"Client-Friendly-Name"};
    private static final String[] CLIENT_ADDRESS_ATTRIBUTES = {"Client-IP-Address", "Client-IPv4-Address",
        "Client-IPv6-Address"};

    /** A network or connection request policy with its profile's settings. */
    private record Policy(NpsObject object, NpsObject profile, int sequence, List<String> conditions,
            List<BoundedPattern> namePatterns, List<BoundedPattern> addressPatterns) {

        boolean enabled() {
            return !Boolean.FALSE.equals(object.flag("Policy_Enabled"));
        }

        /**
         * Whether the policy's conditions are only about the client and the time of day: then, once it matches a
         * client, NPS never gets to the policies after it for that client (the first matching policy decides).
         */
        boolean decidesForClient() {
            for (String condition : conditions) {
                String text = condition.trim();
                boolean clientCondition = false;
                for (String attribute : CLIENT_NAME_ATTRIBUTES) {
                    clientCondition |= text.startsWith("MATCH(\"" + attribute + "=");
                }
                for (String attribute : CLIENT_ADDRESS_ATTRIBUTES) {
                    clientCondition |= text.startsWith("MATCH(\"" + attribute + "=");
                }
                if (!clientCondition && !text.startsWith("TIMEOFDAY(")) {
                    return false;
                }
            }
            return true;
        }

        boolean appliesTo(String clientName, String address) {
            return namePatterns.stream().allMatch(p -> p.matches(clientName))
                    && addressPatterns.stream().allMatch(p -> p.matches(address));
        }

        String profileValue(String property) {
            return profile == null ? null : profile.first(property);
        }

        Set<AuthenticationProtocol> protocols() {
            Set<AuthenticationProtocol> protocols = EnumSet.noneOf(AuthenticationProtocol.class);
            if (profile != null) {
                for (String property : new String[] {"msNPAuthenticationType2", "msNPAuthenticationType"}) {
                    for (String code : profile.all(property)) {
                        AuthenticationProtocol protocol = AUTH_TYPES.get(code.trim());
                        if (protocol != null) {
                            protocols.add(protocol);
                        }
                    }
                }
            }
            return protocols;
        }

        String label() {
            return "\"" + object.name() + "\"" + (sequence == Integer.MAX_VALUE ? "" : " (order " + sequence + ")");
        }
    }

    private final List<NpsObject> objects;
    private final Map<String, String> vendors = new HashMap<>(KNOWN_VENDORS);
    private final List<Policy> networkPolicies;
    private final List<Policy> requestPolicies;

    NpsConfiguration(List<NpsObject> objects) {
        this.objects = objects;
        Map<String, NpsObject> networkProfiles = new HashMap<>();
        Map<String, NpsObject> requestProfiles = new HashMap<>();
        for (NpsObject object : objects) {
            switch (object.kind()) {
                case VENDOR -> {
                    if (object.first("NAS_Vendor_Id") != null) {
                        vendors.put(object.first("NAS_Vendor_Id"), object.name());
                    }
                }
                case NETWORK_PROFILE -> networkProfiles.put(object.name(), object);
                case REQUEST_PROFILE -> requestProfiles.put(object.name(), object);
                default -> {
                }
            }
        }
        this.networkPolicies = policies(NpsObject.Kind.NETWORK_POLICY, networkProfiles);
        this.requestPolicies = policies(NpsObject.Kind.REQUEST_POLICY, requestProfiles);
    }

    private List<Policy> policies(NpsObject.Kind kind, Map<String, NpsObject> profiles) {
        List<Policy> policies = new ArrayList<>();
        for (NpsObject object : objects) {
            if (object.kind() != kind) {
                continue;
            }
            List<BoundedPattern> names = new ArrayList<>();
            List<BoundedPattern> addresses = new ArrayList<>();
            for (String condition : object.all("msNPConstraint")) {
                addPattern(condition, CLIENT_NAME_ATTRIBUTES, names);
                addPattern(condition, CLIENT_ADDRESS_ATTRIBUTES, addresses);
            }
            // a policy's profile has the policy's name; msNPAction holds what older versions called it
            NpsObject profile = profiles.get(object.name());
            if (profile == null && object.first("msNPAction") != null) {
                profile = profiles.get(object.first("msNPAction"));
            }
            policies.add(new Policy(object, profile, parseInt(object.first("msNPSequence")),
                    object.all("msNPConstraint"), names, addresses));
        }
        policies.sort(Comparator.comparingInt(Policy::sequence));
        return policies;
    }

    /** Adds the pattern of a {@code MATCH("Attribute=pattern")} condition on one of the attributes. */
    private static void addPattern(String condition, String[] attributes, List<BoundedPattern> into) {
        String text = condition.trim();
        if (!text.startsWith("MATCH(\"") || !text.endsWith("\")")) {
            return;
        }
        String inner = text.substring("MATCH(\"".length(), text.length() - 2);
        for (String attribute : attributes) {
            if (inner.regionMatches(true, 0, attribute + "=", 0, attribute.length() + 1)) {
                into.add(new BoundedPattern(inner.substring(attribute.length() + 1)));
            }
        }
    }

    void report(FileFindings out) {
        Map<String, List<String>> serversByGroup = new LinkedHashMap<>();
        Map<String, NpsObject> groups = new LinkedHashMap<>();
        Map<String, Boolean> groupSecrets = new HashMap<>();
        for (NpsObject object : objects) {
            switch (object.kind()) {
                case CLIENT -> client(object, out);
                case SERVER_GROUP -> groups.putIfAbsent(object.name(), object);
                case REMOTE_SERVER -> {
                    String address = object.first("Address") != null ? object.first("Address") : object.name();
                    serversByGroup.computeIfAbsent(object.group(), g -> new ArrayList<>()).add(address);
                    groupSecrets.merge(object.group(), !object.secretsSet().isEmpty(), Boolean::logicalOr);
                }
                default -> {
                }
            }
        }
        for (Policy policy : networkPolicies) {
            networkPolicy(policy, out);
        }
        for (Policy policy : requestPolicies) {
            requestPolicy(policy, out);
        }
        for (NpsObject group : groups.values()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            List<String> servers = serversByGroup.getOrDefault(group.name(), List.of());
            attributes.put(Facts.SERVERS, servers.isEmpty() ? "(none)" : String.join(", ", servers));
            attributes.put(Facts.SHARED_SECRET_SET, Facts.yesNo(groupSecrets.getOrDefault(group.name(), false)));
            out.add(DependencyCategory.RADIUS_SERVER_GROUP, group.name(), null, attributes,
                    List.of(out.evidence(group.line(), "RADIUS_Server_Groups/" + group.name(),
                            "remote RADIUS server group with " + servers.size() + " server(s)")));
        }
    }

    private void client(NpsObject client, FileFindings out) {
        String address = client.first("IP_Address");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Facts.DEFINED_IN, Facts.IN_NPS);
        Boolean enabled = client.flag("Radius_Client_Enabled");
        attributes.put(Facts.ENABLED, enabled == null ? Facts.UNKNOWN : Facts.yesNo(enabled));
        String vendor = client.first("Radius_Client_Vendor_Name");
        if (vendor == null && client.first("NAS_Manufacturer") != null) {
            vendor = vendors.getOrDefault(client.first("NAS_Manufacturer"), "vendor "
                    + client.first("NAS_Manufacturer"));
        }
        if (vendor != null) {
            attributes.put(Facts.VENDOR, vendor);
        }
        attributes.put(Facts.SHARED_SECRET_SET, sharedSecret(client));
        Boolean signature = client.flag("Require_Signature");
        if (signature != null) {
            attributes.put(Facts.MESSAGE_AUTHENTICATOR, Facts.yesNo(signature));
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(out.evidence(client.line(), "Clients/" + client.name(), "RADIUS client \"" + client.name()
                + "\"" + (address == null ? "" : " at " + address)));
        Set<AuthenticationProtocol> protocols = EnumSet.noneOf(AuthenticationProtocol.class);
        // connection request policies come first: one that forwards the request leaves network policies out
        String forwardsTo = null;
        boolean localAuthentication = false;
        Set<String> requestPolicyNames = new LinkedHashSet<>();
        for (Policy policy : requestPolicies) {
            if (!policy.enabled() || !policy.appliesTo(client.name(), address)) {
                continue;
            }
            requestPolicyNames.add(policy.label());
            if ("1".equals(policy.profileValue("msOverrideRAPAuth"))) {
                protocols.addAll(policy.protocols());
            }
            if ("2".equals(policy.profileValue("msAuthProviderType"))) {
                if (forwardsTo == null) {
                    forwardsTo = policy.profileValue("msAuthProviderName");
                }
            } else {
                localAuthentication = true;
            }
            if (policy.decidesForClient()) {
                break;
            }
        }
        Set<String> policyNames = new LinkedHashSet<>();
        for (Policy policy : localAuthentication || forwardsTo == null ? networkPolicies : List.<Policy>of()) {
            if (!policy.enabled() || !policy.appliesTo(client.name(), address)) {
                continue;
            }
            if (!"0".equals(policy.profileValue("msNPAllowDialin"))) {
                protocols.addAll(policy.protocols());
                policyNames.add(policy.label());
                evidence.add(out.evidence(policy.object().line(), "NetworkPolicy/" + policy.object().name(),
                        "network policy " + policy.label() + " can apply; it allows "
                                + describe(policy.protocols())));
            }
            if (policy.decidesForClient()) {
                break;
            }
        }
        if (!protocols.isEmpty()) {
            attributes.put(Facts.AUTHENTICATION_PROTOCOLS, AuthenticationProtocol.format(protocols));
        }
        if (!policyNames.isEmpty()) {
            attributes.put(Facts.NETWORK_POLICIES, String.join(", ", policyNames));
        }
        if (!requestPolicyNames.isEmpty()) {
            attributes.put(Facts.CONNECTION_REQUEST_POLICIES, String.join(", ", requestPolicyNames));
        }
        if (forwardsTo != null && !forwardsTo.isBlank()) {
            attributes.put(Facts.FORWARDS_TO, forwardsTo);
        }
        out.add(DependencyCategory.RADIUS_CLIENT, client.name(), address, attributes, evidence);
    }

    private static String sharedSecret(NpsObject client) {
        if (client.secretsSet().contains("Shared_Secret")) {
            return Facts.YES;
        }
        String template = client.first("Client_Secret_Template_Guid");
        if (template != null && !template.isEmpty() && !template.equals("{00000000-0000-0000-0000-000000000000}")) {
            return Facts.YES;
        }
        // exported without exportPSK=YES the secret is left out, so an empty one says nothing
        return Facts.UNKNOWN;
    }

    private void networkPolicy(Policy policy, FileFindings out) {
        Map<String, String> attributes = policyAttributes(policy);
        attributes.put(Facts.ACCESS, "0".equals(policy.profileValue("msNPAllowDialin")) ? "deny" : "grant");
        if (!policy.protocols().isEmpty()) {
            attributes.put(Facts.AUTHENTICATION_PROTOCOLS, AuthenticationProtocol.format(policy.protocols()));
        }
        List<String> eapTypes = eapTypes(policy.profile());
        if (!eapTypes.isEmpty()) {
            attributes.put(Facts.EAP_TYPES, String.join(", ", eapTypes));
        }
        out.add(DependencyCategory.NPS_POLICY, policy.object().name(), null, attributes,
                List.of(out.evidence(policy.object().line(), "NetworkPolicy/" + policy.object().name(),
                        "network policy " + policy.label() + " allows " + describe(policy.protocols()))));
    }

    private void requestPolicy(Policy policy, FileFindings out) {
        Map<String, String> attributes = policyAttributes(policy);
        String provider = policy.profileValue("msAuthProviderType");
        if ("2".equals(provider) && policy.profileValue("msAuthProviderName") != null) {
            attributes.put(Facts.FORWARDS_TO, policy.profileValue("msAuthProviderName"));
        }
        if ("1".equals(policy.profileValue("msOverrideRAPAuth")) && !policy.protocols().isEmpty()) {
            attributes.put(Facts.AUTHENTICATION_PROTOCOLS, AuthenticationProtocol.format(policy.protocols()));
        }
        String seen = "connection request policy " + policy.label()
                + (attributes.containsKey(Facts.FORWARDS_TO) ? " forwards to \"" + attributes.get(Facts.FORWARDS_TO)
                        + "\"" : " has this server authenticate");
        out.add(DependencyCategory.NPS_CONNECTION_REQUEST_POLICY, policy.object().name(), null, attributes,
                List.of(out.evidence(policy.object().line(), "Proxy_Policies/" + policy.object().name(), seen)));
    }

    private static Map<String, String> policyAttributes(Policy policy) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Facts.ENABLED, Facts.yesNo(policy.enabled()));
        if (policy.sequence() != Integer.MAX_VALUE) {
            attributes.put(Facts.PROCESSING_ORDER, String.valueOf(policy.sequence()));
        }
        if (!policy.conditions().isEmpty()) {
            attributes.put(Facts.CONDITIONS, String.join("; ", policy.conditions()));
        }
        return attributes;
    }

    private static List<String> eapTypes(NpsObject profile) {
        List<String> types = new ArrayList<>();
        if (profile == null) {
            return types;
        }
        for (String hex : profile.all("msNPAllowedEapType")) {
            String value = hex.trim();
            if (value.length() >= 2) {
                try {
                    int code = Integer.parseInt(value.substring(0, 2), 16);
                    types.add(EAP_TYPES.getOrDefault(code, "EAP type " + code));
                } catch (NumberFormatException e) {
                    // not hex: nothing to show
                }
            }
        }
        return types;
    }

    private static String describe(Set<AuthenticationProtocol> protocols) {
        return protocols.isEmpty() ? "no password protocol" : AuthenticationProtocol.format(protocols);
    }

    private static int parseInt(String value) {
        try {
            return value == null ? Integer.MAX_VALUE : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
