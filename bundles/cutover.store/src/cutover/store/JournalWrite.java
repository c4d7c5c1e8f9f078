package cutover.store;

import java.util.Objects;

/**
 * One Graph write a run is to make, and the request that would undo it. Holds no secret: the body is the plan's
 * summary, in which an OATH secret key is never written.
 *
 * @param seq the write's position in the run, from 0; writes are sent in this order per user
 * @param upn the MFA Server user's principal name
 * @param objectId the Entra user's object id
 * @param httpMethod {@code POST}, {@code PATCH} or {@code DELETE}
 * @param path the request path, for example {@code /v1.0/users/{id}/authentication/phoneMethods}
 * @param body the body summary, or null
 * @param rule the plan rule that caused the write, for example {@code PHONE-EXT-OFFICE}
 * @param undo the request that undoes the write, or null when it cannot be undone
 * @param fingerprint the fingerprint of the user's MFA Server data the plan was made from, or null; recorded in
 *            the migration history once all the user's writes of the run are confirmed
 */
public record JournalWrite(int seq, String upn, String objectId, String httpMethod, String path, String body,
        String rule, UndoRequest undo, String fingerprint) {

    /** A write without a fingerprint. */
    public JournalWrite(int seq, String upn, String objectId, String httpMethod, String path, String body,
            String rule, UndoRequest undo) {
        this(seq, upn, objectId, httpMethod, path, body, rule, undo, null);
    }

    public JournalWrite {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative");
        }
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * A request that undoes a write: for example the DELETE of a phone method a POST added, or a PATCH back to the
     * number an update replaced.
     *
     * @param body the body summary, or null
     */
    public record UndoRequest(String httpMethod, String path, String body) {

        public UndoRequest {
            Objects.requireNonNull(httpMethod, "httpMethod");
            Objects.requireNonNull(path, "path");
        }
    }
}
