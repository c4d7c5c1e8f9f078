package cutover.core.audit;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The users of a synthetic audit log: user i's UPN, object id and mobile number are a pure function of the seed
 * and i, made on first use and kept (a user has several events).
 */
final class SyntheticAuditUsers {

    private static final String[] FIRST_NAMES = {
        "ana", "diana", "juliana", "oliver", "amelia", "noah", "isla", "leo", "mila", "arthur", "freya", "theo",
        "nora", "felix", "hana", "ivan", "lena", "marco", "sara", "tomas", "yara", "omar", "elena", "kofi", "ines",
        "raj", "chen", "aiko", "lars", "zainab", "pablo", "greta", "samir", "ada", "bruno", "clara",
    };

    private static final String[] LAST_NAMES = {
        "fischer", "novak", "okoye", "tanaka", "martin", "lindqvist", "moreno", "kaur", "dubois", "hughes",
        "romano", "petrov", "haddad", "kowalczyk", "ng", "oconnor", "silva", "berg", "mensah", "yamada", "weber",
        "costa", "janssen", "ali", "park", "lopez", "nielsen", "rahman", "schulz", "kim",
    };

    /** Area codes for the fictional 555-01xx numbers. */
    private static final String[] AREA_CODES = {"206", "425", "312", "617", "503", "415", "512", "303"};

    private final long seed;
    private final String[] principalNames;
    private final String[] objectIds;

    SyntheticAuditUsers(int count, long seed) {
        this.seed = seed;
        principalNames = new String[count];
        objectIds = new String[count];
    }

    int count() {
        return principalNames.length;
    }

    String principalName(int user) {
        if (principalNames[user] == null) {
            long mix = mix(seed ^ 0x51A7E5L, user);
            principalNames[user] = FIRST_NAMES[(int) Long.remainderUnsigned(mix, FIRST_NAMES.length)] + "."
                    + LAST_NAMES[(int) Long.remainderUnsigned(mix >>> 20, LAST_NAMES.length)] + user
                    + "@contoso.com";
        }
        return principalNames[user];
    }

    String objectId(int user) {
        if (objectIds[user] == null) {
            objectIds[user] = guid(mix(seed, user), mix(seed ^ 0x0B1EC71DL, user));
        }
        return objectIds[user];
    }

    /** The user's mobile number as Entra ID's legacy properties show it, {@code +1 2065550123}. */
    String mobile(int user) {
        long mix = mix(seed ^ 0x9E0E5L, user);
        int line = (int) Long.remainderUnsigned(mix >>> 16, 100);
        return "+1 " + AREA_CODES[(int) Long.remainderUnsigned(mix, AREA_CODES.length)] + "55501" + line / 10
                + line % 10;
    }

    /** A random-looking version 4 GUID in the usual lower-case form. */
    static String guid(long high, long low) {
        return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L)
                .toString();
    }

    /** A well-mixed 64-bit value of a seed and an index. */
    private static long mix(long seed, long index) {
        return new SplittableRandom(seed + index).nextLong();
    }
}
