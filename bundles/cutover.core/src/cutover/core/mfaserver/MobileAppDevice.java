package cutover.core.mfaserver;

import java.time.Instant;

/**
 * A Microsoft Authenticator (mobile app) activation registered in MFA Server. The model never holds the OATH
 * secret of the device; {@code oathSecretKnown} only records whether MFA Server has one, which decides whether the
 * device can keep working as a software OATH token after migration.
 *
 * @param name device name as shown in MFA Server, for example {@code iPhone}; names need not be unique
 * @param deviceToken opaque identifier MFA Server uses for push notifications
 * @param activatedAt when the app was activated
 * @param oathSecretKnown whether MFA Server stores an OATH secret for this device
 */
public record MobileAppDevice(String name, String deviceToken, Instant activatedAt, boolean oathSecretKnown) {

    public MobileAppDevice {
        Checks.requireText("name", "device name", name);
        Checks.requireText("deviceToken", "device token", deviceToken);
        if (activatedAt == null) {
            throw new InvalidFieldException("activatedAt", "activation time of device " + Checks.quote(name)
                    + " is missing");
        }
    }

    /** Does not print the device token, which identifies the device for push notifications. */
    @Override
    public String toString() {
        return "MobileAppDevice[name=" + name + ", activatedAt=" + activatedAt + ", oathSecretKnown="
                + oathSecretKnown + "]";
    }

}
