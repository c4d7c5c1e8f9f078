package cutover.importers.inventory;

import cutover.core.inventory.AdfsAccessControlPolicy;
import cutover.core.inventory.AdfsMfaProviders;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Facts;
import cutover.importers.text.JsonObject;
import cutover.importers.text.JsonReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * Turns AD FS objects read from ConvertTo-Json or Export-Clixml output into dependencies: relying party trusts
 * ({@code Get-AdfsRelyingPartyTrust}), the global authentication policy ({@code Get-AdfsGlobalAuthenticationPolicy})
 * and access control policies ({@code Get-AdfsAccessControlPolicy}). The kind of object is told by its PowerShell
 * type name where CLIXML has one, otherwise by its properties.
 */
final class AdfsObjects {

    static final String FARM_ADAPTERS = "AD FS farm MFA adapters";

    private static final String RESOURCES = "Microsoft.IdentityServer.Management.Resources.";
    /** What ConvertTo-Json writes instead of a value nested deeper than -Depth: the value's type name. */
    private static final Pattern TYPE_NAME = Pattern.compile(
            "(System|Microsoft)\\.[A-Za-z0-9_.]+(`\\d+)?(\\[.*\\])?");

    private final FileFindings out;
    private int recognised;
    private int unrecognised;

    AdfsObjects(FileFindings out) {
        this.out = out;
    }

    /**
     * @param properties the object's properties: strings, booleans, lists, maps, numbers or null
     * @param typeNames its PowerShell type names, empty when not known (JSON)
     * @param line the line the object starts on
     * @param lineOf the line of a property, where known
     * @param path the object's path in the file, such as {@code $[3]}
     */
    void accept(Map<String, Object> properties, List<String> typeNames, long line, ToLongFunction<String> lineOf,
            String path) {
        Item item = new Item(properties, line, lineOf, path);
        if (typeNames.contains(RESOURCES + "RelyingPartyTrust") || typeNames.isEmpty()
                && properties.containsKey("Identifier") && (properties.containsKey("AdditionalAuthenticationRules")
                        || properties.containsKey("IssuanceTransformRules")
                        || properties.containsKey("AccessControlPolicyName"))) {
            relyingParty(item);
        } else if (typeNames.contains(RESOURCES + "AdfsGlobalAuthenticationPolicy")
                || typeNames.isEmpty() && properties.containsKey("AdditionalAuthenticationProvider")) {
            globalPolicy(item);
        } else if (typeNames.contains(RESOURCES + "AdfsAccessControlPolicy")
                || typeNames.isEmpty() && properties.containsKey("PolicyMetadata")) {
            accessControlPolicy(item);
        } else {
            unrecognised++;
            String type = typeNames.isEmpty() ? "" : " (" + typeNames.get(0) + ")";
            out.problem(line, "the object at " + path + type + " is not a relying party trust, global "
                    + "authentication policy or access control policy; it was skipped");
            return;
        }
        recognised++;
    }

    /** Called when the file has been read. */
    void finish() {
        if (recognised == 0 && unrecognised == 0) {
            out.skip("the file holds no objects");
        }
    }

    private void relyingParty(Item item) {
        String name = item.text("Name");
        if (name == null || name.isBlank()) {
            out.problem(item.line, "the relying party trust at " + item.path + " has no Name; it was skipped");
            return;
        }
        List<String> identifiers = item.texts("Identifier");
        Map<String, String> attributes = new LinkedHashMap<>();
        Boolean enabled = item.bool("Enabled");
        if (enabled != null) {
            attributes.put(Facts.ENABLED, Facts.yesNo(enabled));
        }
        if (!identifiers.isEmpty()) {
            attributes.put(Facts.IDENTIFIERS, String.join(", ", identifiers));
        }
        putIfText(attributes, Facts.PROTOCOL_PROFILE, item.text("ProtocolProfile"));
        putIfText(attributes, Facts.ACCESS_CONTROL_POLICY, item.text("AccessControlPolicyName"));
        String rules = item.text("AdditionalAuthenticationRules");
        putIfText(attributes, Facts.ADDITIONAL_AUTHENTICATION_RULES, rules);
        putIfText(attributes, Facts.NOTES, item.text("Notes"));
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(out.evidence(item.line, item.path, "relying party trust \"" + name + "\""));
        if (rules != null && !rules.isBlank()) {
            evidence.add(out.evidence(item.lineOf("AdditionalAuthenticationRules"),
                    item.path + ".AdditionalAuthenticationRules", "additional authentication rules, "
                            + rules.lines().count() + " line(s)"));
        }
        if (attributes.containsKey(Facts.ACCESS_CONTROL_POLICY)) {
            evidence.add(out.evidence(item.lineOf("AccessControlPolicyName"), item.path + ".AccessControlPolicyName",
                    "access control policy \"" + attributes.get(Facts.ACCESS_CONTROL_POLICY) + "\""));
        }
        out.add(DependencyCategory.ADFS_RELYING_PARTY, name, identifiers.isEmpty() ? null : identifiers.get(0),
                attributes, evidence);
    }

    private void globalPolicy(Item item) {
        List<String> providers = item.texts("AdditionalAuthenticationProvider");
        Map<String, String> attributes = new LinkedHashMap<>();
        if (item.isTruncated("AdditionalAuthenticationProvider")) {
            // the list is unknown, so neither adapter is said to be absent
            attributes.put(Facts.ADDITIONAL_AUTHENTICATION_PROVIDERS, "unknown (cut off by ConvertTo-Json)");
        } else {
            attributes.put(Facts.ADDITIONAL_AUTHENTICATION_PROVIDERS, providers.isEmpty() ? "(none)"
                    : String.join(", ", providers));
            attributes.put(Facts.MFA_SERVER_ADAPTER,
                    Facts.yesNo(providers.stream().anyMatch(AdfsMfaProviders::isMfaServer)));
            attributes.put(Facts.ENTRA_MFA_ADAPTER,
                    Facts.yesNo(providers.stream().anyMatch(AdfsMfaProviders::isEntraMfa)));
        }
        out.add(DependencyCategory.ADFS_ADAPTER, FARM_ADAPTERS, null, attributes,
                List.of(out.evidence(item.lineOf("AdditionalAuthenticationProvider"),
                        item.path + ".AdditionalAuthenticationProvider", "global authentication policy, additional "
                                + "authentication providers: "
                                + attributes.get(Facts.ADDITIONAL_AUTHENTICATION_PROVIDERS))));
    }

    private void accessControlPolicy(Item item) {
        String name = item.text("Name");
        if (name == null || name.isBlank()) {
            out.problem(item.line, "the access control policy at " + item.path + " has no Name; it was skipped");
            return;
        }
        boolean requiresMfa = name.toLowerCase(Locale.ROOT).contains("require mfa")
                || mentionsMfa(item.properties.get("PolicyMetadata"));
        out.add(new AdfsAccessControlPolicy(out.source(), name, requiresMfa,
                List.of(out.evidence(item.line, item.path, "access control policy \"" + name + "\""
                        + (requiresMfa ? " requires MFA" : "")))));
    }

    /** Whether any text in a policy's metadata asks for multifactor authentication. */
    private static boolean mentionsMfa(Object value) {
        if (value instanceof String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.contains("multifactorauthentication") || lower.contains("multi-factor authentication")
                    || lower.contains("require mfa") || lower.contains("requiremfa");
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(AdfsObjects::mentionsMfa);
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(AdfsObjects::mentionsMfa);
        }
        if (value instanceof JsonObject object) {
            return mentionsMfa(object.fields());
        }
        if (value instanceof ClixmlReader.PsObject object) {
            return mentionsMfa(object.properties()) || mentionsMfa(object.toStringValue());
        }
        return false;
    }

    private static void putIfText(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }

    /** One object's properties, with what is needed to report on them. */
    private final class Item {

        final Map<String, Object> properties;
        final long line;
        final ToLongFunction<String> lines;
        final String path;

        Item(Map<String, Object> properties, long line, ToLongFunction<String> lines, String path) {
            this.properties = properties;
            this.line = line;
            this.lines = lines;
            this.path = path;
        }

        long lineOf(String property) {
            return lines.applyAsLong(property);
        }

        /** A text property; a truncation artefact is reported and read as absent. */
        String text(String property) {
            Object value = properties.get(property);
            if (value instanceof String text) {
                return truncated(property, text) ? null : text;
            }
            if (value instanceof ClixmlReader.PsObject object) {
                return object.toStringValue();
            }
            return value == null || value instanceof List<?> || value instanceof Map<?, ?>
                    || value instanceof JsonObject
                    ? null : String.valueOf(value instanceof JsonReader.Number n ? n.text() : value);
        }

        /** A list of texts; a single text counts as a list of one. */
        List<String> texts(String property) {
            Object value = properties.get(property);
            List<String> texts = new ArrayList<>();
            if (value instanceof List<?> list) {
                for (Object element : list) {
                    if (element instanceof String text && !truncated(property, text)) {
                        texts.add(text);
                    }
                }
            } else if (value instanceof String text && !truncated(property, text) && !text.isBlank()) {
                texts.add(text);
            }
            return texts;
        }

        Boolean bool(String property) {
            Object value = properties.get(property);
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                return Boolean.valueOf(text);
            }
            return null;
        }

        /** Whether the property's value is only a type name that ConvertTo-Json wrote instead of the value. */
        boolean isTruncated(String property) {
            return properties.get(property) instanceof String text && TYPE_NAME.matcher(text).matches();
        }

        private boolean truncated(String property, String text) {
            if (!TYPE_NAME.matcher(text).matches()) {
                return false;
            }
            out.problem(lineOf(property), path + "." + property + " shows only the type name \"" + text
                    + "\": ConvertTo-Json stopped at its default depth of 2. Export again with ConvertTo-Json -Depth 5 "
                    + "to see the value");
            return true;
        }
    }
}
