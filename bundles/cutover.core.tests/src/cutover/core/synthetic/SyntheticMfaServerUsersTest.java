package cutover.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.MobileAppDevice;
import cutover.core.mfaserver.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticMfaServerUsersTest {

    private static final int POPULATION = 20_000;
    private static List<MfaServerUser> users;

    @BeforeAll
    static void generate() {
        users = new SyntheticMfaServerUsers(20_240_601L).users(POPULATION).toList();
    }

    @Test
    void sameSeedGivesEqualUsersInAnyOrder() {
        SyntheticMfaServerUsers first = new SyntheticMfaServerUsers(7);
        SyntheticMfaServerUsers second = new SyntheticMfaServerUsers(7);

        for (int index : new int[] {0, 1, 2, 99, 12_345, 499_999, Integer.MAX_VALUE}) {
            assertEquals(first.user(index), second.user(index), "index " + index);
        }
        List<MfaServerUser> sequential = first.users(2_000).toList();
        List<MfaServerUser> parallel = second.users(2_000).parallel().toList();
        assertEquals(sequential, parallel);
        assertEquals(sequential.get(1_500), second.user(1_500));
    }

    @Test
    void differentSeedGivesDifferentUsers() {
        SyntheticMfaServerUsers one = new SyntheticMfaServerUsers(1);
        SyntheticMfaServerUsers two = new SyntheticMfaServerUsers(2);

        long different = IntStream.range(0, 200).filter(i -> !one.user(i).equals(two.user(i))).count();
        assertEquals(200, different);
        assertNotEquals(one.user(0).identity().securityIdentifier(), two.user(0).identity().securityIdentifier());
    }

    @Test
    void rejectsNegativeArguments() {
        SyntheticMfaServerUsers generator = new SyntheticMfaServerUsers(1);

        assertThrows(IllegalArgumentException.class, () -> generator.user(-1));
        assertThrows(IllegalArgumentException.class, () -> generator.users(-1));
    }

    @Test
    void aboutOneUserInTenHasAnExtension() {
        double share = share(users.stream().filter(MfaServerUser::hasExtension).count());

        assertTrue(share >= 0.05 && share <= 0.15, "extension share " + share);
    }

    @Test
    void deviceCountsRangeFromZeroToSevenWithRepeatedNames() {
        int[] histogram = new int[8];
        boolean repeatedName = false;
        for (MfaServerUser user : users) {
            histogram[user.deviceCount()]++;
            Set<String> names = new HashSet<>();
            for (MobileAppDevice device : user.devices()) {
                repeatedName |= !names.add(device.name());
            }
        }
        assertTrue(histogram[0] > histogram[1] && histogram[1] > histogram[2] && histogram[2] > histogram[4],
                java.util.Arrays.toString(histogram));
        assertTrue(histogram[7] > 0, "some users have 7 devices");
        assertTrue(repeatedName, "some users have two devices with the same name");
        assertTrue(users.stream().flatMap(u -> u.devices().stream()).anyMatch(MobileAppDevice::oathSecretKnown));
        assertTrue(users.stream().flatMap(u -> u.devices().stream()).anyMatch(d -> !d.oathSecretKnown()));
    }

    @Test
    void devicesAreOrderedByActivationWithinTheLastSixYears() {
        Instant earliest = SyntheticMfaServerUsers.REFERENCE_TIME.minus(Duration.ofDays(6 * 365));
        for (MfaServerUser user : users) {
            Instant previous = Instant.MIN;
            for (MobileAppDevice device : user.devices()) {
                assertFalse(device.activatedAt().isBefore(previous), user.upn());
                assertFalse(device.activatedAt().isBefore(earliest), user.upn());
                assertFalse(device.activatedAt().isAfter(SyntheticMfaServerUsers.REFERENCE_TIME), user.upn());
                previous = device.activatedAt();
            }
            if (user.lastChanged() != null && !user.devices().isEmpty()) {
                assertFalse(user.lastChanged().isBefore(previous), user.upn());
            }
        }
    }

    @Test
    void oathSerialsDisabledUsersAndBackupPhonesArePresentInPlausibleShares() {
        double serials = share(users.stream().filter(u -> u.oathTokenSerial() != null).count());
        double disabled = share(users.stream().filter(u -> !u.enabled()).count());
        double backups = share(users.stream().filter(u -> u.backupPhone() != null).count());

        assertTrue(serials > 0.05 && serials < 0.11, "OATH serial share " + serials);
        assertTrue(disabled > 0.015 && disabled < 0.05, "disabled share " + disabled);
        assertTrue(backups > 0.3 && backups < 0.5, "backup phone share " + backups);
    }

    @Test
    void everyDefaultMethodOccursAndFitsTheUsersMethods() {
        EnumSet<DefaultMethod> seen = EnumSet.noneOf(DefaultMethod.class);
        for (MfaServerUser user : users) {
            seen.add(user.defaultMethod());
            if (user.defaultMethod() == DefaultMethod.OATH_TOKEN) {
                assertTrue(user.oathTokenSerial() != null, user.upn());
            }
            if (user.defaultMethod().isMobileApp()) {
                assertTrue(user.deviceCount() > 0, user.upn());
            }
        }
        assertEquals(EnumSet.allOf(DefaultMethod.class), seen);
        long texts = users.stream().filter(u -> u.defaultMethod() == DefaultMethod.TEXT_MESSAGE_OTP).count();
        long pinTexts = users.stream().filter(u -> u.defaultMethod() == DefaultMethod.TEXT_MESSAGE_OTP_PIN).count();
        assertTrue(texts > 4 * pinTexts, "plain text messages are far more common than text + PIN");
    }

    @Test
    void phonesComeFromSeveralCountriesWithRealisticLengths() {
        Set<String> countryCodes = new HashSet<>();
        for (MfaServerUser user : users) {
            PhoneNumber phone = user.phone();
            if (phone == null) {
                continue;
            }
            countryCodes.add(phone.countryCode());
            if (phone.countryCode().equals("1")) {
                assertEquals(10, phone.number().length(), phone.display());
                assertTrue(phone.number().charAt(0) >= '2' && phone.number().charAt(3) >= '2', phone.display());
            }
        }
        assertTrue(countryCodes.containsAll(Set.of("1", "44", "49", "33", "91", "61", "81", "55")), countryCodes
                .toString());
        assertTrue(users.stream().map(MfaServerUser::language).distinct().count() >= 6);
    }

    @Test
    void identifiersAreUniqueAndWellFormed() {
        Set<String> upns = new HashSet<>();
        Set<String> sids = new HashSet<>();
        Set<String> guids = new HashSet<>();
        Set<String> accounts = new HashSet<>();
        for (MfaServerUser user : users) {
            upns.add(user.upn());
            sids.add(user.identity().securityIdentifier());
            guids.add(user.identity().objectGuid());
            accounts.add(user.identity().samAccountName());
            assertTrue(user.upn().matches("[a-z-]+\\.[a-z-]+\\.\\d+@contoso\\.com"), user.upn());
            assertTrue(user.identity().securityIdentifier().startsWith("S-1-5-21-"), user.upn());
            assertTrue(user.identity().samAccountName().length() <= 20, user.upn());
            assertTrue(user.identity().distinguishedName().endsWith(",DC=contoso,DC=com"), user.upn());
        }
        assertEquals(POPULATION, upns.size());
        assertEquals(POPULATION, sids.size());
        assertEquals(POPULATION, guids.size());
        assertEquals(POPULATION, accounts.size());
        assertTrue(users.stream().anyMatch(u -> u.identity().displayName().contains(",")),
                "some display names are 'Last, First'");
        assertTrue(users.stream().anyMatch(u -> !u.identity().displayName().chars().allMatch(c -> c < 128)),
                "some display names have accents");
    }

    private static double share(long count) {
        return count / (double) POPULATION;
    }
}
