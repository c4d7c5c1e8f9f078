package cutover.core.plan;

import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.HardwareOathStatus;
import cutover.core.tenant.HardwareOathToken;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.TenantSnapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What Entra ID would hold after every write of a plan succeeded, worked out from the plan's operations and body
 * summaries alone, the way a reviewer reads them. Users the plan does not write keep their Entra data.
 */
final class AppliedPlan {

    private AppliedPlan() {
    }

    static TenantSnapshot apply(TenantSnapshot tenant, Plan plan) {
        Map<String, List<PlanAction>> writesByObjectId = new HashMap<>();
        for (PlanAction action : PlanFixture.writes(plan)) {
            writesByObjectId.computeIfAbsent(action.objectId(), id -> new ArrayList<>()).add(action);
        }
        List<EntraUser> after = new ArrayList<>(tenant.users().size());
        for (EntraUser entra : tenant.users()) {
            List<PlanAction> writes = writesByObjectId.get(entra.objectId());
            after.add(writes == null ? entra : apply(entra, writes));
        }
        return new TenantSnapshot(tenant.tenantId(), tenant.takenAt(), tenant.policy(), after);
    }

    private static EntraUser apply(EntraUser entra, List<PlanAction> writes) {
        EnumMap<PhoneType, String> phones = new EnumMap<>(PhoneType.class);
        entra.phones().forEach(phone -> phones.put(phone.type(), phone.phoneNumber()));
        List<HardwareOathToken> tokens = new ArrayList<>(entra.hardwareOath());
        EntraMethod defaultMethod = entra.defaultMethod();
        for (PlanAction write : writes) {
            Map<String, String> body = body(write.bodySummary());
            GraphOperation operation = write.operation();
            if (operation == GraphOperation.ADD_PHONE) {
                phones.put(PhoneType.fromGraphName(body.get("phoneType")), body.get("phoneNumber"));
            } else if (operation == GraphOperation.CREATE_HARDWARE_OATH) {
                tokens.add(new HardwareOathToken("t-" + body.get("serialNumber"), body.get("serialNumber"), null,
                        null, HardwareOathStatus.ASSIGNED));
            } else if (operation == GraphOperation.SET_DEFAULT_METHOD) {
                defaultMethod = EntraMethod.fromGraphName(body.get("userPreferredMethodForSecondaryAuthentication"));
            } else {
                for (PhoneType type : PhoneType.values()) {
                    if (operation.equals(GraphOperation.updatePhone(type))) {
                        phones.put(type, body.get("phoneNumber"));
                    } else if (operation.equals(GraphOperation.deletePhone(type))) {
                        phones.remove(type);
                    }
                }
            }
        }
        List<EntraPhoneMethod> phoneMethods = new ArrayList<>();
        phones.forEach((type, number) -> phoneMethods.add(new EntraPhoneMethod(type, number)));
        return EntraUser.builder(entra.objectId(), entra.userPrincipalName())
                .onPremisesSecurityIdentifier(entra.onPremisesSecurityIdentifier())
                .onPremisesSamAccountName(entra.onPremisesSamAccountName())
                .onPremisesImmutableId(entra.onPremisesImmutableId())
                .onPremisesDistinguishedName(entra.onPremisesDistinguishedName()).employeeId(entra.employeeId())
                .mail(entra.mail()).phones(phoneMethods).authenticatorDevices(entra.authenticatorDevices())
                .softwareOath(entra.softwareOath()).hardwareOath(tokens).defaultMethod(defaultMethod)
                .systemPreferredEnabled(entra.systemPreferredEnabled()).build();
    }

    private static Map<String, String> body(String summary) {
        Map<String, String> fields = new HashMap<>();
        if (summary != null) {
            for (String field : summary.split(", ")) {
                int eq = field.indexOf('=');
                if (eq > 0) {
                    fields.put(field.substring(0, eq), field.substring(eq + 1));
                }
            }
        }
        return fields;
    }
}
