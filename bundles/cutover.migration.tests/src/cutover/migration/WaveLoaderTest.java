package cutover.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigratedUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.UserFingerprint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

class WaveLoaderTest {

    @Test
    void listsEveryMemberOnceBesideItsMfaServerDataWithoutReadingMethods() throws Exception {
        try (LocalWave local = new LocalWave(300)) {
            List<MfaServerUser> export = LocalWave.export(240);
            Wave wave = local.load(export, MigrationHistory.empty());

            assertEquals(local.tenant.userCount(), wave.users().size());
            assertEquals(wave.users().size(), wave.users().stream().map(WaveUser::upn).distinct().count());
            Map<ChangeStatus, Long> counts = wave.countByChange();
            long withData = wave.users().stream().filter(u -> u.mfa() != null).count();
            assertTrue(withData > 200, "most of the export is in the group: " + withData);
            assertEquals(withData, counts.getOrDefault(ChangeStatus.NEW, 0L), "nothing migrated yet: all new");
            assertEquals(wave.users().size() - withData, counts.getOrDefault(ChangeStatus.NO_MFA_DATA, 0L));
            for (WaveUser user : wave.users()) {
                if (user.mfa() != null && user.matchLabel().equals("UPN")) {
                    assertEquals(user.mfa().upn().toLowerCase(), user.upn().toLowerCase());
                } else if (user.mfa() != null) {
                    assertEquals("SID", user.matchLabel(), user.upn());
                    assertEquals(user.mfa().identity().securityIdentifier(),
                            user.entra().onPremisesSecurityIdentifier());
                }
            }
            assertEquals(0, wave.methodsRead(), "listing reads no methods");
            assertEquals(export.size() - withData, wave.exportUsersOutside());
        }
    }

    @Test
    void historyMakesMembersUnchangedOrChanged() throws Exception {
        try (LocalWave local = new LocalWave(100)) {
            List<MfaServerUser> export = LocalWave.export(100);
            List<MfaServerUser> matched = local.load(export, MigrationHistory.empty()).users().stream()
                    .filter(u -> u.mfa() != null).map(WaveUser::mfa).toList();
            MfaServerUser same = matched.get(3);
            MfaServerUser edited = matched.get(4);
            MigrationHistory history = MigrationHistory.of(List.of(
                    new MigratedUser(same.upn(), UserFingerprint.of(same), Instant.parse("2026-11-01T10:00:00Z")),
                    new MigratedUser(edited.upn(), "v1:0000000000000000", Instant.parse("2026-11-01T10:00:00Z"))));
            Wave wave = local.load(export, history);

            Map<String, WaveUser> byUpn = wave.users().stream().filter(u -> u.mfa() != null).collect(
                    Collectors.toMap(u -> u.mfa().upn().toLowerCase(), u -> u));
            WaveUser unchanged = byUpn.get(same.upn().toLowerCase());
            assertEquals(ChangeStatus.UNCHANGED, unchanged.change());
            assertEquals(Instant.parse("2026-11-01T10:00:00Z"), unchanged.migratedAt());
            assertEquals(ChangeStatus.CHANGED, byUpn.get(edited.upn().toLowerCase()).change());
            assertNull(byUpn.get(matched.get(5).upn().toLowerCase()).migratedAt());
        }
    }

    @Test
    void methodsAreReadPriorityFirstAndThenTheRest() throws Exception {
        try (LocalWave local = new LocalWave(400)) {
            Wave wave = local.load(LocalWave.export(400), MigrationHistory.empty());
            EntraMethodLoader loader = new EntraMethodLoader(local.connection, wave);
            List<WaveUser> onScreen = wave.users().subList(300, 330);
            loader.prioritize(onScreen);
            int[] chunks = {0};
            Set<Integer> firstChunk = new java.util.HashSet<>();
            loader.loadAll(new NullProgressMonitor(), () -> {
                if (chunks[0]++ == 0) {
                    wave.users().stream().filter(WaveUser::methodsRead).forEach(u -> firstChunk.add(u.index()));
                }
            });
            assertTrue(onScreen.stream().allMatch(u -> firstChunk.contains(u.index())),
                    "the rows on screen come back in the first chunk");
            assertFalse(firstChunk.contains(EntraMethodLoader.CHUNK + 1), "the rest waits for the next chunks");
            assertEquals(wave.users().size(), wave.methodsRead());
            WaveUser someone = wave.users().get(17);
            assertNotNull(local.tenant.user(someone.entra().objectId()).orElseThrow());
            assertEquals(local.tenant.user(someone.entra().objectId()).orElseThrow().phones(), someone.entra().phones(),
                    "the methods are the tenant's");
        }
    }
}
