package cutover.core.plan;

/**
 * Why an action is in the plan. Each id is stable: exports, journals and the specialist's notes refer to it, so an
 * id is never renamed or reused, only added.
 */
public enum RuleId {

    PHONE_NO_EXT_MOBILE("PHONE-NO-EXT-MOBILE", "A phone without extension becomes the mobile phone."),
    PHONE_EXT_OFFICE("PHONE-EXT-OFFICE", "A phone with an extension becomes the office phone."),
    PHONE_SMS_DROP_EXT("PHONE-SMS-DROP-EXT",
            "When the default method is a text message, the phone's extension is dropped and it becomes the "
                    + "mobile phone."),
    BACKUP_NO_EXT_ALTERNATE("BACKUP-NO-EXT-ALTERNATE",
            "A backup phone without extension becomes the alternate mobile phone."),
    BACKUP_EXT_OFFICE("BACKUP-EXT-OFFICE", "A backup phone with an extension becomes the office phone."),
    BACKUP_BOTH_EXT_SKIP("BACKUP-BOTH-EXT-SKIP", "When both phones have extensions, the backup phone is not migrated."),
    DEVICE_LIMIT("DEVICE-LIMIT",
            "At most five mobile-app devices (four with a hardware OATH token) are migrated, newest first."),
    DEVICE_SAME_NAME_NEWEST("DEVICE-SAME-NAME-NEWEST",
            "Of several devices with the same name only the newest is migrated."),
    DEVICE_MATCH_EXISTING("DEVICE-MATCH-EXISTING", "The device already has an Authenticator registration in Entra ID."),
    DEVICE_NO_PUBLIC_API("DEVICE-NO-PUBLIC-API",
            "Microsoft Graph cannot create Authenticator or software OATH methods; the user must register again."),
    OATH_NEEDS_SEED("OATH-NEEDS-SEED",
            "A hardware OATH token can only be created with its secret from the vendor's seed file."),
    OATH_CREATE_ASSIGN("OATH-CREATE-ASSIGN",
            "The hardware OATH token is created from the seed file and assigned to the user."),
    OATH_MATCH_EXISTING("OATH-MATCH-EXISTING",
            "Entra ID already has a hardware OATH token with this serial number for the user."),
    OATH_OVER_LIMIT("OATH-OVER-LIMIT",
            "The user already has five devices in Entra ID, so the hardware OATH token is not added."),
    GRAPH_ALTERNATE_NEEDS_MOBILE("GRAPH-ALTERNATE-NEEDS-MOBILE",
            "Entra ID accepts an alternate mobile phone only when the user has a mobile phone."),
    GRAPH_TYPE_CHANGE_ADD_DELETE("GRAPH-TYPE-CHANGE-ADD-DELETE",
            "A phone method cannot change its type: the number is added with the new type and the old one deleted."),
    GRAPH_DEFAULT_NUMBER_KEPT("GRAPH-DEFAULT-NUMBER-KEPT",
            "The number of the user's default method in Entra ID cannot be deleted."),
    DEFAULT_ALWAYS("DEFAULT-ALWAYS", "The default method is always set from MFA Server."),
    DEFAULT_IF_UNSET("DEFAULT-IF-UNSET", "The default method is set from MFA Server only when Entra ID has none."),
    DEFAULT_MOST_SECURE_IF_UNSET("DEFAULT-MOST-SECURE-IF-UNSET",
            "When Entra ID has no default method, the most secure method the user will have is set."),
    DEFAULT_METHOD_UNAVAILABLE("DEFAULT-METHOD-UNAVAILABLE",
            "The user will not have the MFA Server default method in Entra ID; the most secure allowed one they "
                    + "will have is used."),
    DEFAULT_POLICY_REPLACED("DEFAULT-POLICY-REPLACED",
            "The authentication methods policy does not allow the method; the most secure allowed one the user "
                    + "will have is used."),
    MATCH_UNMATCHED("MATCH-UNMATCHED", "No Entra user was found for the MFA Server user."),
    MATCH_AMBIGUOUS("MATCH-AMBIGUOUS", "Several Entra users fit the MFA Server user; none is guessed."),
    UNCHANGED_SKIPPED("UNCHANGED-SKIPPED", "The user's migrated data has not changed since the last migration.");

    private final String id;
    private final String description;

    RuleId(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The stable id, for example {@code PHONE-EXT-OFFICE}. */
    public String id() {
        return id;
    }

    /** One sentence a migration specialist can read. */
    public String description() {
        return description;
    }

    /** The rule with this stable id, or null when there is none. */
    public static RuleId fromId(String id) {
        for (RuleId rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}
