package cutover.rollout.tenant;

import java.util.Objects;

/** A change to the Staged Rollout policy for MFA, as the specialist asks for it. */
public sealed interface RolloutChange {

    /** The change in words, for the journal, the views and the command line. */
    String describe();

    /** Puts a group in the policy (creating the policy, switched off, when the tenant has none). */
    record Add(String group) implements RolloutChange {
        public Add {
            Objects.requireNonNull(group, "group");
        }

        @Override
        public String describe() {
            return "add the group " + group;
        }
    }

    /** Takes a group out of the policy. */
    record Remove(String group) implements RolloutChange {
        public Remove {
            Objects.requireNonNull(group, "group");
        }

        @Override
        public String describe() {
            return "remove the group " + group;
        }
    }

    /** Switches the policy on: its groups' users get Entra ID MFA instead of the federation server's. */
    record Enable() implements RolloutChange {
        @Override
        public String describe() {
            return "switch Staged Rollout for MFA on";
        }
    }

    /** Switches the policy off: its groups' users go back to the federation server's MFA. */
    record Disable() implements RolloutChange {
        @Override
        public String describe() {
            return "switch Staged Rollout for MFA off";
        }
    }

    /** Whether the change can route users to Entra ID MFA, so that the whole preflight applies. */
    default boolean widens() {
        return this instanceof Add || this instanceof Enable;
    }
}
