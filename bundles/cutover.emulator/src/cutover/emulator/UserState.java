package cutover.emulator;

import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.HardwareOathToken;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.SoftwareOathMethod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One user as the emulator keeps it; mutable, guarded by the {@link LocalTenant}'s lock. Hardware OATH methods
 * are the ids of the devices assigned to the user (a method's id is its device's id).
 */
final class UserState {

    final String id;
    final String userPrincipalName;
    final String onPremisesSecurityIdentifier;
    final String onPremisesSamAccountName;
    final String onPremisesImmutableId;
    final String onPremisesDistinguishedName;
    final String employeeId;
    final String mail;
    final Map<PhoneType, String> phones = new EnumMap<>(PhoneType.class);
    final List<AuthenticatorDevice> authenticatorDevices = new ArrayList<>();
    final List<SoftwareOathMethod> softwareOath = new ArrayList<>();
    final List<String> hardwareOathDeviceIds = new ArrayList<>();
    EntraMethod defaultMethod;
    boolean systemPreferredEnabled;

    UserState(String id, String userPrincipalName, String onPremisesSecurityIdentifier,
            String onPremisesSamAccountName, String onPremisesImmutableId, String onPremisesDistinguishedName,
            String employeeId, String mail) {
        this.id = id;
        this.userPrincipalName = userPrincipalName;
        this.onPremisesSecurityIdentifier = onPremisesSecurityIdentifier;
        this.onPremisesSamAccountName = onPremisesSamAccountName;
        this.onPremisesImmutableId = onPremisesImmutableId;
        this.onPremisesDistinguishedName = onPremisesDistinguishedName;
        this.employeeId = employeeId;
        this.mail = mail;
    }

    /** The user's directory values and methods, except hardware OATH tokens, which live in the device directory. */
    static UserState of(EntraUser user) {
        UserState state = new UserState(user.objectId(), user.userPrincipalName(),
                user.onPremisesSecurityIdentifier(), user.onPremisesSamAccountName(), user.onPremisesImmutableId(),
                user.onPremisesDistinguishedName(), user.employeeId(), user.mail());
        for (EntraPhoneMethod phone : user.phones()) {
            state.phones.put(phone.type(), phone.phoneNumber());
        }
        state.authenticatorDevices.addAll(user.authenticatorDevices());
        state.softwareOath.addAll(user.softwareOath());
        state.defaultMethod = user.defaultMethod();
        state.systemPreferredEnabled = user.systemPreferredEnabled();
        return state;
    }

    EntraUser toEntraUser(List<HardwareOathToken> hardwareOath) {
        List<EntraPhoneMethod> phoneMethods = new ArrayList<>();
        phones.forEach((type, number) -> phoneMethods.add(new EntraPhoneMethod(type, number)));
        return EntraUser.builder(id, userPrincipalName)
                .onPremisesSecurityIdentifier(onPremisesSecurityIdentifier)
                .onPremisesSamAccountName(onPremisesSamAccountName)
                .onPremisesImmutableId(onPremisesImmutableId)
                .onPremisesDistinguishedName(onPremisesDistinguishedName)
                .employeeId(employeeId)
                .mail(mail)
                .phones(phoneMethods)
                .authenticatorDevices(authenticatorDevices)
                .softwareOath(softwareOath)
                .hardwareOath(hardwareOath)
                .defaultMethod(defaultMethod)
                .systemPreferredEnabled(systemPreferredEnabled)
                .build();
    }

    /** Mobile-app, software and hardware OATH registrations, which Entra ID limits to five per user. */
    int deviceCount() {
        return authenticatorDevices.size() + softwareOath.size() + hardwareOathDeviceIds.size();
    }

    /** Whether the user has a registered method that can serve as this default method. */
    boolean has(EntraMethod method) {
        return switch (method) {
            case PUSH -> !authenticatorDevices.isEmpty();
            case OATH -> !softwareOath.isEmpty() || !hardwareOathDeviceIds.isEmpty();
            case SMS, VOICE_MOBILE -> phones.containsKey(PhoneType.MOBILE);
            case VOICE_ALTERNATE_MOBILE -> phones.containsKey(PhoneType.ALTERNATE_MOBILE);
            case VOICE_OFFICE -> phones.containsKey(PhoneType.OFFICE);
        };
    }
}
