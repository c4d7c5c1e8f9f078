package cutover.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cutover.rollout.PhaseStep.State;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guide's steps take their state from the data, from a fresh workspace to a finished migration. */
class PhaseBoardTest {

    private static final Instant VERIFIED = Instant.parse("2026-11-20T10:00:00Z");

    private static List<State> states(PhaseFacts facts) {
        return PhaseBoard.steps(facts).stream().map(PhaseStep::state).toList();
    }

    private static Map<String, String> domains(String... nameThenBehavior) {
        Map<String, String> domains = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBehavior.length; i += 2) {
            domains.put(nameThenBehavior[i], nameThenBehavior[i + 1]);
        }
        return domains;
    }

    @Test
    void aFreshWorkspaceWithoutATenantHasEverythingToDoAndSaysWhatItCannotKnow() {
        PhaseFacts fresh = new PhaseFacts(null, null, 0, null, null, 0, "No verification", false, false, false, 0,
                Map.of());
        assertEquals(List.of(State.TO_DO, State.UNKNOWN, State.TO_DO, State.TO_DO, State.TO_DO, State.UNKNOWN,
                State.UNKNOWN, State.UNKNOWN, State.MANUAL), states(fresh));
        assertEquals("Needs the inventory.", PhaseBoard.steps(fresh).get(1).evidence());
    }

    @Test
    void halfWayThroughTheStepsAreInProgressWithTheirNumbers() {
        PhaseFacts halfWay = new PhaseFacts(14, 3, 1_200, VERIFIED, "Cutover Migration", 300, null, true, true,
                false, 2, domains("contoso.com", null));
        List<PhaseStep> steps = PhaseBoard.steps(halfWay);
        assertEquals(List.of(State.DONE, State.IN_PROGRESS, State.DONE, State.IN_PROGRESS, State.IN_PROGRESS,
                State.IN_PROGRESS, State.TO_DO, State.TO_DO, State.MANUAL), states(halfWay));
        assertEquals("11 of 14 marked migrated or verified.", steps.get(1).evidence());
        assertEquals("1,200 users migrated; the last verification found 300 not migrated.", steps.get(3).evidence());
        assertEquals("contoso.com: unset.", steps.get(6).evidence());
    }

    @Test
    void aFinishedMigrationIsDoneExceptTheDecommissioningCutoverCannotSee() {
        PhaseFacts done = new PhaseFacts(14, 0, 1_500, VERIFIED, "Cutover Migration", 0, null, true, true, false, 2,
                domains("contoso.com", "rejectMfaByFederatedIdp"));
        assertEquals(List.of(State.DONE, State.DONE, State.DONE, State.DONE, State.DONE, State.DONE, State.DONE,
                State.DONE, State.MANUAL), states(done));
    }

    @Test
    void oneOfTwoDomainsSwitchedWithTheRolloutOn() {
        PhaseFacts partly = new PhaseFacts(14, 0, 1_500, VERIFIED, "Cutover Migration", 0,
                "The verification is older than 1 run(s)", true, true, true, 2,
                domains("contoso.com", "rejectMfaByFederatedIdp", "fabrikam.com", "acceptIfMfaDoneByFederatedIdp"));
        List<PhaseStep> steps = PhaseBoard.steps(partly);
        assertEquals(State.IN_PROGRESS, steps.get(4).state(), "a run since the verification");
        assertEquals(State.DONE, steps.get(5).state());
        assertEquals(State.IN_PROGRESS, steps.get(6).state());
        assertEquals(State.TO_DO, steps.get(7).state());
    }
}
