package cutover.core.synthetic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigratedUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.UserFingerprint;
import cutover.core.mfaserver.MobileAppDevice;
import cutover.core.mfaserver.PhoneNumber;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.HardwareOathStatus;
import cutover.core.tenant.HardwareOathToken;
import cutover.core.tenant.MethodPolicy;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.PolicyMethod;
import cutover.core.tenant.TenantSnapshot;

/**
 * A tenant snapshot that matches {@link SyntheticMfaServerUsers} of the same seed: most users are there by UPN
 * (some in other letter case), a few only by SID, a few are missing; about 30 % already carry the phones a
 * migration would write, 10 % a changed number, 10 % an unrelated office number; some have Authenticator devices,
 * hardware tokens already imported, a default method, or system-preferred authentication. The authentication
 * methods policy varies with the seed. {@code user(i)} depends only on seed and index.
 */
public final class SyntheticTenant {

    private static final int MIGRATED_PERCENT = 30;
    private static final int CHANGED_PERCENT = 40;

    private final long seed;
    private final SyntheticMfaServerUsers mfaServer;

    public SyntheticTenant(long seed) {
        this.seed = seed;
        this.mfaServer = new SyntheticMfaServerUsers(seed);
    }

    public TenantSnapshot snapshot(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        List<EntraUser> users = IntStream.range(0, count).parallel().mapToObj(this::user)
                .filter(u -> u != null).toList();
        return new TenantSnapshot(uuid(-1).toString(), SyntheticMfaServerUsers.REFERENCE_TIME, policy(), users);
    }

    /**
     * What an earlier migration recorded for this tenant: the users whose Entra phones are what a migration would
     * have written (about 30 %), with the fingerprint of their current MFA Server data, so a new plan skips them;
     * and a third of the users whose mobile number changed since (about 3 %), with the fingerprint of the data
     * before the change, so a new plan picks them up again.
     */
    public MigrationHistory history(int count) {
        List<MigratedUser> migrated = IntStream.range(0, count).parallel().mapToObj(this::migrated)
                .filter(m -> m != null).toList();
        return MigrationHistory.of(migrated);
    }

    private MigratedUser migrated(int index) {
        SplittableRandom random = random(index);
        int presence = random.nextInt(100);
        int category = random.nextInt(100);
        MfaServerUser source = mfaServer.user(index);
        Instant migratedAt = SyntheticMfaServerUsers.REFERENCE_TIME.minusSeconds(86_400L * (1 + index % 90));
        if (presence < 2 || source.phone() == null) {
            return null;
        }
        if (category < MIGRATED_PERCENT) {
            return new MigratedUser(source.upn(), UserFingerprint.of(source), migratedAt);
        }
        if (category < CHANGED_PERCENT && index % 3 == 0) {
            PhoneNumber before = changedNumber(source.phone());
            return new MigratedUser(source.upn(), UserFingerprint.of(source.toBuilder().phone(before).build()),
                    migratedAt);
        }
        return null;
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    /** The Entra side of MFA Server user {@code index}, or null when the tenant does not have that user. */
    public EntraUser user(int index) {
        MfaServerUser source = mfaServer.user(index);
        SplittableRandom random = random(index);
        int presence = random.nextInt(100);
        if (presence < 2) {
            return null;
        }
        String upn = source.upn();
        if (presence < 4) {
            upn = "renamed." + upn; // found by SID only
        } else if (presence < 8) {
            upn = upn.toUpperCase(java.util.Locale.ROOT);
        }
        EntraUser.Builder entra = EntraUser.builder(uuid(index).toString(), upn)
                .onPremisesSecurityIdentifier(source.identity().securityIdentifier())
                .onPremisesSamAccountName(source.identity().samAccountName())
                .onPremisesDistinguishedName(source.identity().distinguishedName())
                .onPremisesImmutableId(source.identity().objectGuid() == null ? null
                        : cutover.core.matching.MatchAttribute.immutableIdOf(source.identity().objectGuid()))
                .employeeId(source.identity().employeeId())
                .mail(source.identity().mail());
        List<EntraPhoneMethod> phones = phones(source, random.nextInt(100));
        entra.phones(phones);
        List<EntraMethod> usable = new ArrayList<>();
        if (random.nextInt(100) < 20 && source.deviceCount() > 0) {
            entra.authenticatorDevices(devices(source, index));
            usable.add(EntraMethod.PUSH);
        }
        if (source.oathTokenSerial() != null && random.nextBoolean()) {
            entra.hardwareOath(List.of(new HardwareOathToken(uuid(index + 7_000_000_000L).toString(),
                    source.oathTokenSerial(), "Contoso Tokens", "CT-6", HardwareOathStatus.ACTIVATED)));
            usable.add(EntraMethod.OATH);
        }
        for (EntraPhoneMethod phone : phones) {
            switch (phone.type()) {
                case MOBILE -> usable.addAll(List.of(EntraMethod.SMS, EntraMethod.VOICE_MOBILE));
                case ALTERNATE_MOBILE -> usable.add(EntraMethod.VOICE_ALTERNATE_MOBILE);
                case OFFICE -> usable.add(EntraMethod.VOICE_OFFICE);
            }
        }
        int preference = random.nextInt(100);
        int choice = random.nextInt(EntraMethod.values().length);
        if (preference < 30 && !usable.isEmpty()) {
            // a default method is always one the user has, as Entra ID requires when it is set
            entra.defaultMethod(usable.get(choice % usable.size()));
        }
        entra.systemPreferredEnabled(preference >= 95);
        return entra.build();
    }

    /** What a migration would have written (30 %), a changed mobile (10 %), an unrelated office number (10 %). */
    private static List<EntraPhoneMethod> phones(MfaServerUser user, int category) {
        List<EntraPhoneMethod> phones = new ArrayList<>(3);
        PhoneNumber phone = user.phone();
        if (category < MIGRATED_PERCENT && phone != null) {
            boolean text = user.defaultMethod().isTextMessage();
            if (!phone.hasExtension() || text) {
                PhoneNumber withoutExtension = PhoneNumber.of(phone.countryCode(), phone.number(), null);
                phones.add(new EntraPhoneMethod(PhoneType.MOBILE, withoutExtension.graphFormat()));
            } else {
                phones.add(new EntraPhoneMethod(PhoneType.OFFICE, phone.graphFormat()));
            }
            PhoneNumber backup = user.backupPhone();
            if (backup != null && !backup.hasExtension() && phones.get(0).type() == PhoneType.MOBILE) {
                phones.add(new EntraPhoneMethod(PhoneType.ALTERNATE_MOBILE, backup.graphFormat()));
            }
        } else if (category < CHANGED_PERCENT && phone != null) {
            PhoneNumber changed = changedNumber(phone);
            phones.add(new EntraPhoneMethod(PhoneType.MOBILE, "+" + changed.countryCode() + " " + changed.number()));
        } else if (category < 50) {
            phones.add(new EntraPhoneMethod(PhoneType.OFFICE, "+1 4255550" + (100 + category)));
        }
        return phones;
    }

    /** The number with its last digit moved on by one, and without extension. */
    private static PhoneNumber changedNumber(PhoneNumber phone) {
        String number = phone.number();
        char last = (char) ('0' + (number.charAt(number.length() - 1) - '0' + 1) % 10);
        return new PhoneNumber(phone.countryCode(), number.substring(0, number.length() - 1) + last, null);
    }

    private List<AuthenticatorDevice> devices(MfaServerUser user, int index) {
        List<AuthenticatorDevice> devices = new ArrayList<>();
        List<MobileAppDevice> source = user.devices();
        for (int i = 0; i < Math.min(2, source.size()); i++) {
            MobileAppDevice device = source.get(i);
            devices.add(new AuthenticatorDevice(uuid(index * 8L + i + 1_000_000_000L).toString(), device.name(),
                    null, device.activatedAt()));
        }
        return devices;
    }

    /** Seed 0 mod 4: everything allowed; 1: text messages off; 2: voice off; 3: software OATH off. */
    private AuthenticationMethodsPolicy policy() {
        List<MethodPolicy> methods = new ArrayList<>();
        int variant = (int) Math.floorMod(seed, 4L);
        for (PolicyMethod method : PolicyMethod.values()) {
            boolean off = variant == 1 && method == PolicyMethod.SMS || variant == 2 && method == PolicyMethod.VOICE
                    || variant == 3 && method == PolicyMethod.SOFTWARE_OATH;
            methods.add(off ? MethodPolicy.disabled(method) : MethodPolicy.enabledForAll(method));
        }
        return new AuthenticationMethodsPolicy(methods);
    }

    private UUID uuid(long index) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL ^ index * 0xBF58476D1CE4E5B9L);
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L; // IETF variant
        return new UUID(high, low);
    }
}
