package cutover.core.matching;

import cutover.core.mfaserver.OnPremisesIdentity;
import cutover.core.tenant.EntraUser;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * The on-premises attribute tried when the user principal name finds no Entra user. Each value pairs an MFA Server
 * value with the Entra attribute that directory synchronisation fills from the same AD attribute.
 */
public enum MatchAttribute {

    SAM_ACCOUNT_NAME("sAMAccountName"),
    EMPLOYEE_ID("employeeID"),
    MAIL("mail"),
    DISTINGUISHED_NAME("distinguishedName"),
    /** The AD objectGUID, compared with {@code onPremisesImmutableId}, Entra Connect's default source anchor. */
    IMMUTABLE_ID("objectGUID (as immutable ID)");

    private final String displayName;

    MatchAttribute(String displayName) {
        this.displayName = displayName;
    }

    /** The attribute's name as administrators know it from Active Directory. */
    public String displayName() {
        return displayName;
    }

    /** The MFA Server user's value as an index key, or null when the user has none. */
    String key(OnPremisesIdentity identity) {
        return switch (this) {
            case SAM_ACCOUNT_NAME -> caseless(identity.samAccountName());
            case EMPLOYEE_ID -> caseless(identity.employeeId());
            case MAIL -> caseless(identity.mail());
            case DISTINGUISHED_NAME -> caseless(identity.distinguishedName());
            case IMMUTABLE_ID -> identity.objectGuid() == null ? null : immutableIdOf(identity.objectGuid());
        };
    }

    /** The Entra user's value as an index key, or null when the user has none. */
    String key(EntraUser user) {
        return switch (this) {
            case SAM_ACCOUNT_NAME -> caseless(user.onPremisesSamAccountName());
            case EMPLOYEE_ID -> caseless(user.employeeId());
            case MAIL -> caseless(user.mail());
            case DISTINGUISHED_NAME -> caseless(user.onPremisesDistinguishedName());
            // base64 is case-sensitive
            case IMMUTABLE_ID -> user.onPremisesImmutableId();
        };
    }

    /** Active Directory compares these attributes without regard to case. */
    static String caseless(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /**
     * Base64 of the GUID's 16 bytes in the order Windows stores them: the first three groups little-endian, the
     * rest as written. That is how Entra Connect turns objectGUID into the immutable ID.
     */
    public static String immutableIdOf(String objectGuid) {
        UUID uuid = UUID.fromString(objectGuid);
        long high = uuid.getMostSignificantBits();
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.order(ByteOrder.LITTLE_ENDIAN).putInt((int) (high >>> 32)).putShort((short) (high >>> 16))
                .putShort((short) high);
        bytes.order(ByteOrder.BIG_ENDIAN).putLong(uuid.getLeastSignificantBits());
        return Base64.getEncoder().encodeToString(bytes.array());
    }
}
