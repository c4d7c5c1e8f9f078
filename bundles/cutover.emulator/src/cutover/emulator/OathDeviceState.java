package cutover.emulator;

import cutover.core.tenant.HardwareOathStatus;
import cutover.core.tenant.HardwareOathToken;

/**
 * A hardware OATH token in the tenant's device directory. The secret key is never kept: only its SHA-256 (hex),
 * so a test can check that a client sent the right seed without the emulator holding it. Guarded by the tenant's
 * lock.
 */
final class OathDeviceState {

    final String id;
    final String serialNumber;
    final String manufacturer;
    final String model;
    final int timeIntervalInSeconds;
    final String hashFunction;
    final String secretKeySha256;
    HardwareOathStatus status;
    String assignedUserId;

    OathDeviceState(String id, String serialNumber, String manufacturer, String model, int timeIntervalInSeconds,
            String hashFunction, String secretKeySha256, HardwareOathStatus status, String assignedUserId) {
        this.id = id;
        this.serialNumber = serialNumber;
        this.manufacturer = manufacturer;
        this.model = model;
        this.timeIntervalInSeconds = timeIntervalInSeconds;
        this.hashFunction = hashFunction;
        this.secretKeySha256 = secretKeySha256;
        this.status = status;
        this.assignedUserId = assignedUserId;
    }

    HardwareOathToken toToken() {
        return new HardwareOathToken(id, serialNumber, manufacturer, model, status);
    }
}
