package cutover.core.plan;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.MobileAppDevice;
import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.EntraUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The migration guide's rows for mobile-app devices: newest first, one per name, at most five (four when the user
 * also has a hardware OATH token). Public Graph cannot create Authenticator or software OATH methods, so a device
 * that survives these rules is matched against the user's Authenticator registrations in Entra ID or reported as
 * needing re-registration; it is never planned as a write.
 *
 * <p>Matching is by device name only: Graph returns neither the OATH secret nor the push token of a registration,
 * so the secret-key and device-token matching of Microsoft's utility cannot be done from a tenant snapshot.
 */
final class DeviceRules {

    static final int DEVICE_LIMIT = 5;
    static final String NEEDS_REREGISTRATION =
            "needs re-registration (or Microsoft's MFA Server Migration Utility)";

    private static final Comparator<MobileAppDevice> NEWEST_FIRST =
            Comparator.comparing(MobileAppDevice::activatedAt).reversed();

    private DeviceRules() {
    }

    static void apply(MfaServerUser user, EntraUser entra, UserActions out) {
        List<MobileAppDevice> devices = user.devices();
        if (devices.isEmpty()) {
            return;
        }
        MobileAppDevice[] newestFirst = devices.toArray(new MobileAppDevice[0]);
        Arrays.sort(newestFirst, NEWEST_FIRST); // stable: equal times keep the source order
        boolean hasToken = user.oathTokenSerial() != null;
        int limit = hasToken ? DEVICE_LIMIT - 1 : DEVICE_LIMIT;
        List<MobileAppDevice> kept = new ArrayList<>(Math.min(limit, newestFirst.length));
        List<AuthenticatorDevice> unclaimed = new ArrayList<>(entra.authenticatorDevices());
        for (MobileAppDevice device : newestFirst) {
            if (keptWithName(kept, device.name())) {
                out.skip(RuleId.DEVICE_SAME_NAME_NEWEST, () -> describe(device)
                        + " is skipped: a newer device has the same name");
            } else if (kept.size() >= limit) {
                out.skip(RuleId.DEVICE_LIMIT, () -> describe(device) + " is skipped: the user keeps the newest "
                        + limit + " devices" + (hasToken ? " (five less one for the hardware OATH token)" : ""));
            } else {
                kept.add(device);
                AuthenticatorDevice existing = claimByName(unclaimed, device.name());
                if (existing != null) {
                    out.skip(RuleId.DEVICE_MATCH_EXISTING, () -> describe(device)
                            + " already has an Authenticator registration in "
                            + "Entra ID (" + existing.id() + "), matched by name because Graph shows neither "
                            + "secret keys nor device tokens");
                } else {
                    out.cannotMigrate(RuleId.DEVICE_NO_PUBLIC_API, () -> describe(device) + " " + NEEDS_REREGISTRATION
                            + ": public Graph cannot create Authenticator" + (device.oathSecretKnown()
                                    ? " or software OATH methods" : " methods"));
                }
            }
        }
    }

    private static String describe(MobileAppDevice device) {
        return "device \"" + device.name() + "\" (activated " + ActivationTime.format(device.activatedAt()) + ")";
    }

    private static boolean keptWithName(List<MobileAppDevice> kept, String name) {
        for (MobileAppDevice device : kept) {
            if (device.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static AuthenticatorDevice claimByName(List<AuthenticatorDevice> unclaimed, String name) {
        for (int i = 0; i < unclaimed.size(); i++) {
            if (name.equalsIgnoreCase(unclaimed.get(i).displayName())) {
                return unclaimed.remove(i);
            }
        }
        return null;
    }
}
