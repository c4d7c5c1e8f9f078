package cutover.core.audit;

import java.time.Instant;

/** Small hand-made rows for the audit log tests. */
final class AuditFixtures {

    static final String MFA_APP = "Azure MFA Management";
    static final int SMS = MethodCode.SMS.bit();
    static final int PUSH = MethodCode.AUTHENTICATOR_PUSH.bit();
    static final int VOICE = MethodCode.VOICE_MOBILE.bit();
    static final int OTP = MethodCode.OTP.bit();

    private AuditFixtures() {
    }

    static AuditRecord entra(String key, String time, String activity, String initiator, String user, String userId,
            String result, int methods, String summary) {
        return new AuditRecord(AuditOrigin.ENTRA, key, Instant.parse(time), activity, initiator, user, userId, result,
                methods, summary);
    }

    static AuditRecord journal(String key, String time, String activity, int run, String user, String result,
            int methods, String summary) {
        return new AuditRecord(AuditOrigin.JOURNAL, key, Instant.parse(time), activity, "Cutover run " + run, user,
                null, result, methods, summary);
    }
}
