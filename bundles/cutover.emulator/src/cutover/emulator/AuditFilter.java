package cutover.emulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $filter} of {@code /auditLogs/directoryAudits}: clauses joined by {@code and}, each one of
 * <ul>
 * <li>{@code activityDateTime eq|ge|le 2026-01-01T00:00:00Z} (a date alone means its midnight UTC);</li>
 * <li>{@code property eq 'value'} for the properties in {@link #PROPERTIES}, such as {@code loggedByService} or
 * {@code initiatedBy/app/displayName};</li>
 * <li>{@code targetResources/any(t: t/id|displayName|userPrincipalName eq 'value')}.</li>
 * </ul>
 * Strings compare without regard to case, as elsewhere in the emulator.
 */
final class AuditFilter {

    private static final Map<String, Function<AuditEntry, String>> PROPERTIES = Map.ofEntries(
            Map.entry("id", AuditEntry::id),
            Map.entry("category", AuditEntry::category),
            Map.entry("correlationid", AuditEntry::correlationId),
            Map.entry("activitydisplayname", AuditEntry::activityDisplayName),
            Map.entry("loggedbyservice", AuditEntry::loggedByService),
            Map.entry("operationtype", AuditEntry::operationType),
            Map.entry("result", AuditEntry::result),
            Map.entry("initiatedby/app/displayname", e -> e.initiatedBy().app() == null ? null
                    : e.initiatedBy().app().displayName()),
            Map.entry("initiatedby/app/appid", e -> e.initiatedBy().app() == null ? null
                    : e.initiatedBy().app().appId()),
            Map.entry("initiatedby/user/id", e -> e.initiatedBy().user() == null ? null
                    : e.initiatedBy().user().id()),
            Map.entry("initiatedby/user/displayname", e -> e.initiatedBy().user() == null ? null
                    : e.initiatedBy().user().displayName()),
            Map.entry("initiatedby/user/userprincipalname", e -> e.initiatedBy().user() == null ? null
                    : e.initiatedBy().user().userPrincipalName()));
    private static final Map<String, Function<AuditEntry.Target, String>> TARGET_PROPERTIES = Map.of(
            "id", AuditEntry.Target::id,
            "displayname", AuditEntry.Target::displayName,
            "userprincipalname", AuditEntry.Target::userPrincipalName);

    private static final String QUOTED = "'((?:[^']|'')*)'";
    private static final Pattern TIME = Pattern.compile("^activityDateTime\\s+(eq|ge|le)\\s+(\\S+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EQ = Pattern.compile("^([\\w/]+)\\s+eq\\s+" + QUOTED + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY = Pattern.compile(
            "^targetResources/any\\(\\s*(\\w+)\\s*:\\s*(\\w+)/(\\w+)\\s+eq\\s+" + QUOTED + "\\s*\\)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    private AuditFilter() {
    }

    /** The request's filter as a test of entries; everything passes when there is no {@code $filter}. */
    static Predicate<AuditEntry> of(GraphRequest request) {
        String filter = request.query("$filter");
        Predicate<AuditEntry> all = entry -> true;
        if (filter == null || filter.isBlank()) {
            return all;
        }
        for (String clause : clauses(filter)) {
            all = all.and(clause(clause.strip()));
        }
        return all;
    }

    /** Splits at {@code and} outside quotes and parentheses. */
    private static List<String> clauses(String filter) {
        List<String> clauses = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < filter.length(); i++) {
            char c = filter.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && Character.isWhitespace(c)) {
                Matcher and = AND.matcher(filter).region(i, filter.length());
                if (and.lookingAt()) {
                    clauses.add(filter.substring(start, i));
                    start = and.end();
                    i = and.end() - 1;
                }
            }
        }
        clauses.add(filter.substring(start));
        return clauses;
    }

    private static Predicate<AuditEntry> clause(String clause) {
        Matcher time = TIME.matcher(clause);
        if (time.matches()) {
            Instant bound = instant(time.group(2));
            return switch (time.group(1).toLowerCase(Locale.ROOT)) {
                case "ge" -> e -> !e.activityDateTime().isBefore(bound);
                case "le" -> e -> !e.activityDateTime().isAfter(bound);
                default -> e -> e.activityDateTime().equals(bound);
            };
        }
        Matcher any = ANY.matcher(clause);
        if (any.matches()) {
            Function<AuditEntry.Target, String> property = TARGET_PROPERTIES.get(any.group(3).toLowerCase(Locale.ROOT));
            if (!any.group(1).equals(any.group(2)) || property == null) {
                throw unsupported(clause);
            }
            String value = unquote(any.group(4));
            return e -> e.targetResources().stream().anyMatch(t -> value.equalsIgnoreCase(property.apply(t)));
        }
        Matcher eq = EQ.matcher(clause);
        if (eq.matches()) {
            Function<AuditEntry, String> property = PROPERTIES.get(eq.group(1).toLowerCase(Locale.ROOT));
            if (property == null) {
                throw unsupported(clause);
            }
            String value = unquote(eq.group(2));
            return e -> value.equalsIgnoreCase(property.apply(e));
        }
        throw unsupported(clause);
    }

    private static Instant instant(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw GraphException.directoryBadRequest("Invalid activityDateTime '" + text + "' in the filter: use an "
                    + "ISO 8601 date and time such as 2026-01-01T00:00:00Z.");
        }
    }

    private static String unquote(String text) {
        return text.replace("''", "'");
    }

    private static GraphException unsupported(String clause) {
        return GraphException.unsupportedQuery("Unsupported or invalid filter clause for directoryAudits: '" + clause
                + "'. The emulator understands activityDateTime eq|ge|le, property eq 'value' and "
                + "targetResources/any(t: t/id eq 'value'), joined by 'and'.");
    }
}
