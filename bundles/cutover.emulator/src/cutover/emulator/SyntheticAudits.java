package cutover.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The audit history of a synthetic tenant, a pure function of the seed, the users, the domains and the clock, all
 * within the {@link #HISTORY} before it, oldest first:
 * <ul>
 * <li>for about 3 % of the users with MFA methods, "Update user" entries of the MFA service's first-party app (as
 * MFA Server's migration writes them), two thirds under its old name {@value #MFA_APP_OLD_NAME}, a third under
 * {@value #MFA_APP_NEW_NAME}; a third of these users in two steps, the methods first and the default later;</li>
 * <li>for about 1 % of the users an "Update user" entry of an administrator that has nothing to do with MFA.</li>
 * </ul>
 */
final class SyntheticAudits {

    static final String MFA_APP_ID = "981f26a1-7f43-403b-a875-f8b09b8cd720";
    static final String MFA_APP_OLD_NAME = "Azure MFA Management";
    static final String MFA_APP_NEW_NAME = "Microsoft Entra multifactor authentication Management";
    static final Duration HISTORY = Duration.ofDays(60);

    private static final int MFA_PER_MILLE = 30;
    private static final int ADMIN_PER_MILLE = 10;
    private static final long HISTORY_MILLIS = HISTORY.toMillis();
    private static final long WEEK_MILLIS = Duration.ofDays(7).toMillis();
    private static final String[][] ADMIN_EDITS = {
        {"Department", "Sales", "Marketing"}, {"JobTitle", "Analyst", "Senior Analyst"},
        {"Department", "Finance", "Controlling"}, {"JobTitle", "Engineer", "Lead Engineer"}};

    private final SplittableRandom random;
    private final Instant now;
    private final List<AuditEntry> entries = new ArrayList<>();
    private AuditEntry.App oldApp;
    private AuditEntry.App newApp;
    private AuditEntry.Initiator admin;

    private SyntheticAudits(long seed, Instant now) {
        this.random = new SplittableRandom(seed ^ 0xA54FF53A5F1D36F1L);
        this.now = now;
    }

    static void addTo(TenantData data, long seed, Instant now) {
        new SyntheticAudits(seed, now).add(data);
    }

    private void add(TenantData data) {
        String servicePrincipalId = SyntheticIds.uuid(random);
        oldApp = new AuditEntry.App(MFA_APP_OLD_NAME, MFA_APP_ID, servicePrincipalId, null);
        newApp = new AuditEntry.App(MFA_APP_NEW_NAME, MFA_APP_ID, servicePrincipalId, null);
        String adminDomain = data.domains().stream().filter(d -> d.isInitial).map(d -> d.id).findFirst()
                .orElse("contoso.onmicrosoft.com");
        admin = AuditEntry.Initiator.of(new AuditEntry.User(SyntheticIds.uuid(random), "Tenant Administrator",
                "admin@" + adminDomain));
        for (UserState user : data.users()) {
            int roll = random.nextInt(1000);
            if (roll < MFA_PER_MILLE) {
                addMfaUpdates(user);
            } else if (roll < MFA_PER_MILLE + ADMIN_PER_MILLE) {
                addAdminEdit(user);
            }
        }
        entries.sort(Comparator.comparing(AuditEntry::activityDateTime));
        entries.forEach(data.audits::add);
    }

    private void addMfaUpdates(UserState user) {
        List<Integer> codes = StrongAuthenticationValues.codes(user);
        if (codes.isEmpty()) {
            return;
        }
        AuditEntry.Initiator app = AuditEntry.Initiator.of(random.nextInt(3) < 2 ? oldApp : newApp);
        StrongAuthenticationValues after = StrongAuthenticationValues.of(user);
        StrongAuthenticationValues none = new StrongAuthenticationValues(StrongAuthenticationValues.NONE,
                StrongAuthenticationValues.NONE, after.systemPreferred());
        Instant first = pastTime();
        if (codes.size() > 1 && random.nextInt(3) == 0) {
            Integer defaultCode = user.defaultMethod == null ? null
                    : StrongAuthenticationValues.code(user.defaultMethod);
            int earlierDefault = codes.get(0).equals(defaultCode) ? codes.get(1) : codes.get(0);
            StrongAuthenticationValues step = new StrongAuthenticationValues(
                    StrongAuthenticationValues.methods(codes, earlierDefault), after.userDetails(),
                    after.systemPreferred());
            Instant second = Instant.ofEpochMilli(Math.min(now.toEpochMilli(),
                    first.toEpochMilli() + 1 + random.nextLong(WEEK_MILLIS)));
            addUpdate(first, app, user, AuditEntries.userChanges(AuditActivity.UPDATE_USER, none, step));
            addUpdate(second, app, user, AuditEntries.userChanges(AuditActivity.UPDATE_USER, step, after));
        } else {
            addUpdate(first, app, user, AuditEntries.userChanges(AuditActivity.UPDATE_USER, none, after));
        }
    }

    private void addAdminEdit(UserState user) {
        String[] edit = ADMIN_EDITS[random.nextInt(ADMIN_EDITS.length)];
        addUpdate(pastTime(), admin, user, List.of(
                new AuditEntry.Change(edit[0], "[\"" + edit[1] + "\"]", "[\"" + edit[2] + "\"]"),
                new AuditEntry.Change(AuditEntries.INCLUDED_PROPERTIES, null, "\"" + edit[0] + "\"")));
    }

    private void addUpdate(Instant at, AuditEntry.Initiator by, UserState user, List<AuditEntry.Change> changes) {
        entries.add(AuditEntries.entry(SyntheticIds.uuid(random), at, by, AuditActivity.UPDATE_USER, "",
                List.of(AuditEntries.user(user, changes)), List.of()));
    }

    private Instant pastTime() {
        return Instant.ofEpochMilli(now.toEpochMilli() - random.nextLong(HISTORY_MILLIS));
    }
}
