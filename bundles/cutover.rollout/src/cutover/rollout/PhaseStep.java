package cutover.rollout;

import java.util.Objects;

/**
 * One step of the migration guide on the phase board.
 *
 * @param evidence what the state was derived from, in a sentence
 * @param perspective the workbench perspective where the step is done, or null
 */
public record PhaseStep(Phase phase, String title, State state, String evidence, String perspective) {

    /** The guide's three phases, in order. */
    public enum Phase {
        PREPARATIONS("Preparations"), MIGRATIONS("Migrations"), FINALIZE("Finalize");

        public final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    /** How far a step has come, as the data shows it. */
    public enum State {
        DONE("Done"),
        IN_PROGRESS("In progress"),
        TO_DO("To do"),
        /** The data that would tell is not available (no tenant connected). */
        UNKNOWN("Unknown"),
        /** Outside what Cutover can see; the specialist does and checks it. */
        MANUAL("By hand");

        public final String label;

        State(String label) {
            this.label = label;
        }
    }

    public PhaseStep {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(evidence, "evidence");
    }
}
