package cutover.importers.inventory;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writes an NPS configuration export as {@code netsh nps export exportPSK=YES} does on Windows Server 2012 R2 and
 * later (every property element declares the {@code dt} namespace), for {@link InventoryFixtures}.
 */
final class FixtureNpsExport {

    private static final String DT = " xmlns:dt=\"urn:schemas-microsoft-com:datatypes\" dt:dt=\"";

    /** Client name prefix, NAS vendor id, first two octets of the address. */
    private record ClientKind(String prefix, int vendor, String network) {
    }

    private static final List<ClientKind> KINDS = List.of(new ClientKind("vpn-asa", 9, "10.10"),
            new ClientKind("gp-portal", 0, "10.11"), new ClientKind("fgt-sslvpn", 12356, "10.12"),
            new ClientKind("rdgw", 311, "10.13"), new ClientKind("wlc", 9, "10.14"),
            new ClientKind("sw-access", 0, "10.50"), new ClientKind("legacy-nas", 0, "10.60"));

    private final SplittableRandom random;
    private final Consumer<String> secrets;

    FixtureNpsExport(SplittableRandom random, Consumer<String> secrets) {
        this.random = random;
        this.secrets = secrets;
    }

    void write(Writer out, int clients) throws IOException {
        out.write("<?xml version=\"1.0\"?>\r\n<Root xmlns:dt=\"urn:schemas-microsoft-com:datatypes\">\r\n");
        out.write("<Children><Version name=\"Version\" dt:dt=\"int\">257</Version>\r\n");
        out.write("<Microsoft_Internet_Authentication_Service name=\"Microsoft_Internet_Authentication_Service\">"
                + "<Children>\r\n");
        profiles(out);
        policies(out);
        out.write("<Protocols name=\"Protocols\"><Children>\r\n"
                + "<Microsoft_Radius_Protocol name=\"Microsoft Radius Protocol\"><Children>\r\n"
                + "<Vendors name=\"Vendors\"><Children>\r\n");
        vendor(out, "RADIUS Standard", 0);
        vendor(out, "Cisco", 9);
        vendor(out, "Microsoft", 311);
        vendor(out, "Fortinet", 12356);
        out.write("</Children></Vendors>\r\n<Clients name=\"Clients\"><Children>\r\n");
        for (int i = 0; i < clients; i++) {
            client(out, i);
        }
        out.write("</Children></Clients></Children>\r\n<Properties>" + prop("Authentication_Port", "string",
                "1812,1645")
                + "</Properties></Microsoft_Radius_Protocol></Children></Protocols>\r\n");
        serverGroups(out);
        out.write("</Children></Microsoft_Internet_Authentication_Service>\r\n");
        templatesAndSchema(out);
        out.write("</Children></Root>\r\n");
    }

    private void client(Writer out, int index) throws IOException {
        ClientKind kind = KINDS.get(index % KINDS.size());
        String name = kind.prefix() + "-" + String.format("%05d", index);
        String address = kind.network() + "." + (index / 250 % 250) + "." + (index % 250 + 1);
        String secret = secret();
        boolean enabled = random.nextInt(100) >= 4;
        out.write("<" + element(name) + " name=\"" + name + "\"><Properties>"
                + prop("Client_Secret_Template_Guid", "string", "{00000000-0000-0000-0000-000000000000}")
                + prop("IP_Address", "string", address) + prop("NAS_Manufacturer", "int", String.valueOf(kind.vendor()))
                + prop("Opaque_Data", "string", "") + prop("Radius_Client_Enabled", "boolean", enabled ? "1" : "0")
                + prop("Require_Signature", "boolean", kind.prefix().equals("wlc") ? "1" : "0")
                + prop("Shared_Secret", "string", secret)
                + prop("Template_Guid", "string", "{00000000-0000-0000-0000-000000000000}")
                + "</Properties></" + element(name) + ">\r\n");
    }

    private void profiles(Writer out) throws IOException {
        out.write("<RadiusProfiles name=\"RadiusProfiles\"><Children>\r\n");
        profile(out, "VPN users (PAP)", true, null, 1);
        profile(out, "Remote Desktop Gateway", true, null, 4, 10);
        profile(out, "Wireless 802.1X", true, "19000000000000000000000000000000", 5);
        profile(out, "Network device administration", true, null, 1, 2);
        profile(out, "Legacy dial-in", true, null, 1, 3, 9);
        profile(out, "Connections to other access servers", false, null, 3, 4, 9, 10);
        out.write("</Children></RadiusProfiles>\r\n");
    }

    private void policies(Writer out) throws IOException {
        out.write("<NetworkPolicy name=\"NetworkPolicy\"><Children>\r\n");
        policy(out, "VPN users (PAP)", true, 1, "MATCH(\"Client-Friendly-Name=^(vpn|gp|fgt)-\")");
        policy(out, "Remote Desktop Gateway", true, 2, "MATCH(\"Client-Friendly-Name=^rdgw-\")");
        policy(out, "Wireless 802.1X", true, 3, "MATCH(\"Client-Friendly-Name=^wlc-\")",
                "MATCH(\"NAS-Port-Type=^19$|^71$\")");
        policy(out, "Network device administration", true, 4, "MATCH(\"Client-IP-Address=^10\\.50\\.\")");
        policy(out, "Legacy dial-in", false, 5, "MATCH(\"Client-Friendly-Name=^legacy-\")");
        policy(out, "Connections to other access servers", true, 999999,
                "TIMEOFDAY(\"0 00:00-24:00; 1 00:00-24:00; 2 00:00-24:00; 3 00:00-24:00; 4 00:00-24:00; "
                        + "5 00:00-24:00; 6 00:00-24:00\")");
        out.write("</Children></NetworkPolicy>\r\n<Proxy_Policies name=\"Proxy_Policies\"><Children>\r\n");
        policy(out, "Forward legacy to MFA Server", true, 1, "MATCH(\"Client-Friendly-Name=^legacy-\")");
        policy(out, "Use Windows authentication for all users", true, 999999,
                "TIMEOFDAY(\"0 00:00-24:00; 1 00:00-24:00; 2 00:00-24:00; 3 00:00-24:00; 4 00:00-24:00; "
                        + "5 00:00-24:00; 6 00:00-24:00\")");
        out.write("</Children></Proxy_Policies>\r\n<Proxy_Profiles name=\"Proxy_Profiles\"><Children>\r\n");
        out.write("<Forward_legacy_to_MFA_Server name=\"Forward legacy to MFA Server\"><Properties>"
                + prop("msAuthProviderName", "string", "MFA Server RADIUS") + prop("msAuthProviderType", "int", "2")
                + "</Properties></Forward_legacy_to_MFA_Server>\r\n");
        out.write("<Use_Windows_authentication_for_all_users name=\"Use Windows authentication for all users\">"
                + "<Properties>" + prop("msAuthProviderType", "int", "1")
                + "</Properties></Use_Windows_authentication_for_all_users>\r\n");
        out.write("</Children></Proxy_Profiles>\r\n");
    }

    private void serverGroups(Writer out) throws IOException {
        out.write("<RADIUS_Server_Groups name=\"RADIUS_Server_Groups\"><Children>\r\n<MFA_Server_RADIUS name=\"MFA "
                + "Server RADIUS\"><Children>\r\n<_10_0_1_20 name=\"10.0.1.20\"><Properties>"
                + prop("Address", "string", "10.0.1.20") + prop("Authentication_Secret", "string", secret())
                + prop("Server_Authentication_Port", "int", "1812") + prop("Timeout", "int", "60")
                + "</Properties></_10_0_1_20>\r\n</Children></MFA_Server_RADIUS>\r\n</Children></RADIUS_Server_Group"
                + "s>\r\n");
    }

    /** Template and schema sections: they name Shared_Secret too, and must not be mistaken for clients. */
    private void templatesAndSchema(Writer out) throws IOException {
        out.write("<Templates name=\"Templates\"><Children><Radius_Shared_Secrets_Templates "
                + "name=\"Radius_Shared_Secrets_Templates\"><Children><Branch_offices name=\"Branch offices\">"
                + "<Properties>" + prop("Shared_Secret", "string", secret())
                + "</Properties></Branch_offices></Children></Radius_Shared_Secrets_Templates></Children></Templates"
                + ">\r\n");
        out.write("<SDO_Schema name=\"SDO_Schema\"><Children><SDO_Schema_Classes name=\"SDO_Schema_Classes\"><Children>"
                + "<Client_SDO name=\"Client_SDO\"><Properties><ClassId dt:dt=\"string\">IAS.SdoClient</ClassId>"
                + "<RequiredProperties dt:dt=\"string\">Shared_Secret</RequiredProperties>"
                + "<RequiredProperties dt:dt=\"string\">IP_Address</RequiredProperties></Properties></Client_SDO>"
                + "</Children></SDO_Schema_Classes></Children></SDO_Schema>\r\n");
    }

    private static void profile(Writer out, String name, boolean grant, String eapType, int... authTypes)
            throws IOException {
        StringBuilder properties = new StringBuilder();
        properties.append(prop("msNPAllowDialin", "boolean", grant ? "1" : "0"));
        if (eapType != null) {
            properties.append(prop("msNPAllowedEapType", "bin.hex", eapType));
        }
        for (int type : authTypes) {
            properties.append(prop("msNPAuthenticationType2", "int", String.valueOf(type)));
        }
        out.write("<" + element(name) + " name=\"" + name + "\"><Properties>" + properties + "</Properties></"
                + element(name) + ">\r\n");
    }

    private static void policy(Writer out, String name, boolean enabled, int sequence, String... constraints)
            throws IOException {
        StringBuilder properties = new StringBuilder();
        properties.append(prop("Policy_Enabled", "boolean", enabled ? "1" : "0"));
        properties.append(prop("msNPAction", "string", name));
        for (String constraint : constraints) {
            properties.append(prop("msNPConstraint", "string", escape(constraint)));
        }
        properties.append(prop("msNPSequence", "int", String.valueOf(sequence)));
        out.write("<" + element(name) + " name=\"" + name + "\"><Properties>" + properties + "</Properties></"
                + element(name) + ">\r\n");
    }

    private static void vendor(Writer out, String name, int id) throws IOException {
        out.write("<" + element(name) + " name=\"" + name + "\"><Properties>" + prop("NAS_Vendor_Id", "int",
                String.valueOf(id)) + "</Properties></" + element(name) + ">\r\n");
    }

    private static String prop(String name, String type, String value) {
        return "<" + name + DT + type + "\">" + value + "</" + name + ">";
    }

    /** The element name NPS derives from an object name: characters other than letters and digits become '_'. */
    static String element(String name) {
        StringBuilder out = new StringBuilder(name.length() + 1);
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            out.append('_');
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private String secret() {
        String secret = InventoryFixtures.randomSecret(random);
        secrets.accept(secret);
        return secret;
    }
}
