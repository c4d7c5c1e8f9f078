package cutover.core.tenant;

import cutover.core.mfaserver.InvalidFieldException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One user of the Entra tenant with the authentication methods Graph reported for them. On-premises values come
 * from directory synchronisation and are null for cloud-only users; every optional value is null when absent
 * (blank text is stored as null). Holds no secrets: Graph returns none.
 *
 * @param objectId Entra object id (GUID)
 * @param userPrincipalName UPN, required
 * @param onPremisesSecurityIdentifier synchronised SID, or null
 * @param onPremisesSamAccountName synchronised sAMAccountName, or null
 * @param onPremisesImmutableId source anchor (by default base64 of the AD objectGUID), or null
 * @param onPremisesDistinguishedName synchronised DN, or null
 * @param employeeId employee id, or null
 * @param mail primary SMTP address, or null
 * @param phones registered phone methods, at most one per {@link PhoneType}
 * @param authenticatorDevices Microsoft Authenticator registrations
 * @param softwareOath software OATH token registrations
 * @param hardwareOath hardware OATH tokens assigned to the user
 * @param defaultMethod the user's preferred second factor, or null when not set
 * @param systemPreferredEnabled whether system-preferred MFA is on, in which case {@code defaultMethod} is ignored
 */
public record EntraUser(String objectId, String userPrincipalName, String onPremisesSecurityIdentifier,
        String onPremisesSamAccountName, String onPremisesImmutableId, String onPremisesDistinguishedName,
        String employeeId, String mail, List<EntraPhoneMethod> phones, List<AuthenticatorDevice> authenticatorDevices,
        List<SoftwareOathMethod> softwareOath, List<HardwareOathToken> hardwareOath, EntraMethod defaultMethod,
        boolean systemPreferredEnabled) {

    public EntraUser {
        TenantChecks.requireGuid("objectId", objectId);
        TenantChecks.requireText("userPrincipalName", userPrincipalName);
        if (userPrincipalName.indexOf('@') < 1 || userPrincipalName.indexOf(' ') >= 0) {
            throw new InvalidFieldException("userPrincipalName", "user principal name "
                    + TenantChecks.quote(userPrincipalName) + " must look like name@domain without spaces");
        }
        onPremisesSecurityIdentifier = TenantChecks.optionalText("onPremisesSecurityIdentifier",
                onPremisesSecurityIdentifier);
        onPremisesSamAccountName = TenantChecks.optionalText("onPremisesSamAccountName", onPremisesSamAccountName);
        onPremisesImmutableId = TenantChecks.optionalText("onPremisesImmutableId", onPremisesImmutableId);
        onPremisesDistinguishedName = TenantChecks.optionalText("onPremisesDistinguishedName",
                onPremisesDistinguishedName);
        employeeId = TenantChecks.optionalText("employeeId", employeeId);
        mail = TenantChecks.optionalText("mail", mail);
        phones = TenantChecks.copyOf("phones", phones);
        authenticatorDevices = TenantChecks.copyOf("authenticatorDevices", authenticatorDevices);
        softwareOath = TenantChecks.copyOf("softwareOath", softwareOath);
        hardwareOath = TenantChecks.copyOf("hardwareOath", hardwareOath);
        Set<PhoneType> seen = EnumSet.noneOf(PhoneType.class);
        for (EntraPhoneMethod phone : phones) {
            if (!seen.add(phone.type())) {
                throw new InvalidFieldException("phones", "user " + userPrincipalName + " has more than one "
                        + phone.type().graphName() + " phone; Entra ID keeps one number per phone type");
            }
        }
    }

    public static Builder builder(String objectId, String userPrincipalName) {
        return new Builder(objectId, userPrincipalName);
    }

    /** The phone of this type, or null. */
    public EntraPhoneMethod phone(PhoneType type) {
        for (EntraPhoneMethod phone : phones) {
            if (phone.type() == type) {
                return phone;
            }
        }
        return null;
    }

    /** Collects the values of an {@link EntraUser}; {@link #build()} validates them. */
    public static final class Builder {

        private final String objectId;
        private final String userPrincipalName;
        private String onPremisesSecurityIdentifier;
        private String onPremisesSamAccountName;
        private String onPremisesImmutableId;
        private String onPremisesDistinguishedName;
        private String employeeId;
        private String mail;
        private List<EntraPhoneMethod> phones = List.of();
        private List<AuthenticatorDevice> authenticatorDevices = List.of();
        private List<SoftwareOathMethod> softwareOath = List.of();
        private List<HardwareOathToken> hardwareOath = List.of();
        private EntraMethod defaultMethod;
        private boolean systemPreferredEnabled;

        private Builder(String objectId, String userPrincipalName) {
            this.objectId = objectId;
            this.userPrincipalName = userPrincipalName;
        }

        public Builder onPremisesSecurityIdentifier(String value) {
            onPremisesSecurityIdentifier = value;
            return this;
        }

        public Builder onPremisesSamAccountName(String value) {
            onPremisesSamAccountName = value;
            return this;
        }

        public Builder onPremisesImmutableId(String value) {
            onPremisesImmutableId = value;
            return this;
        }

        public Builder onPremisesDistinguishedName(String value) {
            onPremisesDistinguishedName = value;
            return this;
        }

        public Builder employeeId(String value) {
            employeeId = value;
            return this;
        }

        public Builder mail(String value) {
            mail = value;
            return this;
        }

        public Builder phones(List<EntraPhoneMethod> value) {
            phones = value;
            return this;
        }

        public Builder authenticatorDevices(List<AuthenticatorDevice> value) {
            authenticatorDevices = value;
            return this;
        }

        public Builder softwareOath(List<SoftwareOathMethod> value) {
            softwareOath = value;
            return this;
        }

        public Builder hardwareOath(List<HardwareOathToken> value) {
            hardwareOath = value;
            return this;
        }

        public Builder defaultMethod(EntraMethod value) {
            defaultMethod = value;
            return this;
        }

        public Builder systemPreferredEnabled(boolean value) {
            systemPreferredEnabled = value;
            return this;
        }

        public EntraUser build() {
            return new EntraUser(objectId, userPrincipalName, onPremisesSecurityIdentifier, onPremisesSamAccountName,
                    onPremisesImmutableId, onPremisesDistinguishedName, employeeId, mail, phones,
                    authenticatorDevices, softwareOath, hardwareOath, defaultMethod, systemPreferredEnabled);
        }
    }
}
