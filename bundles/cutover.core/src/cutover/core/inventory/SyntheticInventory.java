package cutover.core.inventory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic dependency inventories as model objects, for benchmarks and UI tests (the files an
 * import reads are written by the importers bundle's fixtures). {@link #radiusClient(int)} and
 * {@link #relyingParty(int)} are pure functions of the seed and the index.
 *
 * <p>The collection looks like two NPS servers ({@code NPS01} with the NPS extension, {@code NPS02} without), an
 * MFA Server ({@code MFASERVER}) with its own RADIUS and LDAP clients and Web Service SDK consumers, and an AD FS
 * farm ({@code ADFS}) with the MFA Server adapter.
 */
public final class SyntheticInventory {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final String[][] CLIENT_KINDS = {
        // name prefix, vendor, application
        {"vpn-asa", "Cisco", "Remote access VPN (AnyConnect)"},
        {"gp-portal", "RADIUS Standard", "GlobalProtect VPN"},
        {"fw-fortigate", "RADIUS Standard", "SSL VPN"},
        {"netscaler-gw", "RADIUS Standard", "Citrix Gateway"},
        {"rdgw", "Microsoft", "Remote Desktop Gateway"},
        {"wlc", "Cisco", "Wireless LAN controller"},
        {"sw-core", "Cisco", "Switch administration"},
        {"legacy-nas", "RADIUS Standard", "Dial-in"},
    };
    private static final AuthenticationProtocol[][] PROTOCOL_MIXES = {
        {AuthenticationProtocol.PAP},
        {AuthenticationProtocol.MS_CHAPV2},
        {AuthenticationProtocol.PAP, AuthenticationProtocol.MS_CHAPV2},
        {AuthenticationProtocol.EAP},
        {AuthenticationProtocol.CHAP},
    };
    private static final String[] APPS = {"payroll", "intranet", "crm", "hr-portal", "wiki", "expenses", "tickets",
        "timesheets", "learning", "reporting"};

    private final long seed;

    public SyntheticInventory(long seed) {
        this.seed = seed;
    }

    /** An inventory with the given numbers of RADIUS clients and relying party trusts and a few of everything else. */
    public ImportedInventory generate(int radiusClients, int relyingParties) {
        return generate(radiusClients, relyingParties, Math.max(1, radiusClients / 50), 3);
    }

    public ImportedInventory generate(int radiusClients, int relyingParties, int ldapClients, int webSdkConsumers) {
        List<Dependency> dependencies = new ArrayList<>();
        dependencies.add(npsExtension("NPS01", true));
        dependencies.add(npsExtension("NPS02", false));
        dependencies.add(adfsAdapter());
        for (int i = 0; i < radiusClients; i++) {
            dependencies.add(radiusClient(i));
        }
        for (int i = 0; i < relyingParties; i++) {
            dependencies.add(relyingParty(i));
        }
        for (int i = 0; i < ldapClients; i++) {
            dependencies.add(ldapClient(i));
        }
        for (int i = 0; i < webSdkConsumers; i++) {
            dependencies.add(webSdkConsumer(i));
        }
        return new ImportedInventory(dependencies, List.of(), List.of(), List.of(), 0);
    }

    public Dependency radiusClient(int index) {
        SplittableRandom random = random(index, 1);
        String[] kind = CLIENT_KINDS[random.nextInt(CLIENT_KINDS.length)];
        boolean inMfaServer = random.nextInt(100) < 20;
        String source = inMfaServer ? "MFASERVER" : random.nextBoolean() ? "NPS01" : "NPS02";
        String name = kind[0] + "-" + String.format("%05d", index);
        Set<AuthenticationProtocol> protocols = EnumSet.noneOf(AuthenticationProtocol.class);
        for (AuthenticationProtocol p : PROTOCOL_MIXES[random.nextInt(PROTOCOL_MIXES.length)]) {
            protocols.add(p);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Facts.DEFINED_IN, inMfaServer ? Facts.IN_MFA_SERVER : Facts.IN_NPS);
        attributes.put(Facts.ENABLED, Facts.yesNo(random.nextInt(100) >= 5));
        attributes.put(Facts.VENDOR, kind[1]);
        attributes.put(Facts.APPLICATION, kind[2]);
        attributes.put(Facts.AUTHENTICATION_PROTOCOLS, AuthenticationProtocol.format(protocols));
        attributes.put(Facts.SHARED_SECRET_SET, Facts.YES);
        if (inMfaServer) {
            attributes.put(Facts.MFA_SERVER_TARGET, random.nextBoolean() ? "Windows domain" : "RADIUS");
        }
        String address = "10." + (index >> 16 & 255) + "." + (index >> 8 & 255) + "." + (index & 255);
        return Dependency.of(DependencyCategory.RADIUS_CLIENT, source, name, address, attributes,
                List.of(new Evidence(inMfaServer ? "MFASERVER/radius-clients.csv" : source + "/nps-export.xml",
                        index + 2, null, "RADIUS client " + name)));
    }

    public Dependency relyingParty(int index) {
        SplittableRandom random = random(index, 2);
        String app = APPS[random.nextInt(APPS.length)];
        String name = app + "-" + String.format("%04d", index);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Facts.ENABLED, Facts.yesNo(random.nextInt(100) >= 5));
        attributes.put(Facts.IDENTIFIERS, "https://" + name + ".contoso.com/");
        int roll = random.nextInt(100);
        if (roll < 40) {
            attributes.put(Facts.ADDITIONAL_AUTHENTICATION_RULES, "c:[Type == \"http://schemas.microsoft.com/ws/"
                    + "2008/06/identity/claims/groupsid\", Value == \"S-1-5-21-1-2-3-" + (1000 + index) + "\"]\n"
                    + " => issue(Type = \"" + ClaimRules.AUTHN_METHODS_PROVIDERS + "\", Value = \""
                    + AdfsMfaProviders.MFA_SERVER + "\");");
        } else if (roll < 60) {
            attributes.put(Facts.ADDITIONAL_AUTHENTICATION_RULES, "c:[Type == \"http://schemas.microsoft.com/ws/"
                    + "2012/01/insidecorporatenetwork\", Value == \"false\"]\n => issue(Type = \""
                    + ClaimRules.AUTHENTICATION_METHOD + "\", Value = \"" + ClaimRules.MULTIPLE_AUTHN + "\");");
        } else if (roll < 80) {
            attributes.put(Facts.ACCESS_CONTROL_POLICY, "Permit everyone and require MFA");
        } else {
            attributes.put(Facts.ACCESS_CONTROL_POLICY, "Permit everyone");
        }
        return Dependency.of(DependencyCategory.ADFS_RELYING_PARTY, "ADFS", name, "https://" + name + ".contoso.com/",
                attributes, List.of(new Evidence("ADFS/relying-party-trusts.json", 0, "$[" + index + "]",
                        "relying party trust " + name)));
    }

    public Dependency ldapClient(int index) {
        SplittableRandom random = random(index, 3);
        String name = "ldap-app-" + String.format("%03d", index);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Facts.DEFINED_IN, Facts.IN_MFA_SERVER);
        attributes.put(Facts.ENABLED, Facts.YES);
        attributes.put(Facts.BASE_DN, "DC=contoso,DC=com");
        attributes.put(Facts.PORT, random.nextBoolean() ? "636" : "389");
        attributes.put(Facts.PURPOSE, random.nextInt(100) < 25 ? "password reset" : "authentication");
        return Dependency.of(DependencyCategory.LDAP_CLIENT, "MFASERVER", name, "10.20.0." + (index % 250 + 1),
                attributes, List.of(new Evidence("MFASERVER/ldap-clients.csv", index + 2, null, "LDAP client "
                        + name)));
    }

    public Dependency webSdkConsumer(int index) {
        String[] components = {Facts.USER_PORTAL, Facts.MOBILE_APP_WEB_SERVICE, Facts.IDENTITY_MANAGER,
            Facts.CUSTOM_APPLICATION};
        String component = components[index % components.length];
        String name = component + (index < components.length ? "" : " " + index);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Facts.COMPONENT, component);
        attributes.put(Facts.USES_WEB_SERVICE_SDK, Facts.YES);
        attributes.put(Facts.WEB_SERVICE_SDK_URL,
                "https://mfa01.contoso.com/MultiFactorAuthWebServiceSdk/PfWsSdk.asmx");
        return Dependency.of(DependencyCategory.WEB_SDK_CONSUMER, "MFASERVER", name, null, attributes,
                List.of(new Evidence("MFASERVER/web.config", 0, null, component)));
    }

    private Dependency npsExtension(String source, boolean installed) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Facts.NPS_EXTENSION_INSTALLED, Facts.yesNo(installed));
        if (installed) {
            attributes.put(Facts.CLOUD, "Global");
            attributes.put(Facts.MFA_SERVICE_HOST, "strongauthenticationservice.auth.microsoft.com");
        }
        return Dependency.of(DependencyCategory.NPS_EXTENSION, source, "NPS extension on " + source, null, attributes,
                List.of(new Evidence(source + "/authsrv.reg", 0, null, "AuthSrv parameters")));
    }

    private Dependency adfsAdapter() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Facts.ADDITIONAL_AUTHENTICATION_PROVIDERS, AdfsMfaProviders.MFA_SERVER_REGISTRATION);
        attributes.put(Facts.MFA_SERVER_ADAPTER, Facts.YES);
        attributes.put(Facts.ENTRA_MFA_ADAPTER, Facts.NO);
        return Dependency.of(DependencyCategory.ADFS_ADAPTER, "ADFS", "MFA Server AD FS adapter", null, attributes,
                List.of(new Evidence("ADFS/global-authentication-policy.json", 0, null,
                        "AdditionalAuthenticationProvider")));
    }

    private SplittableRandom random(int index, int stream) {
        return new SplittableRandom(mix(seed ^ mix(index + stream * GOLDEN_GAMMA)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
