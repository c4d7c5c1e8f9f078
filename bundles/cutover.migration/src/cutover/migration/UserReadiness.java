package cutover.migration;

import java.time.Instant;
import java.util.List;

/**
 * One member in the readiness report: what the journal says was migrated, whether Entra ID really holds it now,
 * and what still needs doing.
 *
 * @param upn the member
 * @param migratedAt when the journal recorded the member's migration, or null
 * @param status the verdict
 * @param pendingWrites writes a migration would still make (0 when Entra ID holds the MFA Server data)
 * @param needsAction what a person must do, one sentence per item (for example re-register the Authenticator app)
 */
public record UserReadiness(String upn, Instant migratedAt, Status status, int pendingWrites,
        List<String> needsAction) {

    public UserReadiness {
        needsAction = List.copyOf(needsAction);
    }

    /** The verdicts, in the order the report lists them. */
    public enum Status {
        /** The journal says migrated, but Entra ID lacks some of it now. */
        MISSING("migrated, but missing in Entra ID"),
        /** Never migrated and Entra ID lacks the data. */
        NOT_MIGRATED("not migrated"),
        /** Entra ID holds what can be migrated; something only the user can do remains. */
        USER_ACTION("needs the user"),
        /** Entra ID holds everything MFA Server had that can be migrated. */
        READY("ready"),
        /** The member has no MFA Server data. */
        NO_MFA_DATA("no MFA Server data");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
