package cutover.emulator;

/** An organisational contact that is a member of a group: not a user, so Staged Rollout cannot use it. */
record ContactState(String id, String displayName) {
}
