package cutover.migration;

import cutover.core.matching.MatchResult;
import cutover.core.matching.MatchStatus;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigratedUser;
import cutover.core.tenant.EntraUser;
import java.time.Instant;

/**
 * One member of the migration group with what MFA Server holds for them. The Entra side's methods are read
 * later, and only when asked (a large group is listed first); {@link #entra()} is the most complete state known.
 */
public final class WaveUser {

    private final int index;
    private final EntraUser member;
    private final MatchResult match;
    private final ChangeStatus change;
    private final MigratedUser migrated;
    private volatile EntraUser withMethods;
    private volatile int plannedWrites = -1;

    WaveUser(int index, EntraUser member, MatchResult match, ChangeStatus change, MigratedUser migrated) {
        this.index = index;
        this.member = member;
        this.match = match;
        this.change = change;
        this.migrated = migrated;
    }

    /** Position in the wave, stable for its lifetime. */
    public int index() {
        return index;
    }

    public String upn() {
        return member.userPrincipalName();
    }

    /** The member with its methods when they were read, else with its directory attributes only. */
    public EntraUser entra() {
        EntraUser full = withMethods;
        return full != null ? full : member;
    }

    public boolean methodsRead() {
        return withMethods != null;
    }

    void methods(EntraUser user) {
        withMethods = user;
    }

    /** The MFA Server user matched to this member, or null. */
    public MfaServerUser mfa() {
        return match == null || match.status() != MatchStatus.MATCHED ? null : match.user();
    }

    /** How the MFA Server user was matched, or null when none was. */
    public MatchResult match() {
        return match;
    }

    /** "UPN", "SID", "sAMAccountName", "ambiguous: …" or "not in MFA Server". */
    public String matchLabel() {
        if (match == null) {
            return "not in MFA Server";
        }
        if (match.status() != MatchStatus.MATCHED) {
            return match.status().name().toLowerCase(java.util.Locale.ROOT);
        }
        return switch (match.matchedBy()) {
            case USER_PRINCIPAL_NAME -> "UPN";
            case SECURITY_IDENTIFIER -> "SID";
            case ON_PREMISES_ATTRIBUTE -> "on-premises attribute";
        };
    }

    public ChangeStatus change() {
        return change;
    }

    /** When the last migration of this user was recorded, or null. */
    public Instant migratedAt() {
        return migrated == null ? null : migrated.migratedAt();
    }

    /** Writes the last plan had for this user, or -1 when no plan covered them yet. */
    public int plannedWrites() {
        return plannedWrites;
    }

    void plannedWrites(int count) {
        plannedWrites = count;
    }
}
