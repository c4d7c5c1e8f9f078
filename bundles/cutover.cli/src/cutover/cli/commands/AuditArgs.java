package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.UsageException;
import cutover.core.audit.AuditFilter;
import cutover.core.audit.AuditOrigin;
import cutover.core.audit.MethodCode;
import cutover.migration.audit.TimeText;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The time, method and filter options of {@code cutover audit}. */
final class AuditArgs {

    private AuditArgs() {
    }

    /** A point in time as {@link TimeText} reads it; null when the option is absent. */
    static Instant time(Args args, String option, Instant now) throws UsageException {
        String value = args.string(option, null);
        if (value == null) {
            return null;
        }
        try {
            return TimeText.parse(value, now);
        } catch (IllegalArgumentException e) {
            throw new UsageException("option --" + option + ": " + e.getMessage());
        }
    }

    /** A method by code (0, 2, 3, 5, 6, 7) or name (sms, push, otp, voice-mobile, voice-office, voice-alternate). */
    static MethodCode method(String value) throws UsageException {
        String text = value.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (text.matches("\\d+")) {
            MethodCode code = MethodCode.of(Integer.parseInt(text));
            if (code != null) {
                return code;
            }
        }
        for (MethodCode method : MethodCode.values()) {
            String name = method.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (text.equals(name) || text.equals(method.readableName.toLowerCase(Locale.ROOT).replace(' ', '-'))) {
                return method;
            }
        }
        return switch (text) {
            case "push", "authenticator" -> MethodCode.AUTHENTICATOR_PUSH;
            case "voice-alternate" -> MethodCode.VOICE_ALTERNATE_MOBILE;
            case "oath", "totp" -> MethodCode.OTP;
            default -> throw new UsageException("option --method: unknown method \"" + value + "\"; use one of "
                    + Arrays.stream(MethodCode.values()).map(m -> m.code + " (" + m.readableName + ")")
                            .collect(Collectors.joining(", ")));
        };
    }

    static AuditFilter filter(Args args, Instant now) throws UsageException {
        AuditFilter filter = AuditFilter.ALL.from(time(args, "from", now)).to(time(args, "to", now))
                .user(args.string("user", null)).activity(args.string("activity", null))
                .initiator(args.string("initiator", null));
        String method = args.string("method", null);
        if (method != null) {
            filter = filter.method(method(method));
        }
        String source = args.string("source", null);
        if (source != null) {
            filter = filter.origin(switch (source.toLowerCase(Locale.ROOT)) {
                case "entra" -> AuditOrigin.ENTRA;
                case "journal" -> AuditOrigin.JOURNAL;
                default -> throw new UsageException("option --source takes entra or journal, not \"" + source + "\"");
            });
        }
        return filter;
    }
}
