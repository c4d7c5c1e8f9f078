package cutover.core.plan;

import java.time.Instant;
import java.util.Objects;

/**
 * What the last migration recorded for one user: the {@link UserFingerprint} of the MFA Server data it migrated
 * and when. A user whose data still has this fingerprint needs nothing new.
 *
 * @param upn the MFA Server user's principal name, as exported
 * @param fingerprint the {@link UserFingerprint} of the migrated data
 * @param migratedAt when the migration of the user was confirmed
 */
public record MigratedUser(String upn, String fingerprint, Instant migratedAt) {

    public MigratedUser {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(migratedAt, "migratedAt");
        if (upn.isBlank()) {
            throw new IllegalArgumentException("the user principal name is empty");
        }
        if (!UserFingerprint.isWellFormed(fingerprint)) {
            throw new IllegalArgumentException("fingerprint \"" + fingerprint + "\" of " + upn
                    + " is not a Cutover user fingerprint (v1: and 16 hex digits)");
        }
    }
}
