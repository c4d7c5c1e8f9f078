package cutover.core.inventory;

import java.util.List;
import java.util.Objects;

/**
 * What to do with a dependency.
 *
 * @param target where it goes
 * @param ruleId the recommendation rule that decided, such as {@code REC-RADIUS-NPS-EXTENSION}; stable like
 *            {@link Signature} ids
 * @param reasons why, in the guide's terms and with this dependency's facts
 * @param caveats limits and conditions of the target that apply to this dependency, and fallbacks
 */
public record Recommendation(MigrationTarget target, String ruleId, List<String> reasons, List<String> caveats) {

    public Recommendation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(ruleId, "ruleId");
        reasons = List.copyOf(reasons);
        caveats = List.copyOf(caveats);
    }
}
