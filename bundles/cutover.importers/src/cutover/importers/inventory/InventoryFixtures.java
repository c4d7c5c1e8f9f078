package cutover.importers.inventory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a realistic dependency collection, as the commands in docs/formats/inventory-inputs-v1.md leave it, for
 * benchmarks, UI tests and demos: an NPS export with N RADIUS clients, M relying party trusts from ConvertTo-Json,
 * and one file of every other kind, each in the encoding Windows writes it in. The content is a pure function of
 * the seed and the counts. The files contain made-up shared secrets and passwords (an export made with
 * {@code exportPSK=YES} has real ones); {@link #secretsWritten()} lists them, so tests can prove none comes out of
 * an import.
 *
 * <pre>
 * NPS01/nps-configuration.xml                 netsh nps export ... exportPSK=YES (UTF-8)
 * NPS01/authsrv-parameters.reg                reg export, NPS extension registered, Global cloud (UTF-16 LE)
 * ADFS01/relying-party-trusts.json            Get-AdfsRelyingPartyTrust | ConvertTo-Json (UTF-16 LE)
 * ADFS01/access-control-policies.json         Get-AdfsAccessControlPolicy | ConvertTo-Json (UTF-8 with BOM)
 * ADFS01/global-authentication-policy.xml     Get-AdfsGlobalAuthenticationPolicy | Export-Clixml (UTF-16 LE)
 * ADFS01/MultiFactorAuthenticationAdfsAdapter.config
 * MFA01/radius-clients.csv, MFA01/ldap-clients.csv     Cutover's templates (UTF-8 with BOM, as Excel saves)
 * MFA01/UserPortal/web.config, MFA01/MobileAppWebService/web.config
 * MIM01/MfaSettings.xml
 * README.txt                                  not a collected file: skipped
 * </pre>
 */
public final class InventoryFixtures {

    public static final String NPS_SERVER = "NPS01";
    public static final String ADFS_SERVER = "ADFS01";
    public static final String MFA_SERVER = "MFA01";
    public static final String MIM_SERVER = "MIM01";
    /** The MFA Server RADIUS clients and LDAP clients in the CSV templates. */
    public static final int MFA_SERVER_RADIUS_CLIENTS = 4;
    public static final int MFA_SERVER_LDAP_CLIENTS = 3;

    private static final char[] SECRET_CHARACTERS =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+".toCharArray();
    private static final String SDK_URL = "https://mfa01.contoso.com/MultiFactorAuthWebServiceSdk/PfWsSdk.asmx";

    private final long seed;
    private final List<String> secrets = new ArrayList<>();

    public InventoryFixtures(long seed) {
        this.seed = seed;
    }

    /** Writes the collection into {@code folder} (created if needed) and returns it. */
    public Path writeFolder(Path folder, int radiusClients, int relyingParties) throws IOException {
        Objects.requireNonNull(folder, "folder");
        secrets.clear();
        SplittableRandom random = new SplittableRandom(seed);
        for (String name : fileNames()) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                write(name, out, random, radiusClients, relyingParties);
            }
        }
        return folder;
    }

    /** Writes the collection as a ZIP archive whose entries are in a wrapper folder, as Windows' "Send to" makes. */
    public Path writeZip(Path zipFile, int radiusClients, int relyingParties) throws IOException {
        Objects.requireNonNull(zipFile, "zipFile");
        secrets.clear();
        SplittableRandom random = new SplittableRandom(seed);
        if (zipFile.getParent() != null) {
            Files.createDirectories(zipFile.getParent());
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            for (String name : fileNames()) {
                zip.putNextEntry(new ZipEntry("cutover-collection/" + name));
                write(name, zip, random, radiusClients, relyingParties);
                zip.closeEntry();
            }
        }
        return zipFile;
    }

    /** The shared secrets and passwords the last write put into the files. */
    public List<String> secretsWritten() {
        return List.copyOf(secrets);
    }

    private static List<String> fileNames() {
        return List.of(NPS_SERVER + "/nps-configuration.xml", NPS_SERVER + "/authsrv-parameters.reg",
                ADFS_SERVER + "/relying-party-trusts.json", ADFS_SERVER + "/access-control-policies.json",
                ADFS_SERVER + "/global-authentication-policy.xml",
                ADFS_SERVER + "/MultiFactorAuthenticationAdfsAdapter.config", MFA_SERVER + "/radius-clients.csv",
                MFA_SERVER + "/ldap-clients.csv", MFA_SERVER + "/UserPortal/web.config",
                MFA_SERVER + "/MobileAppWebService/web.config", MIM_SERVER + "/MfaSettings.xml", "README.txt");
    }

    private void write(String name, OutputStream stream, SplittableRandom random, int radiusClients,
            int relyingParties) throws IOException {
        boolean utf16 = name.endsWith(".reg") || name.endsWith("relying-party-trusts.json")
                || name.endsWith("global-authentication-policy.xml");
        boolean bom = !utf16 && !name.endsWith("nps-configuration.xml") && !name.endsWith("README.txt");
        if (utf16) {
            stream.write(0xFF);
            stream.write(0xFE);
        } else if (bom) {
            stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        // not closed here: closing would close the ZIP stream too
        Writer out = new BufferedWriter(new OutputStreamWriter(stream,
                utf16 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8),
                64 * 1024);
        FixtureAdfsExports adfs = new FixtureAdfsExports(random);
        switch (name.substring(name.lastIndexOf('/') + 1)) {
            case "nps-configuration.xml" -> new FixtureNpsExport(random, secrets::add).write(out, radiusClients);
            case "authsrv-parameters.reg" -> registry(out);
            case "relying-party-trusts.json" -> adfs.writeRelyingParties(out, relyingParties);
            case "access-control-policies.json" -> adfs.writeAccessControlPolicies(out);
            case "global-authentication-policy.xml" -> adfs.writeGlobalPolicyClixml(out);
            case "MultiFactorAuthenticationAdfsAdapter.config" -> adapterConfig(out, random);
            case "radius-clients.csv" -> out.write(radiusClientsCsv());
            case "ldap-clients.csv" -> out.write(ldapClientsCsv());
            case "web.config" -> webConfig(out, random, name.contains("UserPortal") ? "pfup" : "pfpaws");
            case "MfaSettings.xml" -> mimSettings(out, random);
            default -> out.write("Collected with the Cutover collection checklist. See docs/formats/"
                    + "inventory-inputs-v1.md.\r\n");
        }
        out.flush();
    }

    private static void registry(Writer out) throws IOException {
        out.write("Windows Registry Editor Version 5.00\r\n\r\n"
                + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\AuthSrv\\Parameters]\r\n"
                + RegistryText.multiString("AuthorizationDLLs",
                        List.of("C:\\Program Files\\Microsoft\\AzureMfa\\Extensions\\MfaNpsAuthzExt.dll"))
                + RegistryText.multiString("ExtensionDLLs",
                        List.of("C:\\Program Files\\Microsoft\\AzureMfa\\Extensions\\MfaNpsAuthnExt.dll"))
                + "\"LogLevel\"=dword:00000000\r\n\r\n"
                + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\AzureMfa]\r\n"
                + "\"TENANT_ID\"=\"72f988bf-86f1-41af-91ab-2d7cd011db47\"\r\n"
                + "\"CLIENT_ID\"=\"981f26a1-7f43-403b-a875-f8b09b8cd720\"\r\n"
                + "\"AZURE_MFA_HOSTNAME\"=\"strongauthenticationservice.auth.microsoft.com\"\r\n"
                + "\"AZURE_MFA_RESOURCE_HOSTNAME\"=\"adnotifications.windowsazure.com\"\r\n"
                + "\"STS_URL\"=\"https://login.microsoftonline.com/\"\r\n"
                + "\"REQUIRE_USER_MATCH\"=\"TRUE\"\r\n"
                + "\"OVERRIDE_NUMBER_MATCHING_WITH_OTP\"=\"TRUE\"\r\n\r\n");
    }

    private void adapterConfig(Writer out, SplittableRandom random) throws IOException {
        out.write("<ConfigurationData>\r\n  <UseWebServiceSdk>true</UseWebServiceSdk>\r\n  <WebServiceSdkUrl>" + SDK_URL
                + "</WebServiceSdkUrl>\r\n  <WebServiceSdkUsername>CONTOSO\\svc-mfa-adfs</WebServiceSdkUsername>\r\n"
                + "  <WebServiceSdkPassword>" + secret(random) + "</WebServiceSdkPassword>\r\n"
                + "  <WebServiceSdkCertificateThumbprint></WebServiceSdkCertificateThumbprint>\r\n"
                + "</ConfigurationData>\r\n");
    }

    private static String radiusClientsCsv() {
        return "name,ip_address,enabled,authentication_protocol,application_name,target,vendor,notes\r\n"
                + "Citrix Gateway,10.70.0.10,yes,PAP,Citrix Gateway (NetScaler),Windows domain,Citrix,\"Access "
                + "Gateway, DMZ\"\r\n"
                + "Legacy VPN concentrator,10.70.0.11,yes,MS-CHAPv2,Remote access VPN,RADIUS,Cisco VPN 3000,"
                + "Forwards to NPS02\r\n"
                + "Linux jump host,10.70.0.12,yes,PAP,SSH with pam_radius,Windows domain,,\r\n"
                + "Old dial-in,10.70.0.13,no,CHAP,Dial-in,Windows domain,,Decommissioned 2021\r\n";
    }

    private static String ldapClientsCsv() {
        return "name,ip_address,base_dn,port,ssl,application_name,purpose,notes\r\n"
                + "HR portal,10.80.0.20,\"OU=Staff,DC=contoso,DC=com\",636,yes,HR self-service,authentication,\r\n"
                + "Password reset kiosk,10.80.0.21,\"DC=contoso,DC=com\",389,no,Kiosk,password reset,\r\n"
                + "Print release,10.80.0.22,\"DC=contoso,DC=com\",389,no,Print management,authentication,\r\n";
    }

    private void webConfig(Writer out, SplittableRandom random, String prefix) throws IOException {
        String section = prefix + ".Properties.Settings";
        out.write(lines("<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                "<configuration>",
                "  <configSections>",
                "    <sectionGroup name=\"applicationSettings\" type=\"System.Configuration.ApplicationSettingsGroup, "
                        + "System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089\">",
                "      <section name=\"" + section + "\" type=\"System.Configuration.ClientSettingsSection, System\" "
                        + "requirePermission=\"false\" />",
                "    </sectionGroup>",
                "  </configSections>",
                "  <appSettings>",
                "pfup".equals(prefix) ? "    <add key=\"USE_WEB_SERVICE_SDK\" value=\"true\" />" : "",
                "    <add key=\"WEB_SERVICE_SDK_AUTHENTICATION_USERNAME\" value=\"CONTOSO\\svc-mfa-web\" />",
                "    <add key=\"WEB_SERVICE_SDK_AUTHENTICATION_PASSWORD\" value=\"" + secret(random) + "\" />",
                "    <add key=\"LOG_LEVEL\" value=\"2\" />",
                "  </appSettings>",
                "  <connectionStrings>",
                "    <add name=\"PhoneFactor\" connectionString=\"Data Source=.;Password=" + secret(random) + "\" />",
                "  </connectionStrings>",
                "  <system.web>",
                "    <compilation targetFramework=\"4.5\" />",
                "  </system.web>",
                "  <applicationSettings>",
                "    <" + section + ">",
                "      <setting name=\"" + prefix + "_pfwssdk_PfWsSdk\" serializeAs=\"String\">",
                "        <value>" + SDK_URL + "</value>",
                "      </setting>",
                "    </" + section + ">",
                "  </applicationSettings>",
                "</configuration>"));
    }

    private void mimSettings(Writer out, SplittableRandom random) throws IOException {
        out.write(lines("<MfaSettings>",
                "  <CertFilename>C:\\Program Files\\Microsoft Forefront Identity Manager\\2010\\Service\\MfaCerts"
                        + "\\cert_key.p12</CertFilename>",
                "  <CertPassword>" + secret(random) + "</CertPassword>",
                "  <DefaultCountryCode>1</DefaultCountryCode>",
                "  <UseMfaServer>true</UseMfaServer>",
                "  <MfaServerUrl>" + SDK_URL + "</MfaServerUrl>",
                "  <Username>CONTOSO\\svc-mim-mfa</Username>",
                "  <Password>" + secret(random) + "</Password>",
                "</MfaSettings>"));
    }

    /** The lines with CRLF after each; empty strings are left out. */
    private static String lines(String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (!line.isEmpty()) {
                text.append(line).append("\r\n");
            }
        }
        return text.toString();
    }

    private String secret(SplittableRandom random) {
        String secret = randomSecret(random);
        secrets.add(secret);
        return secret;
    }

    /** A made-up secret of 24 characters, distinctive enough to be searched for in output. */
    static String randomSecret(SplittableRandom random) {
        char[] secret = new char[24];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = SECRET_CHARACTERS[random.nextInt(SECRET_CHARACTERS.length)];
        }
        return new String(secret);
    }
}
