package cutover.core.inventory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Something that uses MFA Server and must move before MFA Server is switched off.
 *
 * @param id stable key, derived from category, source and name only, so readiness notes survive a re-import
 * @param category what kind of dependency it is
 * @param source the server it was collected from: the collection folder its file is in ({@code ""} at the top)
 * @param name its name as the source system shows it
 * @param identifier its address or identifier (IP address, relying party identifier, URL), or null
 * @param attributes facts shown to the user, in the order found (names in {@link Facts}); never a secret
 * @param evidence where the facts were seen
 * @param signatures the ids of the detection rules ({@link Signature}) that matched; empty until analysed
 */
public record Dependency(String id, DependencyCategory category, String source, String name, String identifier,
        Map<String, String> attributes, List<Evidence> evidence, List<String> signatures) {

    public Dependency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Map<String, String> copy = new LinkedHashMap<>();
        attributes.forEach((key, value) -> {
            Facts.checkNotSecret(key, value);
            copy.put(Objects.requireNonNull(key), Objects.requireNonNull(value, key));
        });
        attributes = Collections.unmodifiableMap(copy);
        evidence = List.copyOf(evidence);
        signatures = List.copyOf(signatures);
    }

    /** A dependency as an importer found it, not yet analysed. */
    public static Dependency of(DependencyCategory category, String source, String name, String identifier,
            Map<String, String> attributes, List<Evidence> evidence) {
        return new Dependency(idFor(category, source, name), category, source, name, identifier, attributes,
                evidence, List.of());
    }

    /**
     * The id of the dependency of this category, source and name: the category and 12 hex digits of a SHA-256
     * of the three, case-insensitive in source and name (Windows names are).
     */
    public static String idFor(DependencyCategory category, String source, String name) {
        String key = category.name() + '\n' + source.toLowerCase(Locale.ROOT) + '\n' + name.toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return category.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                    + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The value of an attribute, or null. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    /** True when the attribute says yes. */
    public boolean isYes(String name) {
        return Facts.YES.equals(attributes.get(name));
    }

    /** True when the attribute says no (absent is not no). */
    public boolean isNo(String name) {
        return Facts.NO.equals(attributes.get(name));
    }

    public boolean hasSignature(Signature signature) {
        return signatures.contains(signature.id());
    }

    public Dependency withSignatures(List<String> matched) {
        return new Dependency(id, category, source, name, identifier, attributes, evidence, matched);
    }

    /**
     * The same dependency seen again (another file of the same server): attributes it did not have are added,
     * evidence is appended.
     */
    public Dependency mergedWith(Dependency other) {
        if (!id.equals(other.id)) {
            throw new IllegalArgumentException("cannot merge " + id + " with " + other.id);
        }
        Map<String, String> merged = new LinkedHashMap<>(attributes);
        other.attributes.forEach(merged::putIfAbsent);
        List<Evidence> allEvidence = new ArrayList<>(evidence);
        for (Evidence e : other.evidence) {
            if (!allEvidence.contains(e)) {
                allEvidence.add(e);
            }
        }
        return new Dependency(id, category, source, name, identifier != null ? identifier : other.identifier, merged,
                allEvidence, signatures);
    }
}
