package cutover.rollout.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.graph.GroupRef;
import cutover.graph.StagedRollout;
import cutover.graph.StagedRollout.RolloutPolicy;
import cutover.rollout.RolloutRule;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.TenantChange;
import cutover.store.TenantSetting;
import cutover.store.Verification;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Each Staged Rollout change against the local tenant: checked first, sent only when nothing blocks, journaled. */
@Timeout(120)
class StagedRolloutSwitchTest {

    private static final NullProgressMonitor NONE = new NullProgressMonitor();

    @TempDir
    Path workspace;

    @Test
    void aPilotGroupIsAddedThenSwitchedOnWithTheGuidesWarningAndEachChangeJournaled() throws Exception {
        try (LocalTenantFixture local = new LocalTenantFixture(60)) {
            StagedRolloutSwitch rollout = new StagedRolloutSwitch(local.connection, workspace);
            assertNull(rollout.policy());

            RolloutReview add = rollout.review(new RolloutChange.Add("Staged Rollout Pilot"), NONE);
            assertFalse(add.blocked(), add.result().toString());
            assertEquals(10, add.result().of(RolloutRule.NOT_YET_MIGRATED).get(0).users().size(),
                    "nobody is migrated yet: all ten are listed");
            RolloutPolicy added = rollout.apply(add);
            GroupRef pilot = local.group("Staged Rollout Pilot");
            assertEquals(List.of(pilot.id()), local.rolloutGroupIds());
            assertFalse(added.enabled(), "created switched off");
            assertEquals(StagedRolloutSwitch.POLICY_NAME, added.displayName());

            RolloutPolicy on = rollout.apply(rollout.review(new RolloutChange.Enable(), NONE));
            assertTrue(on.enabled());
            assertTrue(rollout.policy().enabled(), "read back from the tenant");

            try (Journal journal = Journal.open(workspace)) {
                List<TenantChange> changes = journal.tenantChanges();
                assertEquals(2, changes.size());
                assertTrue(changes.stream().allMatch(c -> c.setting() == TenantSetting.STAGED_ROLLOUT
                        && c.state() == EntryState.CONFIRMED));
                assertNull(changes.get(0).before(), "there was no policy");
                assertTrue(changes.get(0).after().contains(pilot.id()), changes.get(0).after());
                assertTrue(changes.get(1).before().contains("\"isEnabled\":false"), changes.get(1).before());
                assertTrue(changes.get(1).after().contains("\"isEnabled\":true"), changes.get(1).after());
            }

            assertThrows(IllegalArgumentException.class, () -> rollout.review(new RolloutChange.Enable(), NONE),
                    "on already");
            assertThrows(IllegalArgumentException.class,
                    () -> rollout.review(new RolloutChange.Add("Staged Rollout Pilot"), NONE), "in already");
            rollout.apply(rollout.review(new RolloutChange.Disable(), NONE));
            rollout.apply(rollout.review(new RolloutChange.Remove("Staged Rollout Pilot"), NONE));
            assertEquals(List.of(), local.rolloutGroupIds());
            assertFalse(rollout.policy().enabled());
            try (Journal journal = Journal.open(workspace)) {
                List<TenantChange> changes = journal.tenantChanges();
                assertEquals(List.of("add the group Staged Rollout Pilot", "switch Staged Rollout for MFA on",
                        "switch Staged Rollout for MFA off", "remove the group Staged Rollout Pilot"),
                        changes.stream().map(TenantChange::action).toList());
                assertTrue(changes.get(3).before().contains(pilot.id()), changes.get(3).before());
                assertFalse(changes.get(3).after().contains(pilot.id()), changes.get(3).after());
            }
        }
    }

    @Test
    void eachBlockingRuleLeavesTheTenantAndTheJournalAsTheyWere() throws Exception {
        try (LocalTenantFixture local = new LocalTenantFixture(60)) {
            StagedRolloutSwitch rollout = new StagedRolloutSwitch(local.connection, workspace);
            GroupRef pilot = local.group("Staged Rollout Pilot");
            local.tenant.addCloudOnlyUser("c10d0000-0000-4000-8000-000000000001", "helpdesk@contoso.onmicrosoft.com",
                    pilot.id());
            record Case(String group, RolloutRule rule) {
            }
            int audits = local.tenant.auditEntryCount();
            for (Case blocked : List.of(new Case("All Sales (dynamic)", RolloutRule.DYNAMIC_GROUP),
                    new Case("Partner Pilot", RolloutRule.CONTACTS),
                    new Case("Cutover Migration", RolloutRule.NESTED_GROUP),
                    new Case("Staged Rollout Pilot", RolloutRule.CLOUD_ONLY_USERS))) {
                RolloutReview review = rollout.review(new RolloutChange.Add(blocked.group()), NONE);
                assertTrue(review.blocked(), blocked.toString());
                assertEquals(1, review.result().of(blocked.rule()).size(), review.result().toString());
                PreflightRefusedException refused = assertThrows(PreflightRefusedException.class,
                        () -> rollout.apply(review));
                assertTrue(refused.reasons().stream().anyMatch(r -> r.contains(blocked.rule().explanation)),
                        refused.reasons().toString());
            }
            assertEquals(List.of("helpdesk@contoso.onmicrosoft.com"), rollout.review(
                    new RolloutChange.Add("Staged Rollout Pilot"), NONE).result().of(RolloutRule.CLOUD_ONLY_USERS)
                    .get(0).users(), "the cloud-only user is named");
            assertNull(rollout.policy(), "no policy was created");
            assertEquals(audits, local.tenant.auditEntryCount(), "the tenant recorded no change");
            try (Journal journal = Journal.open(workspace)) {
                assertEquals(List.of(), journal.tenantChanges());
            }
        }
    }

    @Test
    void theEleventhGroupIsRefusedBeforeItIsSent() throws Exception {
        try (LocalTenantFixture local = new LocalTenantFixture(200)) {
            StagedRolloutSwitch rollout = new StagedRolloutSwitch(local.connection, workspace);
            List<String> users = new ArrayList<>(local.tenant.transitiveUserIds(local.group("Cutover Migration").id()));
            for (int i = 0; i < 11; i++) {
                local.tenant.addGroup("9a000000-0000-4000-8000-0000000000" + (10 + i), "Ring " + i,
                        users.subList(i * 5, i * 5 + 5), List.of());
            }
            for (int i = 0; i < 10; i++) {
                rollout.apply(rollout.review(new RolloutChange.Add("Ring " + i), NONE));
            }
            RolloutReview eleventh = rollout.review(new RolloutChange.Add("Ring 10"), NONE);
            assertEquals(1, eleventh.result().of(RolloutRule.TOO_MANY_GROUPS).size());
            assertThrows(PreflightRefusedException.class, () -> rollout.apply(eleventh));
            assertEquals(10, local.rolloutGroupIds().size());
        }
    }

    @Test
    void aGroupOfMoreThan50000UsersIsRefusedBeforeItIsSent() throws Exception {
        try (LocalTenantFixture local = new LocalTenantFixture(52_000)) {
            // some of the export's users are missing in the synthetic tenant, as in a real one
            List<String> everyone = local.tenant.transitiveUserIds(local.group("Cutover Migration").id());
            assertTrue(everyone.size() > 50_000, "just over the limit: " + everyone.size());
            local.tenant.addGroup("9b000000-0000-4000-8000-000000000001", "Everyone", everyone, List.of());
            StagedRolloutSwitch rollout = new StagedRolloutSwitch(local.connection, workspace);
            RolloutReview review = rollout.review(new RolloutChange.Add("Everyone"), NONE);
            assertEquals(String.format(java.util.Locale.US, "Everyone: It holds %,d users. ", everyone.size())
                    + RolloutRule.GROUP_TOO_LARGE.explanation,
                    review.result().of(RolloutRule.GROUP_TOO_LARGE).get(0).describe());
            assertThrows(PreflightRefusedException.class, () -> rollout.apply(review));
            assertNull(rollout.policy());
        }
    }

    @Test
    void usersSharedWithTheMigrationGroupAreListed() throws Exception {
        try (LocalTenantFixture local = new LocalTenantFixture(60)) {
            GroupRef migration = local.group("Cutover Migration");
            try (Journal journal = Journal.open(workspace)) {
                journal.recordVerification(new Verification(Instant.now(), local.tenant.tenantId(), migration.id(),
                        migration.displayName(), 60, 0, 0, 0, List.of(), List.of()));
            }
            RolloutReview add = new StagedRolloutSwitch(local.connection, workspace)
                    .review(new RolloutChange.Add("Staged Rollout Pilot"), NONE);
            List<String> shared = add.result().of(RolloutRule.OVERLAPS_MIGRATION_GROUP).get(0).users();
            assertEquals(10, shared.size(), "the pilot's users are all in the migration group");
            assertFalse(add.blocked(), "a warning");
        }
    }

    @Test
    void aChangeCheckedInOneTenantIsNeverSentToAnother() throws Exception {
        try (LocalTenantFixture first = new LocalTenantFixture(60);
                LocalTenantFixture second = new LocalTenantFixture(60, 12)) {
            RolloutReview checked = new StagedRolloutSwitch(first.connection, workspace)
                    .review(new RolloutChange.Add("Staged Rollout Pilot"), NONE);
            RolloutReview moved = new RolloutReview(checked.tenantId(), checked.change(), checked.before(),
                    checked.group(), checked.groupsAfter(), checked.result());
            PreflightRefusedException refused = assertThrows(PreflightRefusedException.class,
                    () -> new StagedRolloutSwitch(second.connection, workspace).apply(moved));
            assertTrue(refused.getMessage().contains("checked in another tenant"), refused.getMessage());
            assertNull(new StagedRolloutSwitch(second.connection, workspace).policy());
        }
    }

    @Test
    void aPolicyChangedSinceTheReviewIsNotTouched() throws Exception {
        try (LocalTenantFixture local = new LocalTenantFixture(60)) {
            StagedRolloutSwitch rollout = new StagedRolloutSwitch(local.connection, workspace);
            rollout.apply(rollout.review(new RolloutChange.Add("Staged Rollout Pilot"), NONE));
            RolloutReview enable = rollout.review(new RolloutChange.Enable(), NONE);
            StagedRollout direct = new StagedRollout(local.connection);
            direct.addGroup(rollout.policy().id(), local.tenant.groupIds("Sales").get(0));
            PreflightRefusedException refused = assertThrows(PreflightRefusedException.class,
                    () -> rollout.apply(enable));
            assertTrue(refused.getMessage().contains("changed since"), refused.getMessage());
            assertFalse(rollout.policy().enabled());
            assertEquals(Set.of(local.group("Staged Rollout Pilot").id(), local.tenant.groupIds("Sales").get(0)),
                    Set.copyOf(local.rolloutGroupIds()));
        }
    }
}
