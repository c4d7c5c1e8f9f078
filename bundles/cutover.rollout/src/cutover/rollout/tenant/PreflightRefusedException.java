package cutover.rollout.tenant;

import java.util.List;

/** A change was not sent because its preflight blocks it, or its confirmation was not given; nothing changed. */
public final class PreflightRefusedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<String> reasons;

    public PreflightRefusedException(String message, List<String> reasons) {
        super(message);
        this.reasons = List.copyOf(reasons);
    }

    /** One sentence per blocking finding. */
    public List<String> reasons() {
        return reasons;
    }
}
