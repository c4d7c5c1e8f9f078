package cutover.importers.inventory;

import static cutover.importers.inventory.InventoryTestFiles.importClean;
import static cutover.importers.inventory.InventoryTestFiles.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.AdfsAccessControlPolicy;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Facts;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventoryProblem;
import cutover.core.inventory.MigrationTarget;
import cutover.core.inventory.Signature;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AD FS exports: ConvertTo-Json (5.1 and 7, array, single object, Count wrapper) and Export-Clixml. */
class AdfsImportTest {

    @TempDir
    Path dir;

    @Test
    void relyingPartiesFromWindowsPowerShellJsonInUtf16() {
        ImportedInventory imported = importClean("adfs/relying-party-trusts-ps51.json");

        assertEquals(List.of("Microsoft Office 365 Identity Platform", "Contractor portal", "Expenses", "Wiki",
                "Old intranet"), InventoryTestFiles.names(imported));
        Dependency expenses = named(imported, "Expenses");
        assertEquals(DependencyCategory.ADFS_RELYING_PARTY, expenses.category());
        assertEquals("https://expenses.contoso.com/saml", expenses.identifier());
        assertEquals("https://expenses.contoso.com/saml, urn:contoso:expenses", expenses.attribute(Facts.IDENTIFIERS));
        assertEquals("Permit everyone and require MFA", expenses.attribute(Facts.ACCESS_CONTROL_POLICY));
        assertEquals("Owner: Finance IT; don't change without a CAB", expenses.attribute(Facts.NOTES),
                "\\u0027 decoded");
        Dependency contractors = named(imported, "Contractor portal");
        assertTrue(contractors.attribute(Facts.ADDITIONAL_AUTHENTICATION_RULES).contains(
                " => issue(Type = \"http://schemas.microsoft.com/claims/authnmethodsproviders\""), "\\u003e decoded");
        assertEquals("$[1].AdditionalAuthenticationRules", contractors.evidence().get(1).path());
        assertTrue(contractors.evidence().get(1).line() > contractors.evidence().get(0).line());
        assertEquals(Facts.NO, named(imported, "Old intranet").attribute(Facts.ENABLED));
    }

    @Test
    void singleObjectAndCountWrapper() {
        ImportedInventory single = importClean("adfs/relying-party-trust-single.json");
        ImportedInventory wrapped = importClean("adfs/relying-party-trusts-count-wrapper.json");

        assertEquals(List.of("Travel booking"), InventoryTestFiles.names(single));
        assertEquals("$", single.dependencies().get(0).evidence().get(0).path());
        assertEquals(List.of("HR self-service", "Timesheets"), InventoryTestFiles.names(wrapped));
        assertEquals("$.value[1]", named(wrapped, "Timesheets").evidence().get(0).path());
    }

    @Test
    void relyingPartiesFromClixml() {
        ImportedInventory imported = importClean("adfs/relying-party-trusts.clixml.xml");

        Dependency payroll = named(imported, "Payroll");
        assertTrue(payroll.attribute(Facts.ADDITIONAL_AUTHENTICATION_RULES).contains("\r\n => issue("),
                "_x000D__x000A_ decoded");
        assertEquals("https://payroll.contoso.com/", payroll.identifier());
        Dependency benefits = named(imported, "Benefits & Pensions");
        assertEquals("https://benefits.contoso.com/, urn:contoso:benefits", benefits.attribute(Facts.IDENTIFIERS));
        assertEquals("WsFederation", benefits.attribute(Facts.PROTOCOL_PROFILE));
        Dependency old = named(imported, "Benefits (old)");
        assertEquals(benefits.attribute(Facts.IDENTIFIERS), old.attribute(Facts.IDENTIFIERS), "<Ref RefId=\"4\"/>");
        assertEquals(Facts.NO, old.attribute(Facts.ENABLED));
        assertTrue(payroll.evidence().get(1).line() > payroll.evidence().get(0).line(), "property lines are known");
    }

    @Test
    void globalPolicyInJsonAndClixml() {
        Dependency mfaServer = importClean("adfs/global-authentication-policy.json").dependencies().get(0);
        Dependency entra = importClean("adfs/global-authentication-policy-entra.clixml.xml").dependencies().get(0);

        assertEquals(DependencyCategory.ADFS_ADAPTER, mfaServer.category());
        assertEquals("WindowsAzureMultiFactorAuthentication",
                mfaServer.attribute(Facts.ADDITIONAL_AUTHENTICATION_PROVIDERS));
        assertEquals(Facts.YES, mfaServer.attribute(Facts.MFA_SERVER_ADAPTER));
        assertEquals(Facts.NO, mfaServer.attribute(Facts.ENTRA_MFA_ADAPTER));
        assertEquals(Facts.NO, entra.attribute(Facts.MFA_SERVER_ADAPTER));
        assertEquals(Facts.YES, entra.attribute(Facts.ENTRA_MFA_ADAPTER));
        assertEquals(mfaServer.id(), entra.id(), "both are the same farm's adapters (same folder)");
    }

    @Test
    void truncatedJsonIsReportedAndNeverReadAsNoAdapter() {
        ImportedInventory imported = InventoryTestFiles.importFile("adfs/global-authentication-policy-truncated.json");

        InventoryProblem problem = InventoryTestFiles.onlyProblem(imported);
        assertEquals("adfs/global-authentication-policy-truncated.json", problem.file());
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("ConvertTo-Json -Depth 5"), problem.message());
        assertTrue(problem.message().startsWith("$.AdditionalAuthenticationProvider shows only the type name"));
        Dependency farm = imported.dependencies().get(0);
        assertNull(farm.attribute(Facts.MFA_SERVER_ADAPTER), "unknown, not no");
        assertEquals("unknown (cut off by ConvertTo-Json)", farm.attribute(Facts.ADDITIONAL_AUTHENTICATION_PROVIDERS));
    }

    @Test
    void accessControlPoliciesAreLookedUpByName() throws Exception {
        ImportedInventory policies = importClean("adfs/access-control-policies.json");
        assertEquals(List.of(true, true, false), policies.accessControlPolicies().stream()
                .map(AdfsAccessControlPolicy::requiresMfa).toList());

        Path collection = InventoryTestFiles.collect(dir, "ADFS01", "adfs/access-control-policies.json",
                "adfs/relying-party-trust-single.json", "adfs/global-authentication-policy.json");
        Inventory inventory = InventoryTestFiles.analyze(collection);

        var travel = named(inventory, "Travel booking");
        assertTrue(travel.dependency().hasSignature(Signature.ADFS_ACP_REQUIRES_MFA),
                "the custom policy's summary asks for multi-factor authentication");
        assertEquals(MigrationTarget.ADFS_UPGRADE, travel.recommendation().target());
    }

    @Test
    void adapterConfigurationKeepsTheSdkUrlNotThePassword() {
        Dependency adapter = importClean("adfs/MultiFactorAuthenticationAdfsAdapter.config").dependencies().get(0);

        assertEquals(DependencyCategory.ADFS_ADAPTER, adapter.category());
        assertEquals(AdfsObjects.FARM_ADAPTERS, adapter.name());
        assertEquals(Facts.YES, adapter.attribute(Facts.ADAPTER_CONFIGURATION));
        assertEquals(Facts.YES, adapter.attribute(Facts.USES_WEB_SERVICE_SDK));
        assertEquals("https://mfa01.contoso.com/MultiFactorAuthWebServiceSdk/PfWsSdk.asmx",
                adapter.attribute(Facts.WEB_SERVICE_SDK_URL));
        assertEquals("CONTOSO\\svc-mfa-adfs", adapter.attribute(Facts.WEB_SERVICE_SDK_USER));
        assertFalse(adapter.toString().contains("FixtureSecret"));
    }

    @Test
    void aWholeFarmFolderIsAnalysedTogether() throws Exception {
        Path collection = InventoryTestFiles.collect(dir, "ADFS01", "adfs/relying-party-trusts-ps51.json",
                "adfs/global-authentication-policy.json", "adfs/MultiFactorAuthenticationAdfsAdapter.config");

        Inventory inventory = InventoryTestFiles.analyze(collection);

        assertEquals(List.of(), inventory.problems());
        var farm = named(inventory, AdfsObjects.FARM_ADAPTERS);
        assertEquals(2, farm.dependency().evidence().stream().map(e -> e.file()).distinct().count(),
                "global policy and adapter configuration, merged");
        assertEquals(MigrationTarget.ADFS_UPGRADE, farm.recommendation().target());
        assertEquals(MigrationTarget.ADFS_UPGRADE, named(inventory, "Expenses").recommendation().target(),
                "requires MFA through its policy, and the farm's MFA is MFA Server");
        assertEquals(MigrationTarget.NO_ACTION, named(inventory, "Wiki").recommendation().target());
        assertEquals(MigrationTarget.REMOVE, named(inventory, "Old intranet").recommendation().target());
        assertTrue(named(inventory, "Microsoft Office 365 Identity Platform").dependency()
                .hasSignature(Signature.ADFS_MICROSOFT_ONLINE));
    }
}
