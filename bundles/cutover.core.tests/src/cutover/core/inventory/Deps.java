package cutover.core.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dependencies for the analysis tests, built from a category, source, name and attribute pairs. */
final class Deps {

    private Deps() {
    }

    static Dependency of(DependencyCategory category, String source, String name, String... attributePairs) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < attributePairs.length; i += 2) {
            attributes.put(attributePairs[i], attributePairs[i + 1]);
        }
        return Dependency.of(category, source, name, null, attributes,
                List.of(new Evidence(source + "/file", 1, null, name)));
    }

    static Dependency npsClient(String name, String protocols, String... more) {
        String[] pairs = new String[more.length + 4];
        pairs[0] = Facts.DEFINED_IN;
        pairs[1] = Facts.IN_NPS;
        pairs[2] = Facts.AUTHENTICATION_PROTOCOLS;
        pairs[3] = protocols;
        System.arraycopy(more, 0, pairs, 4, more.length);
        return of(DependencyCategory.RADIUS_CLIENT, "NPS01", name, pairs);
    }

    static Dependency relyingParty(String name, String... attributePairs) {
        return of(DependencyCategory.ADFS_RELYING_PARTY, "ADFS01", name, attributePairs);
    }

    static Dependency farm(String mfaServer, String entra) {
        return of(DependencyCategory.ADFS_ADAPTER, "ADFS01", "AD FS farm MFA adapters", Facts.MFA_SERVER_ADAPTER,
                mfaServer, Facts.ENTRA_MFA_ADAPTER, entra);
    }

    /** The farm's adapters with its own additional authentication rule, and any other facts. */
    static Dependency farmWithRule(String rule, String... attributePairs) {
        String[] pairs = new String[attributePairs.length + 2];
        pairs[0] = Facts.FARM_ADDITIONAL_AUTHENTICATION_RULE;
        pairs[1] = rule;
        System.arraycopy(attributePairs, 0, pairs, 2, attributePairs.length);
        return of(DependencyCategory.ADFS_ADAPTER, "ADFS01", "AD FS farm MFA adapters", pairs);
    }

    static Dependency npsExtension(String source, boolean installed, String cloud) {
        return cloud == null
                ? of(DependencyCategory.NPS_EXTENSION, source, "NPS extension on " + source,
                        Facts.NPS_EXTENSION_INSTALLED, Facts.yesNo(installed))
                : of(DependencyCategory.NPS_EXTENSION, source, "NPS extension on " + source,
                        Facts.NPS_EXTENSION_INSTALLED, Facts.yesNo(installed), Facts.CLOUD, cloud);
    }

    /** Analyses the dependencies together and returns the analysed one with the given name. */
    static AnalyzedDependency analyze(String name, Dependency... dependencies) {
        return analyze(name, List.of(), dependencies);
    }

    static AnalyzedDependency analyze(String name, List<AdfsAccessControlPolicy> policies, Dependency... dependencies) {
        Inventory inventory = new DependencyAnalyzer().analyze(
                new ImportedInventory(List.of(dependencies), policies, List.of(), List.of(), 1));
        return inventory.dependencies().stream().filter(d -> d.dependency().name().equals(name)).findFirst()
                .orElseThrow();
    }

    static List<String> signatures(String name, Dependency... dependencies) {
        return analyze(name, dependencies).dependency().signatures();
    }
}
