package cutover.rollout.tenant;

/**
 * One step of the guide's rollback of the federation switch, and how it went.
 *
 * @param what the step, in words
 * @param outcome what happened: done, skipped and why, or Graph's refusal
 * @param failed whether Graph refused it (the other steps are tried all the same)
 */
public record RollbackStep(String what, String outcome, boolean failed) {
}
