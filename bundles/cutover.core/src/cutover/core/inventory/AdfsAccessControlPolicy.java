package cutover.core.inventory;

import java.util.List;

/**
 * An AD FS access control policy, collected so that a relying party trust naming a custom policy can be checked
 * for an MFA requirement. Not a dependency itself.
 *
 * @param source the collection folder it was found in
 * @param name the policy's name, as relying party trusts refer to it
 * @param requiresMfa whether its rules require multifactor authentication
 * @param evidence where it was seen
 */
public record AdfsAccessControlPolicy(String source, String name, boolean requiresMfa, List<Evidence> evidence) {

    public AdfsAccessControlPolicy {
        evidence = List.copyOf(evidence);
    }
}
