package cutover.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The groups of a synthetic tenant, a pure function of the seed and the users:
 * <ul>
 * <li>{@value #MIGRATION_GROUP} with 3 to 5 nested "Cutover Wave n" groups as its only members; waves 1 and 3
 * have a nested "Site A" group, and wave 1's has a nested "Contractors" group, so some users sit three levels
 * below the migration group. Every user is in exactly one of these groups.</li>
 * <li>{@value #PILOT_GROUP} with the first ten users (they are also in the migration groups).</li>
 * <li>Two groups named {@value #SALES_GROUP}, ten users each, for "ambiguous group name".</li>
 * <li>{@value #DYNAMIC_GROUP}, a dynamic group of ten users, and {@value #PARTNER_GROUP}, ten users and two
 * organisational contacts: groups Staged Rollout cannot take.</li>
 * </ul>
 */
final class SyntheticGroups {

    static final String MIGRATION_GROUP = "Cutover Migration";
    static final String PILOT_GROUP = "Staged Rollout Pilot";
    static final String SALES_GROUP = "Sales";
    static final String DYNAMIC_GROUP = "All Sales (dynamic)";
    static final String PARTNER_GROUP = "Partner Pilot";

    private static final int SMALL_GROUP_SIZE = 10;

    private final long seed;
    private int nextId;

    private SyntheticGroups(long seed) {
        this.seed = seed;
    }

    static void addTo(TenantData data, long seed) {
        new SyntheticGroups(seed).add(data);
    }

    private void add(TenantData data) {
        List<UserState> users = data.users();
        SplittableRandom random = new SplittableRandom(seed ^ 0x6A09E667F3BCC909L);
        int waveCount = 3 + (int) Math.floorMod(seed, 3L);
        List<GroupState> waves = new ArrayList<>();
        List<GroupState> sites = new ArrayList<>();
        GroupState contractors = group("Cutover Wave 1 - Site A - Contractors");
        for (int i = 0; i < waveCount; i++) {
            GroupState wave = group("Cutover Wave " + (i + 1));
            GroupState site = null;
            if (i % 2 == 0 && i < 3) {
                site = group("Cutover Wave " + (i + 1) + " - Site A");
                wave.memberGroupIds.add(site.id);
            }
            waves.add(wave);
            sites.add(site);
        }
        sites.get(0).memberGroupIds.add(contractors.id);
        for (UserState user : users) {
            int w = random.nextInt(waveCount);
            GroupState home = waves.get(w);
            if (sites.get(w) != null && random.nextBoolean()) {
                home = w == 0 && random.nextBoolean() ? contractors : sites.get(w);
            }
            home.memberUserIds.add(user.id);
        }
        GroupState migration = group(MIGRATION_GROUP);
        waves.forEach(wave -> migration.memberGroupIds.add(wave.id));

        data.addGroup(contractors);
        for (int i = 0; i < waveCount; i++) {
            if (sites.get(i) != null) {
                data.addGroup(sites.get(i));
            }
            data.addGroup(waves.get(i));
        }
        data.addGroup(migration);
        data.addGroup(withUsers(group(PILOT_GROUP), users, 0));
        data.addGroup(withUsers(group(SALES_GROUP), users, SMALL_GROUP_SIZE));
        data.addGroup(withUsers(group(SALES_GROUP), users, 2 * SMALL_GROUP_SIZE));
        GroupState dynamic = withUsers(group(DYNAMIC_GROUP), users, 3 * SMALL_GROUP_SIZE);
        dynamic.dynamic = true;
        data.addGroup(dynamic);
        GroupState partners = withUsers(group(PARTNER_GROUP), users, 4 * SMALL_GROUP_SIZE);
        partners.contacts.add(new ContactState(uuid(nextId++), "Northwind Traders helpdesk"));
        partners.contacts.add(new ContactState(uuid(nextId++), "Litware on-call"));
        data.addGroup(partners);
    }

    private static GroupState withUsers(GroupState group, List<UserState> users, int from) {
        for (int i = from; i < Math.min(users.size(), from + SMALL_GROUP_SIZE); i++) {
            group.memberUserIds.add(users.get(i).id);
        }
        return group;
    }

    private GroupState group(String displayName) {
        return new GroupState(uuid(nextId++), displayName);
    }

    private String uuid(int index) {
        return SyntheticIds.uuid(new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL * (index + 1)));
    }
}
