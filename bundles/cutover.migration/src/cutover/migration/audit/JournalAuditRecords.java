package cutover.migration.audit;

import cutover.core.audit.AuditOrigin;
import cutover.core.audit.AuditRecord;
import cutover.core.audit.MethodCode;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.PhoneType;
import cutover.store.EntryState;
import cutover.store.JournalEntry;
import cutover.store.JournalWrite;
import cutover.store.RunInfo;
import java.util.Locale;

/**
 * Our own journal's writes as rows of the audit view, beside Entra ID's events: one row per write that was sent
 * (a write still only planned changed nothing). Its key is {@code run:seq}; its methods are those the request
 * touches, read from its path and body summary.
 */
public final class JournalAuditRecords {

    private static final int SUMMARY_LIMIT = 200;

    private JournalAuditRecords() {
    }

    /** The row of a write, or null for a write that was never sent. */
    public static AuditRecord of(RunInfo run, JournalEntry entry) {
        if (entry.state() == EntryState.PLANNED) {
            return null;
        }
        JournalWrite write = entry.write();
        String summary = write.rule() + (write.body() == null ? "" : " · " + write.body())
                + (entry.error() == null ? "" : " · failed: " + entry.error());
        if (summary.length() > SUMMARY_LIMIT) {
            summary = summary.substring(0, SUMMARY_LIMIT - 1) + "…";
        }
        return new AuditRecord(AuditOrigin.JOURNAL, key(run.id(), write.seq()), entry.updatedAt(), activity(write),
                initiator(run), write.upn(), write.objectId(), entry.state().name().toLowerCase(Locale.ROOT),
                methods(write), summary);
    }

    public static String key(long run, int seq) {
        return run + ":" + seq;
    }

    /** The run and seq of a journal row's key, or null when the key is not one. */
    public static long[] parseKey(String key) {
        int colon = key.indexOf(':');
        if (colon < 1) {
            return null;
        }
        try {
            return new long[] {Long.parseLong(key.substring(0, colon)), Integer.parseInt(key.substring(colon + 1))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "Cutover migration run 12", "Cutover sync run 3". */
    public static String initiator(RunInfo run) {
        return "Cutover " + run.kind().name().toLowerCase(Locale.ROOT) + " run " + run.id();
    }

    /** The HTTP method and the resource: "POST phoneMethods", "PATCH signInPreferences". */
    static String activity(JournalWrite write) {
        String[] segments = write.path().split("/");
        String resource = segments[segments.length - 1];
        if (segments.length > 1 && looksLikeId(resource)) {
            resource = segments[segments.length - 2];
        }
        return write.httpMethod() + " " + resource;
    }

    private static boolean looksLikeId(String segment) {
        return segment.length() >= 32 && segment.chars().filter(c -> c == '-').count() >= 4;
    }

    static int methods(JournalWrite write) {
        String path = write.path();
        String body = write.body() == null ? "" : write.body();
        if (path.contains("/phoneMethods")) {
            PhoneType type = PhoneType.fromMethodPath(path);
            if (type == null) {
                type = phoneTypeIn(body);
            }
            return type == null ? 0 : phoneBits(type);
        }
        if (path.endsWith("/signInPreferences")) {
            String marker = "userPreferredMethodForSecondaryAuthentication=";
            int at = body.indexOf(marker);
            if (at >= 0) {
                String name = body.substring(at + marker.length()).split("[,; ]", 2)[0];
                EntraMethod method = EntraMethod.fromGraphName(name);
                return method == null ? 0 : bit(method);
            }
            return 0;
        }
        if (path.contains("hardwareOath") || path.contains("softwareOath")) {
            return MethodCode.OTP.bit();
        }
        if (path.contains("microsoftAuthenticator")) {
            return MethodCode.AUTHENTICATOR_PUSH.bit();
        }
        return 0;
    }

    private static PhoneType phoneTypeIn(String body) {
        for (PhoneType type : PhoneType.values()) {
            if (body.contains("phoneType=" + type.graphName())) {
                return type;
            }
        }
        return null;
    }

    /** A mobile phone serves calls and texts; the other two slots calls only. */
    private static int phoneBits(PhoneType type) {
        return switch (type) {
            case MOBILE -> MethodCode.VOICE_MOBILE.bit() | MethodCode.SMS.bit();
            case ALTERNATE_MOBILE -> MethodCode.VOICE_ALTERNATE_MOBILE.bit();
            case OFFICE -> MethodCode.VOICE_OFFICE.bit();
        };
    }

    private static int bit(EntraMethod method) {
        return switch (method) {
            case PUSH -> MethodCode.AUTHENTICATOR_PUSH.bit();
            case OATH -> MethodCode.OTP.bit();
            case VOICE_MOBILE -> MethodCode.VOICE_MOBILE.bit();
            case VOICE_ALTERNATE_MOBILE -> MethodCode.VOICE_ALTERNATE_MOBILE.bit();
            case VOICE_OFFICE -> MethodCode.VOICE_OFFICE.bit();
            case SMS -> MethodCode.SMS.bit();
        };
    }
}
