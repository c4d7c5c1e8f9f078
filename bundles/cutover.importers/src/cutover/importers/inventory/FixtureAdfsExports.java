package cutover.importers.inventory;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes AD FS exports for {@link InventoryFixtures}: relying party trusts as Windows PowerShell 5.1's
 * {@code ConvertTo-Json} writes them (default depth 2, two spaces after each colon), access control policies the
 * same way, and the global authentication policy as {@code Export-Clixml} writes it.
 */
final class FixtureAdfsExports {

    static final String CUSTOM_POLICY = "Contoso - MFA from extranet";
    private static final String[] APPS = {"payroll", "intranet", "crm", "hr-portal", "wiki", "expenses", "tickets",
        "timesheets", "learning", "reporting", "travel", "benefits"};

    private final SplittableRandom random;

    FixtureAdfsExports(SplittableRandom random) {
        this.random = random;
    }

    void writeRelyingParties(Writer out, int count) throws IOException {
        out.write("[\r\n");
        for (int i = 0; i < count; i++) {
            out.write(relyingParty(i));
            out.write(i + 1 < count ? ",\r\n" : "\r\n");
        }
        out.write("]\r\n");
    }

    private String relyingParty(int index) {
        boolean office = index == 0;
        String app = APPS[random.nextInt(APPS.length)];
        String name = office ? "Microsoft Office 365 Identity Platform" : app + "-" + String.format("%04d", index);
        String identifier = office ? "urn:federation:MicrosoftOnline" : "https://" + name + ".contoso.com/";
        int roll = office ? 30 : random.nextInt(100);
        String rules = null;
        String policy = "Permit everyone";
        if (roll < 35) {
            rules = "@RuleName = \"MFA Server for group\"\r\nc:[Type == \"http://schemas.microsoft.com/ws/2008/06/"
                    + "identity/claims/groupsid\", Value == \"S-1-5-21-3623811015-3361044348-30300820-" + (1100 + index)
                    + "\"]\r\n => issue(Type = \"http://schemas.microsoft.com/claims/authnmethodsproviders\", "
                    + "Value = \"AzureMfaServerAuthentication\");";
            policy = null;
        } else if (roll < 55) {
            rules = "c:[Type == \"http://schemas.microsoft.com/ws/2012/01/insidecorporatenetwork\", Value == \"false\"]"
                    + "\r\n => issue(Type = "
                    + "\"http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationmethod\","
                    + " Value = \"http://schemas.microsoft.com/claims/multipleauthn\");";
            policy = null;
        } else if (roll < 75) {
            policy = "Permit everyone and require MFA";
        } else if (roll < 80) {
            policy = CUSTOM_POLICY;
        }
        boolean enabled = random.nextInt(100) >= 5;
        StringBuilder json = new StringBuilder(3000);
        json.append("    {\r\n");
        field(json, "AllowedAuthenticationClassReferences", "[\r\n\r\n                                             ]");
        field(json, "EncryptionCertificateRevocationCheck", quote("CheckChainExcludeRoot"));
        field(json, "PublishedThroughProxy", "false");
        field(json, "SigningCertificateRevocationCheck", quote("CheckChainExcludeRoot"));
        field(json, "WSFedEndpoint", office ? quote("https://login.microsoftonline.com/login.srf") : "null");
        field(json, "ClaimsProviderName", "[\r\n\r\n                           ]");
        field(json, "ClaimsAccepted", "[\r\n\r\n                       ]");
        field(json, "EncryptClaims", "true");
        field(json, "Enabled", String.valueOf(enabled));
        field(json, "EncryptionCertificate", "null");
        field(json, "Identifier", "[\r\n                       " + quote(identifier) + "\r\n                   ]");
        field(json, "LastMonitoredTime", quote("\\/Date(-62135596800000)\\/"));
        field(json, "LastPublishedPolicyCheckSuccessful", "null");
        field(json, "LastUpdateTime", quote("\\/Date(" + (1_700_000_000_000L + index * 86_400_000L) + ")\\/"));
        field(json, "MetadataUrl", "null");
        field(json, "MonitoringEnabled", "false");
        field(json, "Name", quote(name));
        field(json, "NotBeforeSkew", "0");
        field(json, "EnableJWT", "false");
        field(json, "AlwaysRequireAuthentication", "false");
        field(json, "Notes", index % 7 == 3 ? quote("Owner: app team " + app) : "null");
        field(json, "OrganizationInfo", "null");
        field(json, "ObjectIdentifier", quote(uuid()));
        field(json, "ProxyEndpointMappings", "{\r\n\r\n                          }");
        field(json, "ProxyTrustedEndpoints", "[\r\n\r\n                          ]");
        field(json, "ProtocolProfile", quote(office ? "WsFed-SAML" : "SAML"));
        field(json, "RequestSigningCertificate", "[\r\n\r\n                              ]");
        field(json, "EncryptedNameIdRequired", "false");
        field(json, "SignedSamlRequestsRequired", "false");
        field(json, "SamlEndpoints", "[\r\n                          {\r\n                              \"Binding\":  "
                + "\"POST\",\r\n                              \"BindingUri\":  "
                + "\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\",\r\n                              \"Index\":  0,"
                + "\r\n                              \"IsDefault\":  false,\r\n                              "
                + "\"Location\":  " + quote(identifier + "saml/acs") + ",\r\n                              "
                + "\"Protocol\":  \"SAMLAssertionConsumer\",\r\n                              "
                + "\"ResponseLocation\":  null\r\n                          }\r\n                      ]");
        field(json, "SamlResponseSignature", quote("AssertionOnly"));
        field(json, "SignatureAlgorithm", quote("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"));
        field(json, "TokenLifetime", "0");
        field(json, "AllowedClientTypes", "6");
        field(json, "IssueOAuthRefreshTokensTo", "2");
        field(json, "RefreshTokenProtectionEnabled", "true");
        field(json, "RequestMFAFromClaimsProviders", "false");
        field(json, "ScopeGroupId", "null");
        field(json, "ScopeGroupIdentifier", "null");
        field(json, "DeviceAuthenticationMethod", "null");
        field(json, "ImpersonationAuthorizationRules", quote(""));
        field(json, "AdditionalAuthenticationRules", rules == null ? "null" : quote(rules));
        field(json, "AccessControlPolicyName", policy == null ? "null" : quote(policy));
        field(json, "AccessControlPolicyParameters", "null");
        field(json, "ResultantPolicy", "{\r\n                            \"Summary\":  "
                + quote("Microsoft.IdentityServer.PolicyModel.Configuration.PolicyTemplate.PolicyMetadata")
                + "\r\n                        }");
        field(json, "IssuanceAuthorizationRules", quote(""));
        field(json, "IssuanceTransformRules", quote("@RuleTemplate = \"LdapClaims\"\r\n@RuleName = \"LDAP attributes\""
                + "\r\nc:[Type == \"http://schemas.microsoft.com/ws/2008/06/identity/claims/windowsaccountname\", "
                + "Issuer == \"AD AUTHORITY\"]\r\n => issue(store = \"Active Directory\", types = "
                + "(\"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn\"), query = "
                + "\";userPrincipalName;{0}\", "
                + "param = c.Value);"));
        json.append("        \"DelegationAuthorizationRules\":  null\r\n    }");
        return json.toString();
    }

    void writeAccessControlPolicies(Writer out) throws IOException {
        String parameters = "System.Collections.Generic.List`1[Microsoft.IdentityServer.PolicyModel.Configuration."
                + "PolicyTemplate.ParameterDefinition]";
        out.write(String.join("\r\n", List.of("[",
                accessControlPolicy("Permit everyone and require MFA", "PermitEveryoneRequireMFA", true, 12,
                        "Permit everyone and require multi-factor authentication", parameters) + ",",
                accessControlPolicy(CUSTOM_POLICY, "ContosoMfaExtranet", false, 3, "Permit users from the intranet"
                        + "\\r\\nand require multi-factor authentication from the extranet", parameters) + ",",
                accessControlPolicy("Permit everyone", "PermitEveryone", true, 40, "Permit everyone", null),
                "]", "")));
    }

    private static String accessControlPolicy(String name, String identifier, boolean builtIn, int usage,
            String summary, String parameters) {
        String indent = "                               ";
        return String.join("\r\n", List.of("    {",
                "        \"Name\":  \"" + name + "\",",
                "        \"Identifier\":  \"" + identifier + "\",",
                "        \"IsBuiltIn\":  " + builtIn + ",",
                "        \"RpUsageCount\":  " + usage + ",",
                "        \"AssignedTo\":  \"System.Collections.ObjectModel.ReadOnlyCollection`1[System.String]\",",
                "        \"PolicyMetadata\":  {",
                indent + "\"Summary\":  \"" + summary + "\",",
                parameters == null ? indent + "\"Version\":  1" : indent + "\"Parameters\":  \"" + parameters + "\"",
                "                           }",
                "    }"));
    }

    /** The global authentication policy as Export-Clixml writes it: the MFA Server adapter and Entra MFA adapter. */
    void writeGlobalPolicyClixml(Writer out) throws IOException {
        String stringCollection = "System.Collections.ObjectModel.ReadOnlyCollection`1[[System.String, mscorlib, "
                + "Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]";
        String type = "Microsoft.IdentityServer.Management.Resources.AdfsGlobalAuthenticationPolicy";
        out.write(String.join("\r\n", List.of(
                "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">",
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>" + type + "</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <ToString>" + type + "</ToString>",
                "    <Props>",
                "      <Obj N=\"AdditionalAuthenticationProvider\" RefId=\"1\">",
                "        <TN RefId=\"1\">",
                "          <T>" + stringCollection + "</T>",
                "          <T>System.Object</T>",
                "        </TN>",
                "        <LST>",
                "          <S>WindowsAzureMultiFactorAuthentication</S>",
                "          <S>AzureMfaAuthentication</S>",
                "        </LST>",
                "      </Obj>",
                "      <B N=\"DeviceAuthenticationEnabled\">false</B>",
                "      <S N=\"DeviceAuthenticationMethod\">SignedToken</S>",
                "      <Obj N=\"PrimaryExtranetAuthenticationProvider\" RefId=\"2\">",
                "        <TNRef RefId=\"1\" />",
                "        <LST>",
                "          <S>FormsAuthentication</S>",
                "        </LST>",
                "      </Obj>",
                "      <Obj N=\"PrimaryIntranetAuthenticationProvider\" RefId=\"3\">",
                "        <TNRef RefId=\"1\" />",
                "        <LST>",
                "          <S>WindowsAuthentication</S>",
                "          <S>FormsAuthentication</S>",
                "        </LST>",
                "      </Obj>",
                "      <B N=\"WindowsIntegratedFallbackEnabled\">true</B>",
                "      <B N=\"AllowAdditionalAuthenticationAsPrimary\">false</B>",
                "    </Props>",
                "  </Obj>",
                "</Objs>")));
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("        \"").append(name).append("\":  ").append(value).append(",\r\n");
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                // "\/" is already JSON (the "\/Date(...)\/" form PowerShell writes dates in)
                case '\\' -> out.append(text.startsWith("\\/", i) ? "\\" : "\\\\");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                // PowerShell 5.1 escapes these as \\u0027 and so on
                case '\'' -> out.append("\\u0027");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private String uuid() {
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }
}
