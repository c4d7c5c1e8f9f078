package cutover.importers.inventory;

import static cutover.importers.inventory.InventoryTestFiles.importClean;
import static cutover.importers.inventory.InventoryTestFiles.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Facts;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventoryProblem;
import cutover.core.inventory.MigrationTarget;
import cutover.core.inventory.Signature;
import cutover.core.inventory.SkippedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AD FS farm's own additional authentication rule ({@code Get-AdfsAdditionalAuthenticationRule} written to a
 * text file): recognised by its content, applied to every relying party trust of the same folder, and refused with
 * {@code file:line} when it is cut off or hostile.
 */
class AdfsFarmRuleImportTest {

    private static final String EXTRANET = "adfs/additional-authentication-rule-extranet.txt";
    private static final String MFA_SERVER = "adfs/additional-authentication-rule-mfaserver.txt";
    private static final String UTF16 = "adfs/additional-authentication-rule-utf16.txt";
    private static final String EMPTY = "adfs/additional-authentication-rule.txt";
    private static final String ISSUE = " => issue(Type = \"http://schemas.microsoft.com/ws/2008/06/identity/claims/"
            + "authenticationmethod\", Value = \"http://schemas.microsoft.com/claims/multipleauthn\");";

    @TempDir
    Path dir;

    @Test
    void ruleRequiringMfaOffTheCorporateNetworkIsTheFarmsRule() {
        ImportedInventory imported = importClean(EXTRANET);

        Dependency farm = imported.dependencies().get(0);
        assertEquals(1, imported.dependencies().size());
        assertEquals(DependencyCategory.ADFS_ADAPTER, farm.category());
        assertEquals(AdfsObjects.FARM_ADAPTERS, farm.name());
        String rule = farm.attribute(Facts.FARM_ADDITIONAL_AUTHENTICATION_RULE);
        assertTrue(rule.startsWith("c:[type == \"http://schemas.microsoft.com/ws/2012/01/insidecorporatenetwork\""),
                "read after the UTF-8 byte order mark: " + rule);
        assertTrue(rule.endsWith("multipleauthn\" );"), rule);
        Evidence evidence = farm.evidence().get(0);
        assertEquals(EXTRANET, evidence.file());
        assertEquals(1, evidence.line());
        assertEquals("farm additional authentication rule (Get-AdfsAdditionalAuthenticationRule), 1 line(s)",
                evidence.seen());
    }

    @Test
    void farmRuleRequiringMfaMakesEveryTrustOfAnMfaServerFarmDependOnIt() throws Exception {
        Path collection = InventoryTestFiles.collect(dir, "ADFS01", EXTRANET,
                "adfs/relying-party-trusts-count-wrapper.json", "adfs/global-authentication-policy.json");

        Inventory inventory = InventoryTestFiles.analyze(collection);

        assertEquals(List.of(), inventory.problems());
        AnalyzedDependency timesheets = named(inventory, "Timesheets");
        assertTrue(timesheets.dependency().hasSignature(Signature.ADFS_FARM_RULE_REQUIRES_MFA),
                "\"Permit everyone\", but the farm's rule applies to it");
        assertFalse(timesheets.dependency().hasSignature(Signature.ADFS_FARM_RULE_MFASERVER));
        assertEquals(MigrationTarget.ADFS_UPGRADE, timesheets.recommendation().target());
        assertTrue(timesheets.recommendation().reasons().get(0).startsWith("The farm's additional authentication rule"),
                timesheets.recommendation().reasons().toString());
        AnalyzedDependency farm = named(inventory, AdfsObjects.FARM_ADAPTERS);
        assertTrue(farm.dependency().hasSignature(Signature.ADFS_FARM_RULE_REQUIRES_MFA));
        assertTrue(farm.dependency().hasSignature(Signature.ADFS_MFASERVER_ADAPTER));
        assertEquals(List.of("ADFS01/additional-authentication-rule-extranet.txt",
                "ADFS01/global-authentication-policy.json"),
                farm.dependency().evidence().stream().map(Evidence::file).sorted().toList(),
                "the rule is evidence of the farm, merged with its global policy");
        assertEquals(MigrationTarget.ADFS_UPGRADE, farm.recommendation().target());
        assertTrue(farm.recommendation().reasons().stream().anyMatch(r -> r.contains("depends on MFA Server through")),
                farm.recommendation().reasons().toString());
    }

    @Test
    void farmRuleRequiringMfaOfAnEntraOrUnknownFarm() throws Exception {
        Path entra = InventoryTestFiles.collect(dir.resolve("entra"), "ADFS01", EXTRANET,
                "adfs/relying-party-trusts-count-wrapper.json", "adfs/global-authentication-policy-entra.clixml.xml");
        Path unknown = InventoryTestFiles.collect(dir.resolve("unknown"), "ADFS01", EXTRANET,
                "adfs/relying-party-trusts-count-wrapper.json");

        Inventory withEntra = InventoryTestFiles.analyze(entra);
        Inventory withoutPolicy = InventoryTestFiles.analyze(unknown);

        assertEquals("REC-ADFS-ENTRA-ADAPTER", named(withEntra, "Timesheets").recommendation().ruleId());
        assertEquals(MigrationTarget.NO_ACTION, named(withEntra, AdfsObjects.FARM_ADAPTERS).recommendation().target());
        assertEquals("REC-ADFS-PROVIDER-UNKNOWN", named(withoutPolicy, "Timesheets").recommendation().ruleId());
        AnalyzedDependency farm = named(withoutPolicy, AdfsObjects.FARM_ADAPTERS);
        assertEquals(MigrationTarget.REVIEW, farm.recommendation().target(),
                "only the rule was collected: the farm's adapters are unknown, not absent");
    }

    @Test
    void farmRuleNamingTheMfaServerAdapter() throws Exception {
        Dependency rule = importClean(MFA_SERVER).dependencies().get(0);
        assertTrue(rule.attribute(Facts.FARM_ADDITIONAL_AUTHENTICATION_RULE).startsWith("@RuleName = \"Not yet "
                + "migrated: MFA Server\"\r\nNOT EXISTS(["));
        assertEquals("farm additional authentication rule (Get-AdfsAdditionalAuthenticationRule), 7 line(s)",
                rule.evidence().get(0).seen());

        Path collection = InventoryTestFiles.collect(dir, "ADFS01", MFA_SERVER, "adfs/relying-party-trust-single.json",
                "adfs/relying-party-trusts-count-wrapper.json", "adfs/global-authentication-policy-entra.clixml.xml");
        Inventory inventory = InventoryTestFiles.analyze(collection);

        for (String name : List.of("Travel booking", "Timesheets", "HR self-service", AdfsObjects.FARM_ADAPTERS)) {
            AnalyzedDependency analyzed = named(inventory, name);
            assertTrue(analyzed.dependency().hasSignature(Signature.ADFS_FARM_RULE_MFASERVER), name);
            assertFalse(analyzed.dependency().hasSignature(Signature.ADFS_FARM_RULE_REQUIRES_MFA), name);
            assertEquals(MigrationTarget.ADFS_UPGRADE, analyzed.recommendation().target(),
                    name + ": the rule sends users to MFA Server by name, whatever the provider list says");
        }
    }

    @Test
    void windowsPowerShellUtf16Rule() throws Exception {
        Dependency rule = importClean(UTF16).dependencies().get(0);

        String text = rule.attribute(Facts.FARM_ADDITIONAL_AUTHENTICATION_RULE);
        assertTrue(text.startsWith("@RuleTemplate = \"Authorization\"\r\n@RuleName = \"MFA for finance and HR "
                + "(r\u00e9sum\u00e9 portal included)\""), text);
        assertTrue(text.contains("-(4400|4401)$\"]"), text);

        Path collection = InventoryTestFiles.collect(dir, "ADFS01", UTF16, "adfs/relying-party-trust-single.json",
                "adfs/global-authentication-policy.json");
        AnalyzedDependency travel = named(InventoryTestFiles.analyze(collection), "Travel booking");
        assertTrue(travel.dependency().hasSignature(Signature.ADFS_FARM_RULE_REQUIRES_MFA));
        assertEquals(MigrationTarget.ADFS_UPGRADE, travel.recommendation().target());
    }

    @Test
    void emptyRuleMeansTheFarmHasNone() throws Exception {
        Dependency fromFixture = importClean(EMPTY).dependencies().get(0);
        Files.createDirectories(dir.resolve("ADFS02"));
        Path zeroBytes = Files.createFile(dir.resolve("ADFS02/additional-authentication-rule.txt"));
        Files.write(dir.resolve("ADFS02/ADDITIONAL-AUTHENTICATION-RULE.TXT"), "\r\n  \r\n".getBytes(
                StandardCharsets.UTF_16LE));
        ImportedInventory empty = new InventoryImporter().importFrom(zeroBytes, null);

        assertEquals(Facts.NO_FARM_RULE, fromFixture.attribute(Facts.FARM_ADDITIONAL_AUTHENTICATION_RULE));
        assertEquals("farm additional authentication rule (Get-AdfsAdditionalAuthenticationRule): none set",
                fromFixture.evidence().get(0).seen());
        assertEquals(List.of(), empty.problems());
        assertEquals(1, empty.filesRead());
        assertEquals(Facts.NO_FARM_RULE, empty.dependencies().get(0).attribute(
                Facts.FARM_ADDITIONAL_AUTHENTICATION_RULE));
        ImportedInventory folder = new InventoryImporter().importFrom(dir.resolve("ADFS02"), null);
        assertEquals(List.of(), folder.problems());
        assertEquals(2, folder.filesRead(), "white space only, UTF-16 without a byte order mark, any letter case");

        Path collection = InventoryTestFiles.collect(dir.resolve("c"), "ADFS01", EMPTY,
                "adfs/relying-party-trusts-count-wrapper.json", "adfs/global-authentication-policy.json");
        AnalyzedDependency timesheets = named(InventoryTestFiles.analyze(collection), "Timesheets");
        assertEquals("REC-ADFS-NO-MFA", timesheets.recommendation().ruleId());
        assertEquals(List.of(), timesheets.recommendation().caveats(),
                "the farm's rule was collected: no caveat that it might require MFA");
        assertFalse(timesheets.dependency().hasSignature(Signature.ADFS_FARM_RULE_REQUIRES_MFA));
    }

    @Test
    void otherTextFilesAreSkippedNotErrors() throws Exception {
        write("notes.txt", "Ask the AD FS team: does c:[type == \"x\"] => issue(type = \"y\"); still apply?\r\n");
        write("collection.txt", "2025-03-04 10:00:00Z  collected: AD FS farm additional authentication rule\r\n");
        write("settings.txt", "[settings]\r\nissue=(1)\r\n=> add(\r\n");
        write("rules.json", "[\"c:[type == \\\"x\\\"] => issue(type = \\\"y\\\", value = \\\"z\\\");\"]");
        write("empty-but-named.txt", "   \r\n");
        write("additional-authentication-rule.txt", "Get-AdfsAdditionalAuthenticationRule : access denied\r\n");

        ImportedInventory imported = new InventoryImporter().importFrom(dir, null);

        assertEquals(List.of(), imported.problems());
        assertEquals(List.of(), imported.dependencies());
        assertEquals(List.of("additional-authentication-rule.txt", "collection.txt", "empty-but-named.txt",
                "notes.txt", "rules.json", "settings.txt"),
                imported.skippedFiles().stream().map(SkippedFile::file).toList());
        assertTrue(imported.skippedFiles().get(0).reason().startsWith("named like the AD FS farm's additional "
                + "authentication rule, but it is not claim rule language"), imported.skippedFiles().get(0).reason());
        assertTrue(imported.skippedFiles().get(4).reason().startsWith("JSON, but not an AD FS export"));
    }

    @Test
    void ruleIsRecognisedByContentWhateverItsName() throws Exception {
        write("ADFS01/global-rule.dat", "exists([Type == \"http://schemas.microsoft.com/ws/2012/01/"
                + "insidecorporatenetwork\", Value == \"false\"])\n" + ISSUE + "\n");
        write("ADFS01/x.txt", "=>issue(Type = \"http://schemas.microsoft.com/claims/authnmethodsproviders\", "
                + "Value = \"WindowsAzureMultiFactorAuthentication\");");

        Files.createDirectories(dir.resolve("ADFS02"));
        Files.copy(InventoryTestFiles.fixture("adfs/relying-party-trust-single.json"),
                dir.resolve("ADFS02/additional-authentication-rule.txt"));

        ImportedInventory imported = new InventoryImporter().importFrom(dir, null);

        assertEquals(List.of(), imported.problems());
        assertEquals(3, imported.filesRead());
        assertEquals(List.of(AdfsObjects.FARM_ADAPTERS, "Travel booking"), InventoryTestFiles.names(imported),
                "one farm, the first file (by path) wins; a JSON export is JSON whatever its name");
        assertTrue(imported.dependencies().get(0).attribute(Facts.FARM_ADDITIONAL_AUTHENTICATION_RULE)
                .startsWith("exists(["));
        assertEquals(2, imported.dependencies().get(0).evidence().size());
    }

    @Test
    void cutOffRulesNameTheLine() throws Exception {
        assertProblem("open-paren.txt", "c:[Type == \"x\"]\r\n => issue(Type = \"a\",\r\n   Value = \"b\"\r\n", 2,
                "the '(' on this line is not closed: the file is cut off");
        assertProblem("open-string.txt", "c:[Type == \"x\"]\r\n => issue(Type = \"a\",\r\n   Value = \"http://sche",
                3, "the string that starts on this line is not closed: the file is cut off");
        assertProblem("no-semicolon.txt", "c:[] => issue(Type = \"a\", Value = \"b\")\r\n\r\n", 1,
                "the last rule does not end with ';': the file is cut off");
        assertProblem("wrong-close.txt", "c:[Type == \"x\")\r\n => issue(Type = \"a\");", 1,
                "')' in column 15 does not close the '[' of line 1; the rule text is not claim rule language");
        assertProblem("extra-close.txt", "c:[] => issue(Type = \"a\"));", 1,
                "')' in column 26 closes nothing; the rule text is not claim rule language");
    }

    @Test
    void hostileAndHugeRulesAreRefusedWithTheirLine() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertProblem("long-line.txt", "c:[]" + ISSUE + "\r\n" + "x".repeat(100_000) + "\r\n", 2,
                    "the line is longer than 65536 characters");
            String line = "c:[Type == \"urn:g\", Value == \"" + "S".repeat(40_000) + "\"]" + ISSUE + "\r\n";
            int fit = (AdfsFarmRuleParser.MAX_CHARS - line.length() + 2) / line.length();
            assertProblem("huge.txt", line.repeat(40), fit + 2, "the rule text is longer than 1048576 characters, more "
                    + "than any additional authentication rule; it was not read");
            assertProblem("control.txt", "c:[]\r\n" + ISSUE + "\r\nc:[] => issue(Type = \"a\u0007\");", 3,
                    "the rule text has the control character U+0007 in column 24; it is not claim rule language as "
                            + "AD FS writes it");
            assertProblem("deep.txt", "c:[]" + ISSUE + "\r\nc:[] => issue(" + "(".repeat(10_000) + ")".repeat(10_000)
                    + ");", 2, "parentheses and brackets are nested deeper than 64 levels; this is not an additional "
                            + "authentication rule");
        });
    }

    @Test
    void largestRuleIsReadAndAnalysedQuickly() throws Exception {
        // about 1 MiB of rules, many statements, with a thousand trusts of the same farm
        String rule = ("c:[Type == \"http://schemas.microsoft.com/ws/2008/06/identity/claims/groupsid\", Value == "
                + "\"S-1-5-21-1-2-3-4\"]" + ISSUE + "\r\n").repeat(3_500);
        write("ADFS01/additional-authentication-rule.txt", rule);
        StringBuilder trusts = new StringBuilder("[");
        for (int i = 0; i < 1_000; i++) {
            trusts.append(i == 0 ? "" : ",").append("{\"Name\": \"app ").append(i).append("\", \"Identifier\": "
                    + "[\"urn:app:").append(i).append("\"], \"AccessControlPolicyName\": \"Permit everyone\"}");
        }
        write("ADFS01/relying-party-trusts.json", trusts.append("]").toString());

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Inventory inventory = InventoryTestFiles.analyze(dir);
            assertEquals(List.of(), inventory.problems());
            assertTrue(inventory.dependencies().stream().filter(d -> d.dependency().category()
                    == DependencyCategory.ADFS_RELYING_PARTY).allMatch(d -> d.dependency().hasSignature(
                            Signature.ADFS_FARM_RULE_REQUIRES_MFA)));
        });
    }

    private void assertProblem(String name, String text, long line, String message) throws IOException {
        Path file = write(name, text);
        ImportedInventory imported = new InventoryImporter().importFrom(file, null);
        assertEquals(List.of(), imported.dependencies(), name + ": nothing from a bad file");
        InventoryProblem problem = InventoryTestFiles.onlyProblem(imported);
        assertTrue(problem.file().endsWith("/" + name), problem.file());
        assertEquals(line, problem.line(), name + ": " + problem);
        assertEquals(message, problem.message(), name);
        Files.delete(file);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
