package cutover.core.matching;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.OnPremisesIdentity;
import cutover.core.tenant.EntraUser;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the Entra user of each MFA Server user the way MFA Server's Migration Utility does: by user principal name
 * (ignoring case), and when that finds nobody by the chosen on-premises attribute, and when that finds nobody by
 * security identifier. A step that finds several Entra users makes the result ambiguous and ends the search: the
 * matcher never picks one. When two or more MFA Server users arrive at the same Entra user, all of them are
 * ambiguous too, since migrating both would merge two people's methods into one account.
 *
 * <p>The indexes over the Entra users are built once, in the constructor; each lookup is then a hash probe, so
 * the matcher can be reused for several runs. Instances are immutable and may be shared between threads.
 */
public final class UserMatcher {

    private static final int MAX_NAMES_IN_REASON = 3;

    private final MatchAttribute attribute;
    private final KeyIndex byUserPrincipalName;
    private final KeyIndex byAttribute;
    private final KeyIndex bySecurityIdentifier;

    /**
     * @param entraUsers the users of the tenant snapshot
     * @param attribute the attribute tried after the UPN, or null to go straight from UPN to SID
     */
    public UserMatcher(List<EntraUser> entraUsers, MatchAttribute attribute) {
        Objects.requireNonNull(entraUsers, "entraUsers");
        this.attribute = attribute;
        byUserPrincipalName = new KeyIndex(entraUsers, user -> MatchAttribute.caseless(user.userPrincipalName()));
        byAttribute = attribute == null ? null : new KeyIndex(entraUsers, attribute::key);
        bySecurityIdentifier = new KeyIndex(entraUsers, user -> sidKey(user.onPremisesSecurityIdentifier()));
    }

    public MatchAttribute attribute() {
        return attribute;
    }

    /** Matches every user; results are in the order of {@code mfaServerUsers}. */
    public MatchReport match(List<MfaServerUser> mfaServerUsers) {
        List<MatchResult> results = new ArrayList<>(mfaServerUsers.size());
        // Entra user -> index of the first MFA Server user matched to it; later claimants go to sharedClaims
        Map<EntraUser, Integer> firstClaim = new IdentityHashMap<>(mfaServerUsers.size());
        Map<EntraUser, List<Integer>> sharedClaims = new IdentityHashMap<>();
        for (MfaServerUser user : mfaServerUsers) {
            MatchResult result = matchOne(user);
            if (result.status() == MatchStatus.MATCHED) {
                Integer first = firstClaim.putIfAbsent(result.entraUser(), results.size());
                if (first != null) {
                    sharedClaims.computeIfAbsent(result.entraUser(), key -> new ArrayList<>(List.of(first)))
                            .add(results.size());
                }
            }
            results.add(result);
        }
        for (List<Integer> claimants : sharedClaims.values()) {
            markSharedClaims(results, claimants);
        }
        return new MatchReport(attribute, results, summarize(results));
    }

    private MatchResult matchOne(MfaServerUser user) {
        OnPremisesIdentity identity = user.identity();
        List<EntraUser> found = byUserPrincipalName.find(MatchAttribute.caseless(identity.userPrincipalName()));
        if (!found.isEmpty()) {
            return decide(user, found, MatchedBy.USER_PRINCIPAL_NAME, "user principal name");
        }
        if (byAttribute != null) {
            found = byAttribute.find(attribute.key(identity));
            if (!found.isEmpty()) {
                return decide(user, found, MatchedBy.ON_PREMISES_ATTRIBUTE, attribute.displayName());
            }
        }
        found = bySecurityIdentifier.find(sidKey(identity.securityIdentifier()));
        if (!found.isEmpty()) {
            return decide(user, found, MatchedBy.SECURITY_IDENTIFIER, "security identifier");
        }
        return MatchResult.unmatched(user, "no Entra user has this user's " + triedKeys(identity));
    }

    private static MatchResult decide(MfaServerUser user, List<EntraUser> found, MatchedBy step, String keyName) {
        if (found.size() == 1) {
            return MatchResult.matched(user, found.get(0), step);
        }
        List<String> ids = new ArrayList<>(found.size());
        for (EntraUser candidate : found) {
            ids.add(candidate.objectId());
        }
        return MatchResult.ambiguous(user, step, ids, found.size() + " Entra users have this user's " + keyName);
    }

    private static void markSharedClaims(List<MatchResult> results, List<Integer> claimants) {
        for (int index : claimants) {
            MatchResult mine = results.get(index);
            List<String> others = new ArrayList<>();
            for (int other : claimants) {
                if (other != index && others.size() < MAX_NAMES_IN_REASON) {
                    others.add(results.get(other).user().upn());
                }
            }
            int notShown = claimants.size() - 1 - others.size();
            String reason = "Entra user " + mine.entraUser().userPrincipalName() + " (" + mine.entraUser().objectId()
                    + ") also matches MFA Server user" + (claimants.size() > 2 ? "s " : " ") + String.join(", ", others)
                    + (notShown > 0 ? " and " + notShown + " more" : "");
            results.set(index, MatchResult.ambiguous(mine.user(), mine.matchedBy(),
                    List.of(mine.entraUser().objectId()), reason));
        }
    }

    private String triedKeys(OnPremisesIdentity identity) {
        StringBuilder tried = new StringBuilder("user principal name");
        if (attribute != null && attribute.key(identity) != null) {
            tried.append(", ").append(attribute.displayName());
        }
        if (identity.securityIdentifier() != null) {
            tried.append(" or security identifier");
        }
        return tried.toString();
    }

    private static MatchSummary summarize(List<MatchResult> results) {
        int byUpn = 0;
        int byAttribute = 0;
        int bySid = 0;
        int unmatched = 0;
        int ambiguous = 0;
        for (MatchResult result : results) {
            switch (result.status()) {
                case UNMATCHED -> unmatched++;
                case AMBIGUOUS -> ambiguous++;
                case MATCHED -> {
                    switch (result.matchedBy()) {
                        case USER_PRINCIPAL_NAME -> byUpn++;
                        case ON_PREMISES_ATTRIBUTE -> byAttribute++;
                        case SECURITY_IDENTIFIER -> bySid++;
                    }
                }
            }
        }
        return new MatchSummary(results.size(), byUpn, byAttribute, bySid, unmatched, ambiguous);
    }

    /** SIDs are written with a capital S, but Windows accepts either case. */
    private static String sidKey(String sid) {
        return sid == null ? null : sid.toUpperCase(Locale.ROOT);
    }
}
