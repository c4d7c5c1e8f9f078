package cutover.importers.mfaserver;

/**
 * The columns of the CSV encoding, which are also the field names of the JSON Lines encoding, in the order the
 * writer emits them. docs/formats/mfaserver-export-v1.md describes each one.
 */
enum ExportColumn {

    UPN("upn"),
    DISPLAY_NAME("display_name"),
    SAM_ACCOUNT_NAME("sam_account_name"),
    SECURITY_IDENTIFIER("security_identifier"),
    OBJECT_GUID("object_guid"),
    DISTINGUISHED_NAME("distinguished_name"),
    MAIL("mail"),
    EMPLOYEE_ID("employee_id"),
    ENABLED("enabled"),
    DEFAULT_METHOD("default_method"),
    PHONE_COUNTRY_CODE("phone_country_code"),
    PHONE_NUMBER("phone_number"),
    PHONE_EXTENSION("phone_extension"),
    BACKUP_PHONE_COUNTRY_CODE("backup_phone_country_code"),
    BACKUP_PHONE_NUMBER("backup_phone_number"),
    BACKUP_PHONE_EXTENSION("backup_phone_extension"),
    MOBILE_APP_DEVICES("mobile_app_devices"),
    OATH_TOKEN_SERIAL("oath_token_serial"),
    LANGUAGE("language"),
    LAST_CHANGED("last_changed");

    static final ExportColumn[] ALL = values();

    private final String columnName;

    ExportColumn(String columnName) {
        this.columnName = columnName;
    }

    /** The snake_case name used in the CSV header and as JSON field name. */
    String columnName() {
        return columnName;
    }

    /** Finds a column by name, ignoring case and surrounding blanks; null when unknown. */
    static ExportColumn byName(String name) {
        String trimmed = name.strip();
        for (ExportColumn column : ALL) {
            if (column.columnName.equalsIgnoreCase(trimmed)) {
                return column;
            }
        }
        return null;
    }

    /** The column holding a component of {@code OnPremisesIdentity}. */
    static ExportColumn forIdentityField(String field) {
        return switch (field) {
            case "securityIdentifier" -> SECURITY_IDENTIFIER;
            case "samAccountName" -> SAM_ACCOUNT_NAME;
            case "objectGuid" -> OBJECT_GUID;
            case "distinguishedName" -> DISTINGUISHED_NAME;
            case "displayName" -> DISPLAY_NAME;
            case "mail" -> MAIL;
            case "employeeId" -> EMPLOYEE_ID;
            default -> UPN;
        };
    }

    /** The column holding a component of a {@code PhoneNumber}. */
    static ExportColumn forPhoneField(String field, boolean backup) {
        return switch (field) {
            case "countryCode" -> backup ? BACKUP_PHONE_COUNTRY_CODE : PHONE_COUNTRY_CODE;
            case "extension" -> backup ? BACKUP_PHONE_EXTENSION : PHONE_EXTENSION;
            default -> backup ? BACKUP_PHONE_NUMBER : PHONE_NUMBER;
        };
    }

    /** The column a {@code MfaServerUser.Builder} property comes from. */
    static ExportColumn forUserField(String field) {
        return switch (field) {
            case "defaultMethod" -> DEFAULT_METHOD;
            case "phone" -> PHONE_NUMBER;
            case "backupPhone" -> BACKUP_PHONE_NUMBER;
            case "devices" -> MOBILE_APP_DEVICES;
            case "oathTokenSerial" -> OATH_TOKEN_SERIAL;
            case "language" -> LANGUAGE;
            case "lastChanged" -> LAST_CHANGED;
            default -> UPN;
        };
    }
}
