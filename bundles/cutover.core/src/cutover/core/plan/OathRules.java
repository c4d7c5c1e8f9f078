package cutover.core.plan;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.HardwareOathToken;
import java.util.Map;

/**
 * The migration guide's row for the hardware OATH token. Graph never returns secret keys, so a token already in
 * Entra ID is recognised by its serial number; a new one can only be created (beta API) when the vendor's seed
 * file has its secret.
 */
final class OathRules {

    private OathRules() {
    }

    /** Adds the token's actions; true when the user will have the token in Entra ID. */
    static boolean apply(MfaServerUser user, EntraUser entra, Map<String, OathSeed> seedsBySerial, UserActions out) {
        String serial = user.oathTokenSerial();
        if (serial == null) {
            return false;
        }
        String token = "hardware OATH token " + serial; // users with a token are few
        for (HardwareOathToken existing : entra.hardwareOath()) {
            if (existing.serialNumber().equals(serial)) {
                out.skip(RuleId.OATH_MATCH_EXISTING, () -> token + " is already assigned to the user in Entra ID ("
                        + existing.status().graphName() + ")");
                return true;
            }
        }
        int devicesInEntra = entra.authenticatorDevices().size() + entra.softwareOath().size()
                + entra.hardwareOath().size();
        if (devicesInEntra >= DeviceRules.DEVICE_LIMIT) {
            out.skip(RuleId.OATH_OVER_LIMIT, () -> token + " is skipped: the user already has " + devicesInEntra
                    + " devices in Entra ID, and five is the limit");
            return false;
        }
        OathSeed seed = seedsBySerial.get(serial);
        if (seed == null || !seed.secretPresent()) {
            out.cannotMigrate(RuleId.OATH_NEEDS_SEED, () -> token + " needs seed file: "
                    + (seed == null ? "no seed file row has this serial number" : "its seed file row has no secret key")
                    + ", and Graph can create a hardware token only with its secret");
            return false;
        }
        if (seed.upn() != null && !seed.upn().equalsIgnoreCase(user.upn())) {
            out.cannotMigrate(RuleId.OATH_NEEDS_SEED, () -> token + " needs seed file: the seed file gives this serial "
                    + "number to " + seed.upn() + ", not to this user; correct the seed file or the token assignment");
            return false;
        }
        out.write(GraphOperation.CREATE_HARDWARE_OATH, "serialNumber=" + serial
                + (seed.manufacturer() == null ? "" : ", manufacturer=" + seed.manufacturer())
                + (seed.model() == null ? "" : ", model=" + seed.model())
                + ", timeIntervalInSeconds=" + seed.timeIntervalSeconds()
                + ", secretKey=(from the seed file, not shown)", RuleId.OATH_CREATE_ASSIGN,
                () -> token + " is created from the seed file (beta API)");
        out.write(GraphOperation.ASSIGN_HARDWARE_OATH, "device.id=(id of the created token " + serial + ")",
                RuleId.OATH_CREATE_ASSIGN, () -> token + " is assigned to the user (beta API); the user activates it "
                        + "with a code from the token");
        return true;
    }
}
