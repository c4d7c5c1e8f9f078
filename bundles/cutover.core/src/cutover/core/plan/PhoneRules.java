package cutover.core.plan;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.PhoneNumber;
import cutover.core.tenant.PhoneType;
import java.util.EnumMap;

/**
 * The migration guide's rows for the phone and the backup phone: which Entra phone slot each one goes to. Graph's
 * own constraints are applied afterwards by {@link GraphPhoneRules}.
 */
final class PhoneRules {

    private PhoneRules() {
    }

    /** The slots the user's phones go to; a backup phone the rules leave out is recorded as a skip. */
    static EnumMap<PhoneType, PhonePlacement> place(MfaServerUser user, UserActions out) {
        EnumMap<PhoneType, PhonePlacement> slots = new EnumMap<>(PhoneType.class);
        PhoneNumber phone = user.phone();
        if (phone != null) {
            if (phone.hasExtension() && user.defaultMethod().isTextMessage()) {
                slots.put(PhoneType.MOBILE, new PhonePlacement(PhoneType.MOBILE, withoutExtension(phone),
                        RuleId.PHONE_SMS_DROP_EXT, "the default method is a text message, which needs a mobile "
                                + "number, so the phone's extension x" + phone.extension() + " is dropped and the "
                                + "phone becomes the mobile phone"));
            } else if (phone.hasExtension()) {
                slots.put(PhoneType.OFFICE, new PhonePlacement(PhoneType.OFFICE, phone.graphFormat(),
                        RuleId.PHONE_EXT_OFFICE, "the phone has an extension, so it becomes the office phone"));
            } else {
                slots.put(PhoneType.MOBILE, new PhonePlacement(PhoneType.MOBILE, phone.graphFormat(),
                        RuleId.PHONE_NO_EXT_MOBILE, "the phone has no extension, so it becomes the mobile phone"));
            }
        }
        PhoneNumber backup = user.backupPhone();
        if (backup != null) {
            if (backup.hasExtension() && phone != null && phone.hasExtension()) {
                out.skip(RuleId.BACKUP_BOTH_EXT_SKIP, () -> "backup phone " + backup.graphFormat()
                        + " is not migrated: both the phone and the backup phone have extensions");
            } else if (backup.hasExtension()) {
                slots.put(PhoneType.OFFICE, new PhonePlacement(PhoneType.OFFICE, backup.graphFormat(),
                        RuleId.BACKUP_EXT_OFFICE, "the backup phone has an extension, so it becomes the office phone"));
            } else {
                slots.put(PhoneType.ALTERNATE_MOBILE, new PhonePlacement(PhoneType.ALTERNATE_MOBILE,
                        backup.graphFormat(), RuleId.BACKUP_NO_EXT_ALTERNATE,
                        "the backup phone has no extension, so it becomes the alternate mobile phone"));
            }
        }
        return slots;
    }

    /** The slot the rules give the MFA Server phone (not the backup phone), or null when the user has none. */
    static PhoneType primarySlot(MfaServerUser user) {
        PhoneNumber phone = user.phone();
        if (phone == null) {
            return null;
        }
        return phone.hasExtension() && !user.defaultMethod().isTextMessage() ? PhoneType.OFFICE : PhoneType.MOBILE;
    }

    private static String withoutExtension(PhoneNumber phone) {
        return "+" + phone.countryCode() + " " + phone.number();
    }
}
