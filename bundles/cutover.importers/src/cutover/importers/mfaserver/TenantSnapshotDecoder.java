package cutover.importers.mfaserver;

import static cutover.importers.mfaserver.TenantSnapshotFormat.*;

import cutover.core.mfaserver.InvalidFieldException;
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
import cutover.core.tenant.SoftwareOathMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns the lines of a tenant snapshot into header values, the policy and users. Not thread-safe. */
final class TenantSnapshotDecoder {

    private static final Set<String> HEADER_FIELDS = Set.of(FORMAT, VERSION_FIELD, TENANT_ID, TAKEN_AT);
    private static final Set<String> POLICY_FIELDS = Set.of(CONFIGURATIONS);
    private static final Set<String> CONFIGURATION_FIELDS =
            Set.of(CONFIGURATION_ID, STATE, INCLUDE_GROUPS, EXCLUDE_GROUPS);
    private static final Set<String> USER_FIELDS = Set.of(ID, UPN, SID, SAM_ACCOUNT_NAME, IMMUTABLE_ID,
            DISTINGUISHED_NAME, EMPLOYEE_ID, MAIL, PHONE_METHODS, AUTHENTICATOR_METHODS, SOFTWARE_OATH_METHODS,
            HARDWARE_OATH_METHODS, PREFERRED_METHOD, SYSTEM_PREFERRED);
    private static final Set<String> PHONE_FIELDS = Set.of(PHONE_TYPE, PHONE_NUMBER);
    private static final Set<String> AUTHENTICATOR_FIELDS = Set.of(ID, DISPLAY_NAME, DEVICE_TAG, CREATED);
    private static final Set<String> SOFTWARE_OATH_FIELDS = Set.of(ID);
    private static final Set<String> HARDWARE_OATH_FIELDS = Set.of(ID, SERIAL_NUMBER, MANUFACTURER, MODEL, STATUS);

    /** The values of the header line. */
    record Header(String tenantId, Instant takenAt) {
    }

    private final JsonLineObjects lines = new JsonLineObjects();

    Header header(byte[] bytes, int start, int end) throws LineRejectedException {
        JsonObjectFields header;
        try {
            header = parse(bytes, start, end);
        } catch (LineRejectedException e) {
            throw new LineRejectedException("the first line is not a valid header object (" + e.getMessage()
                    + "); expected " + HEADER_EXAMPLE);
        }
        String format = header.text(FORMAT);
        if (format == null) {
            throw new LineRejectedException("the first line has no \"format\" field; a tenant snapshot starts with "
                    + HEADER_EXAMPLE);
        }
        if (!NAME.equals(format)) {
            throw new LineRejectedException("this is not a Cutover tenant snapshot: format is \"" + format
                    + "\", expected \"" + NAME + "\"");
        }
        BigDecimal version = header.requiredNumber(VERSION_FIELD);
        if (version.compareTo(BigDecimal.valueOf(VERSION)) != 0) {
            throw new LineRejectedException("unsupported tenant snapshot version " + version.toPlainString()
                    + "; this version of Cutover reads version " + VERSION + " only");
        }
        header.allowOnly(HEADER_FIELDS);
        String tenantId = header.requiredText(TENANT_ID);
        Instant takenAt = header.instant(TAKEN_AT);
        if (takenAt == null) {
            throw header.rejected(TAKEN_AT, "is missing");
        }
        return new Header(tenantId, takenAt);
    }

    AuthenticationMethodsPolicy policy(byte[] bytes, int start, int end) throws LineRejectedException {
        JsonObjectFields policy = parse(bytes, start, end);
        if (!policy.has(CONFIGURATIONS)) {
            throw new LineRejectedException("the second line must be the policy object with a \"" + CONFIGURATIONS
                    + "\" array");
        }
        policy.allowOnly(POLICY_FIELDS);
        List<MethodPolicy> methods = new ArrayList<>();
        for (JsonObjectFields configuration : policy.objects(CONFIGURATIONS)) {
            configuration.allowOnly(CONFIGURATION_FIELDS);
            String id = configuration.requiredText(CONFIGURATION_ID);
            PolicyMethod method = PolicyMethod.fromGraphId(id);
            if (method == null) {
                throw configuration.rejected(CONFIGURATION_ID, "unknown method \"" + id + "\"; expected one of "
                        + "MicrosoftAuthenticator, Sms, Voice, SoftwareOath, HardwareOath");
            }
            String state = configuration.requiredText(STATE);
            if (!ENABLED.equals(state) && !DISABLED.equals(state)) {
                throw configuration.rejected(STATE, "must be \"enabled\" or \"disabled\"");
            }
            methods.add(new MethodPolicy(method, ENABLED.equals(state), uniqueTexts(configuration, INCLUDE_GROUPS),
                    uniqueTexts(configuration, EXCLUDE_GROUPS)));
        }
        try {
            return new AuthenticationMethodsPolicy(methods);
        } catch (InvalidFieldException e) {
            throw new LineRejectedException(e.getMessage());
        }
    }

    EntraUser user(byte[] bytes, int start, int end) throws LineRejectedException {
        JsonObjectFields user = parse(bytes, start, end);
        user.allowOnly(USER_FIELDS);
        try {
            return EntraUser.builder(user.requiredText(ID), user.requiredText(UPN))
                    .onPremisesSecurityIdentifier(user.text(SID))
                    .onPremisesSamAccountName(user.text(SAM_ACCOUNT_NAME))
                    .onPremisesImmutableId(user.text(IMMUTABLE_ID))
                    .onPremisesDistinguishedName(user.text(DISTINGUISHED_NAME))
                    .employeeId(user.text(EMPLOYEE_ID))
                    .mail(user.text(MAIL))
                    .phones(phones(user))
                    .authenticatorDevices(authenticatorDevices(user))
                    .softwareOath(softwareOath(user))
                    .hardwareOath(hardwareOath(user))
                    .defaultMethod(preferredMethod(user))
                    .systemPreferredEnabled(user.requiredBoolean(SYSTEM_PREFERRED))
                    .build();
        } catch (InvalidFieldException e) {
            throw new LineRejectedException(e.getMessage());
        }
    }

    private static List<EntraPhoneMethod> phones(JsonObjectFields user) throws LineRejectedException {
        List<EntraPhoneMethod> phones = new ArrayList<>();
        for (JsonObjectFields phone : user.objects(PHONE_METHODS)) {
            phone.allowOnly(PHONE_FIELDS);
            String typeName = phone.requiredText(PHONE_TYPE);
            PhoneType type = PhoneType.fromGraphName(typeName);
            if (type == null) {
                throw phone.rejected(PHONE_TYPE, "unknown phone type \"" + typeName
                        + "\"; expected mobile, alternateMobile or office");
            }
            try {
                phones.add(new EntraPhoneMethod(type, phone.requiredText(PHONE_NUMBER)));
            } catch (InvalidFieldException e) {
                throw phone.rejected(PHONE_NUMBER, e.getMessage());
            }
        }
        return phones;
    }

    private static List<AuthenticatorDevice> authenticatorDevices(JsonObjectFields user)
            throws LineRejectedException {
        List<AuthenticatorDevice> devices = new ArrayList<>();
        for (JsonObjectFields device : user.objects(AUTHENTICATOR_METHODS)) {
            device.allowOnly(AUTHENTICATOR_FIELDS);
            devices.add(new AuthenticatorDevice(device.requiredText(ID), device.text(DISPLAY_NAME),
                    device.text(DEVICE_TAG), device.instant(CREATED)));
        }
        return devices;
    }

    private static List<SoftwareOathMethod> softwareOath(JsonObjectFields user) throws LineRejectedException {
        List<SoftwareOathMethod> methods = new ArrayList<>();
        for (JsonObjectFields method : user.objects(SOFTWARE_OATH_METHODS)) {
            method.allowOnly(SOFTWARE_OATH_FIELDS);
            methods.add(new SoftwareOathMethod(method.requiredText(ID)));
        }
        return methods;
    }

    private static List<HardwareOathToken> hardwareOath(JsonObjectFields user) throws LineRejectedException {
        List<HardwareOathToken> tokens = new ArrayList<>();
        for (JsonObjectFields token : user.objects(HARDWARE_OATH_METHODS)) {
            token.allowOnly(HARDWARE_OATH_FIELDS);
            String statusName = token.requiredText(STATUS);
            HardwareOathStatus status = HardwareOathStatus.fromGraphName(statusName);
            if (status == null) {
                throw token.rejected(STATUS, "unknown status \"" + statusName
                        + "\"; expected available, assigned, activated or failedActivation");
            }
            tokens.add(new HardwareOathToken(token.requiredText(ID), token.requiredText(SERIAL_NUMBER),
                    token.text(MANUFACTURER), token.text(MODEL), status));
        }
        return tokens;
    }

    private static EntraMethod preferredMethod(JsonObjectFields user) throws LineRejectedException {
        String name = user.text(PREFERRED_METHOD);
        if (name == null) {
            return null;
        }
        EntraMethod method = EntraMethod.fromGraphName(name);
        if (method == null) {
            throw user.rejected(PREFERRED_METHOD, "unknown method \"" + name
                    + "\"; expected push, oath, voiceMobile, voiceAlternateMobile, voiceOffice or sms");
        }
        return method;
    }

    private static Set<String> uniqueTexts(JsonObjectFields object, String name) throws LineRejectedException {
        List<String> texts = object.texts(name);
        Set<String> unique = new HashSet<>(texts);
        if (unique.size() != texts.size()) {
            throw object.rejected(name, "lists a group twice");
        }
        return unique;
    }

    private JsonObjectFields parse(byte[] bytes, int start, int end) throws LineRejectedException {
        return new JsonObjectFields(lines.parse(bytes, start, end), "");
    }
}
