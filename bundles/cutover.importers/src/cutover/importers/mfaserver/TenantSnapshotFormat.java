package cutover.importers.mfaserver;

/** Identification and field names of the tenant snapshot format, shared by reader and writer. */
final class TenantSnapshotFormat {

    static final String NAME = "cutover-tenant-snapshot";
    static final int VERSION = 1;
    static final String HEADER_EXAMPLE = "{\"format\":\"" + NAME + "\",\"version\":" + VERSION
            + ",\"tenantId\":\"…\",\"takenAt\":\"…\"}";

    static final String FORMAT = "format";
    static final String VERSION_FIELD = "version";
    static final String TENANT_ID = "tenantId";
    static final String TAKEN_AT = "takenAt";

    static final String CONFIGURATIONS = "authenticationMethodConfigurations";
    static final String CONFIGURATION_ID = "id";
    static final String STATE = "state";
    static final String INCLUDE_GROUPS = "includeGroups";
    static final String EXCLUDE_GROUPS = "excludeGroups";
    static final String ENABLED = "enabled";
    static final String DISABLED = "disabled";

    static final String ID = "id";
    static final String UPN = "userPrincipalName";
    static final String SID = "onPremisesSecurityIdentifier";
    static final String SAM_ACCOUNT_NAME = "onPremisesSamAccountName";
    static final String IMMUTABLE_ID = "onPremisesImmutableId";
    static final String DISTINGUISHED_NAME = "onPremisesDistinguishedName";
    static final String EMPLOYEE_ID = "employeeId";
    static final String MAIL = "mail";
    static final String PHONE_METHODS = "phoneMethods";
    static final String PHONE_TYPE = "phoneType";
    static final String PHONE_NUMBER = "phoneNumber";
    static final String AUTHENTICATOR_METHODS = "microsoftAuthenticatorMethods";
    static final String DISPLAY_NAME = "displayName";
    static final String DEVICE_TAG = "deviceTag";
    static final String CREATED = "createdDateTime";
    static final String SOFTWARE_OATH_METHODS = "softwareOathMethods";
    static final String HARDWARE_OATH_METHODS = "hardwareOathMethods";
    static final String SERIAL_NUMBER = "serialNumber";
    static final String MANUFACTURER = "manufacturer";
    static final String MODEL = "model";
    static final String STATUS = "status";
    static final String PREFERRED_METHOD = "userPreferredMethodForSecondaryAuthentication";
    static final String SYSTEM_PREFERRED = "isSystemPreferredAuthenticationMethodEnabled";
    /** Graph's name for an OATH secret; refused wherever it appears. */
    static final String SECRET_KEY = "secretKey";

    private TenantSnapshotFormat() {
    }
}
