package cutover.core.plan;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.MobileAppDevice;
import cutover.core.mfaserver.PhoneNumber;

/**
 * A short, stable digest of the MFA Server data a migration writes: phones, default method, mobile-app devices and
 * the OATH token serial. Anything else (language, last change time, identity) is left out, so a user whose
 * migrated data is the same gets the same fingerprint in every run and on every machine.
 *
 * <p>The digest detects change; it is not a security measure, so a fast 64-bit hash is enough. The "v1:" prefix
 * lets a later version change what is hashed without mistaking old fingerprints for matches.
 */
public final class UserFingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final char SEPARATOR = '\u001f';
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private long hash = FNV_OFFSET;

    private UserFingerprint() {
    }

    /** For example {@code v1:3f1c0a9b77e4d210}. */
    public static String of(MfaServerUser user) {
        UserFingerprint digest = new UserFingerprint();
        digest.phone(user.phone());
        digest.phone(user.backupPhone());
        digest.text(user.defaultMethod().exportCode());
        digest.text(user.oathTokenSerial());
        for (MobileAppDevice device : user.devices()) {
            digest.text(device.name());
            digest.text(device.deviceToken());
            digest.number(device.activatedAt().getEpochSecond());
            digest.number(device.activatedAt().getNano());
            digest.number(device.oathSecretKnown() ? 1 : 0);
        }
        return digest.hex();
    }

    /** Whether {@code text} has the form {@link #of} produces. */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != 19 || !text.startsWith("v1:")) {
            return false;
        }
        for (int i = 3; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private void phone(PhoneNumber phone) {
        text(phone == null ? null : phone.countryCode());
        text(phone == null ? null : phone.number());
        text(phone == null ? null : phone.extension());
    }

    private void text(String value) {
        if (value == null) {
            add('\u0000');
        } else {
            for (int i = 0; i < value.length(); i++) {
                add(value.charAt(i));
            }
        }
        add(SEPARATOR);
    }

    private void number(long value) {
        for (int shift = 0; shift < 64; shift += 16) {
            add((char) (value >>> shift));
        }
        add(SEPARATOR);
    }

    private void add(char c) {
        hash = (hash ^ (c & 0xff)) * FNV_PRIME;
        hash = (hash ^ (c >>> 8)) * FNV_PRIME;
    }

    private String hex() {
        // final avalanche so that small input changes flip many output bits
        long h = hash;
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        char[] out = new char[19];
        out[0] = 'v';
        out[1] = '1';
        out[2] = ':';
        for (int i = 0; i < 16; i++) {
            out[3 + i] = HEX[(int) (h >>> (60 - 4 * i)) & 0xf];
        }
        return new String(out);
    }
}
