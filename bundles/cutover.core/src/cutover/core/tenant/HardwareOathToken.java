package cutover.core.tenant;

import cutover.core.mfaserver.InvalidFieldException;

/**
 * A hardware OATH token assigned to a user. Never holds the secret key, which Graph does not return.
 *
 * @param id the method id
 * @param serialNumber the serial printed on the token
 * @param manufacturer manufacturer, or null
 * @param model model, or null
 * @param status where the token is in its life cycle
 */
public record HardwareOathToken(String id, String serialNumber, String manufacturer, String model,
        HardwareOathStatus status) {

    public HardwareOathToken {
        TenantChecks.requireText("id", id);
        TenantChecks.requireText("serialNumber", serialNumber);
        manufacturer = TenantChecks.optionalText("manufacturer", manufacturer);
        model = TenantChecks.optionalText("model", model);
        if (status == null) {
            throw new InvalidFieldException("status", "status of hardware OATH token "
                    + TenantChecks.quote(serialNumber) + " is missing");
        }
    }
}
