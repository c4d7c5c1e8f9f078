package cutover.importers.mfaserver;

import static cutover.importers.mfaserver.TenantSnapshotFormat.*;

import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.HardwareOathToken;
import cutover.core.tenant.MethodPolicy;
import cutover.core.tenant.SoftwareOathMethod;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;

/** Renders the lines of a tenant snapshot into a reused {@link StringBuilder}, each ending with LF. */
final class TenantLineEncoder {


    private final StringBuilder line = new StringBuilder(1024);
    private boolean first;

    StringBuilder header(String tenantId, Instant takenAt) {
        begin();
        field(FORMAT).string(NAME);
        field(VERSION_FIELD).line.append(VERSION);
        field(TENANT_ID).string(tenantId);
        field(TAKEN_AT).instant(takenAt);
        return end();
    }

    StringBuilder policy(AuthenticationMethodsPolicy policy) {
        begin();
        field(CONFIGURATIONS).line.append('[');
        boolean firstMethod = true;
        for (MethodPolicy method : policy.methods()) {
            line.append(firstMethod ? "{" : ",{");
            firstMethod = false;
            first = true;
            field(CONFIGURATION_ID).string(method.method().graphId());
            field(STATE).string(method.enabled() ? ENABLED : DISABLED);
            // sorted so that the same policy always gives the same line
            field(INCLUDE_GROUPS).strings(new TreeSet<>(method.includeGroups()));
            field(EXCLUDE_GROUPS).strings(new TreeSet<>(method.excludeGroups()));
            line.append('}');
        }
        line.append(']');
        return end();
    }

    StringBuilder user(EntraUser user) {
        begin();
        field(ID).string(user.objectId());
        field(UPN).string(user.userPrincipalName());
        optional(SID, user.onPremisesSecurityIdentifier());
        optional(SAM_ACCOUNT_NAME, user.onPremisesSamAccountName());
        optional(IMMUTABLE_ID, user.onPremisesImmutableId());
        optional(DISTINGUISHED_NAME, user.onPremisesDistinguishedName());
        optional(EMPLOYEE_ID, user.employeeId());
        optional(MAIL, user.mail());
        field(PHONE_METHODS).line.append('[');
        for (int i = 0; i < user.phones().size(); i++) {
            EntraPhoneMethod phone = user.phones().get(i);
            openElement(i);
            field(PHONE_TYPE).string(phone.type().graphName());
            field(PHONE_NUMBER).string(phone.phoneNumber());
            line.append('}');
        }
        line.append("]");
        first = false;
        field(AUTHENTICATOR_METHODS).line.append('[');
        for (int i = 0; i < user.authenticatorDevices().size(); i++) {
            AuthenticatorDevice device = user.authenticatorDevices().get(i);
            openElement(i);
            field(ID).string(device.id());
            optional(DISPLAY_NAME, device.displayName());
            optional(DEVICE_TAG, device.deviceTag());
            if (device.createdDateTime() != null) {
                field(CREATED).instant(device.createdDateTime());
            }
            line.append('}');
        }
        line.append("]");
        first = false;
        field(SOFTWARE_OATH_METHODS).line.append('[');
        for (int i = 0; i < user.softwareOath().size(); i++) {
            SoftwareOathMethod method = user.softwareOath().get(i);
            openElement(i);
            field(ID).string(method.id());
            line.append('}');
        }
        line.append("]");
        first = false;
        field(HARDWARE_OATH_METHODS).line.append('[');
        for (int i = 0; i < user.hardwareOath().size(); i++) {
            HardwareOathToken token = user.hardwareOath().get(i);
            openElement(i);
            field(ID).string(token.id());
            field(SERIAL_NUMBER).string(token.serialNumber());
            optional(MANUFACTURER, token.manufacturer());
            optional(MODEL, token.model());
            field(STATUS).string(token.status().graphName());
            line.append('}');
        }
        line.append("]");
        first = false;
        if (user.defaultMethod() != null) {
            field(PREFERRED_METHOD).string(user.defaultMethod().graphName());
        }
        field(SYSTEM_PREFERRED).line.append(user.systemPreferredEnabled());
        return end();
    }

    private void begin() {
        line.setLength(0);
        line.append('{');
        first = true;
    }

    private StringBuilder end() {
        return line.append("}\n");
    }

    private void openElement(int index) {
        line.append(index == 0 ? "{" : ",{");
        first = true;
    }

    private TenantLineEncoder field(String name) {
        if (!first) {
            line.append(',');
        }
        first = false;
        line.append('"').append(name).append("\":");
        return this;
    }

    private void optional(String name, String value) {
        if (value != null) {
            field(name).string(value);
        }
    }

    private void instant(Instant value) {
        line.append('"');
        IsoInstantFormatter.append(value, line);
        line.append('"');
    }

    private void strings(Collection<String> values) {
        line.append('[');
        boolean firstValue = true;
        for (String value : values) {
            if (!firstValue) {
                line.append(',');
            }
            firstValue = false;
            string(value);
        }
        line.append(']');
    }

    private void string(String value) {
        JsonText.appendQuoted(line, value);
    }
}
