package cutover.core.matching;

import java.util.List;

/**
 * The outcome of matching all MFA Server users.
 *
 * @param attribute the on-premises attribute used after the UPN, or null when none was
 * @param results one result per MFA Server user, in the order the users were given
 * @param summary counts over {@code results}
 */
public record MatchReport(MatchAttribute attribute, List<MatchResult> results, MatchSummary summary) {

    public MatchReport {
        results = List.copyOf(results);
    }
}
