package cutover.core.synthetic;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.MobileAppDevice;
import cutover.core.mfaserver.OnPremisesIdentity;
import cutover.core.mfaserver.PhoneNumber;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Deterministic generator of realistic MFA Server users for demos, tests and benchmarks. {@link #user(int)} is a
 * pure function of the seed and the index, so any slice of a population can be generated independently and in
 * parallel. Timestamps are relative to a fixed reference instant, never to the current time.
 */
public final class SyntheticMfaServerUsers {

    /** The generated population looks as if it was exported at this instant. */
    public static final Instant REFERENCE_TIME = Instant.parse("2025-06-30T12:00:00Z");

    private static final long SIX_YEARS_SECONDS = 6L * 365 * 24 * 3600;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** Cumulative per-mille thresholds for 0..7 devices: most users have 0 to 2, a thin tail reaches 7. */
    private static final int[] DEVICE_COUNT_THRESHOLDS = {440, 740, 880, 940, 970, 985, 995, 1000};
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] BASE64URL =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private final long seed;
    private final String domainSidPrefix;

    public SyntheticMfaServerUsers(long seed) {
        this.seed = seed;
        long a = mix(seed + GOLDEN_GAMMA);
        long b = mix(a);
        long c = mix(b);
        this.domainSidPrefix = "S-1-5-21-" + (a >>> 32) + "-" + (b >>> 32) + "-" + (c >>> 32) + "-";
    }

    /** The users with indexes 0 to count-1, in index order. Call {@code parallel()} on the result if wanted. */
    public Stream<MfaServerUser> users(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return IntStream.range(0, count).mapToObj(this::user);
    }

    /** The user with the given index (0 or more); equal seeds and indexes always give equal users. */
    public MfaServerUser user(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        SplittableRandom random = new SplittableRandom(mix(seed ^ mix(index + GOLDEN_GAMMA)));
        CountryPlan country = CountryPlan.pick(random);

        OnPremisesIdentity identity = identity(index, random, country);
        PhoneNumber phone = random.nextInt(100) < 95 ? phone(random, country, 9) : null;
        PhoneNumber backupPhone = phone != null && random.nextInt(100) < 42
                ? phone(random, random.nextInt(100) < 85 ? country : CountryPlan.pick(random), 3)
                : null;
        String serial = random.nextInt(100) < 8 ? oathTokenSerial(random) : null;
        MobileAppDevice[] devices = devices(random, deviceCount(random));
        if (phone == null && serial == null && devices.length == 0) {
            devices = devices(random, 1);
        }
        DefaultMethod method = defaultMethod(random, phone != null, devices.length > 0, serial != null);

        int languageRoll = random.nextInt(100);
        String language = languageRoll < 85 ? country.language : languageRoll < 90 ? "en" : null;
        long latestActivation = devices.length == 0 ? 0 : devices[devices.length - 1].activatedAt().getEpochSecond();
        Instant lastChanged = random.nextInt(100) < 95 ? lastChanged(random, latestActivation) : null;

        return MfaServerUser.builder()
                .identity(identity)
                .phone(phone)
                .backupPhone(backupPhone)
                .defaultMethod(method)
                .devices(Arrays.asList(devices))
                .oathTokenSerial(serial)
                .language(language)
                .enabled(random.nextInt(100) >= 3)
                .lastChanged(lastChanged)
                .build();
    }

    private OnPremisesIdentity identity(int index, SplittableRandom random, CountryPlan country) {
        String[] first = NameTables.FIRST_NAMES[random.nextInt(NameTables.FIRST_NAMES.length)];
        String[] last = NameTables.LAST_NAMES[random.nextInt(NameTables.LAST_NAMES.length)];
        String localPart = first[1] + '.' + last[1] + '.' + index;
        String upn = localPart + "@contoso.com";

        boolean lastNameFirst = random.nextInt(100) < 12;
        String displayName = lastNameFirst ? last[0] + ", " + first[0] : first[0] + ' ' + last[0];
        String department = NameTables.DEPARTMENTS[random.nextInt(NameTables.DEPARTMENTS.length)];
        String commonName = lastNameFirst ? last[0] + "\\, " + first[0] : displayName;
        String distinguishedName = "CN=" + commonName + ",OU=" + department + ",OU=Users,OU=" + country.site
                + ",DC=contoso,DC=com";

        int mailRoll = random.nextInt(100);
        String mail = mailRoll < 8 ? null : mailRoll < 23 ? first[1] + '.' + last[1] + index + "@fabrikam.com" : upn;
        String employeeId = random.nextInt(100) < 85 ? Integer.toString(100000 + index) : null;
        return new OnPremisesIdentity(upn, domainSidPrefix + (1100L + index), samAccountName(first[1], last[1], index),
                objectGuid(index), distinguishedName, displayName, mail, employeeId);
    }

    /** First initial plus last name, cut so that the unique index suffix keeps it within AD's 20 characters. */
    private static String samAccountName(String first, String last, int index) {
        String suffix = Integer.toString(index);
        String base = first.charAt(0) + last.replace("-", "");
        int room = 20 - suffix.length();
        return (base.length() > room ? base.substring(0, room) : base) + suffix;
    }

    private String objectGuid(int index) {
        long high = mix(seed * 31 + index * GOLDEN_GAMMA + 1);
        long low = mix(high ^ index);
        high = (high & ~0xF000L) | 0x4000L;
        low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static PhoneNumber phone(SplittableRandom random, CountryPlan country, int extensionPercent) {
        String extension = null;
        if (random.nextInt(100) < extensionPercent) {
            extension = Integer.toString(10 + random.nextInt(99_990));
        }
        return new PhoneNumber(country.countryCode, country.nationalNumber(random), extension);
    }

    private static String oathTokenSerial(SplittableRandom random) {
        int shape = random.nextInt(10);
        if (shape < 4) {
            return digits(random, "", 12);
        } else if (shape < 7) {
            return digits(random, "GALT", 8);
        } else if (shape < 9) {
            return digits(random, "TK", 10);
        }
        return digits(random, "YK-", 8);
    }

    private static String digits(SplittableRandom random, String prefix, int count) {
        StringBuilder text = new StringBuilder(prefix.length() + count).append(prefix);
        text.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    private static int deviceCount(SplittableRandom random) {
        int roll = random.nextInt(1000);
        int count = 0;
        while (roll >= DEVICE_COUNT_THRESHOLDS[count]) {
            count++;
        }
        return count;
    }

    /** Devices ordered by activation; some users re-activated the same phone model, so names repeat. */
    private static MobileAppDevice[] devices(SplittableRandom random, int count) {
        long[] activations = new long[count];
        for (int i = 0; i < count; i++) {
            activations[i] = REFERENCE_TIME.getEpochSecond() - random.nextLong(SIX_YEARS_SECONDS);
        }
        Arrays.sort(activations);
        MobileAppDevice[] devices = new MobileAppDevice[count];
        for (int i = 0; i < count; i++) {
            String name = i > 0 && random.nextInt(100) < 35 ? devices[i - 1].name() : deviceName(random);
            boolean apple = name.contains("iPhone") || name.contains("iPad");
            String token = apple ? randomText(random, HEX, "", 64) : randomText(random, BASE64URL, "APA91b", 40);
            devices[i] = new MobileAppDevice(name, token, Instant.ofEpochSecond(activations[i]),
                    random.nextInt(100) < 80);
        }
        return devices;
    }

    private static String deviceName(SplittableRandom random) {
        int roll = random.nextInt(1000);
        if (roll < 10) {
            return NameTables.UNUSUAL_DEVICE_NAMES[random.nextInt(NameTables.UNUSUAL_DEVICE_NAMES.length)];
        }
        String[] names = roll < 550 ? NameTables.IOS_DEVICE_NAMES : NameTables.ANDROID_DEVICE_NAMES;
        return names[random.nextInt(names.length)];
    }

    private static String randomText(SplittableRandom random, char[] alphabet, String prefix, int length) {
        char[] text = new char[prefix.length() + length];
        prefix.getChars(0, prefix.length(), text, 0);
        for (int i = prefix.length(); i < text.length; i++) {
            text[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(text);
    }

    /** Weighted choice among the methods the user can actually use. */
    private static DefaultMethod defaultMethod(SplittableRandom random, boolean phone, boolean devices,
            boolean serial) {
        int[] weights = new int[DefaultMethod.values().length];
        if (phone) {
            weights[DefaultMethod.PHONE_CALL_STANDARD.ordinal()] = 30;
            weights[DefaultMethod.PHONE_CALL_PIN.ordinal()] = 5;
            weights[DefaultMethod.TEXT_MESSAGE_OTP.ordinal()] = 35;
            weights[DefaultMethod.TEXT_MESSAGE_OTP_PIN.ordinal()] = 5;
        }
        if (devices) {
            weights[DefaultMethod.MOBILE_APP_STANDARD.ordinal()] = 45;
            weights[DefaultMethod.MOBILE_APP_PIN.ordinal()] = 6;
        }
        if (serial) {
            weights[DefaultMethod.OATH_TOKEN.ordinal()] = 40;
        }
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int ticket = random.nextInt(total);
        for (DefaultMethod method : DefaultMethod.values()) {
            ticket -= weights[method.ordinal()];
            if (ticket < 0) {
                return method;
            }
        }
        throw new IllegalStateException("no default method could be chosen");
    }

    /** Millisecond precision, after the latest activation and within the last six years. */
    private static Instant lastChanged(SplittableRandom random, long latestActivationSecond) {
        long lowest = Math.max(latestActivationSecond, REFERENCE_TIME.getEpochSecond() - SIX_YEARS_SECONDS) * 1000;
        long highest = REFERENCE_TIME.toEpochMilli();
        return Instant.ofEpochMilli(lowest + random.nextLong(highest - lowest + 1));
    }

    /** The finalizer of SplitMix64: spreads nearby inputs (seed, index) over the whole 64-bit range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
