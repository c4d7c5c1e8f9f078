package cutover.core.plan;

import java.util.Objects;

/**
 * One row of a hardware token vendor's seed file, without the secret key: the planner only needs to know that the
 * secret exists. The secret stays with whatever reads the seed file and sends the create request.
 *
 * @param upn the user the row names, or null when the file does not say
 * @param serialNumber the token's serial number
 * @param timeIntervalSeconds 30 or 60
 * @param manufacturer manufacturer, or null
 * @param model model, or null
 * @param secretPresent whether the row has a secret key
 */
public record OathSeed(String upn, String serialNumber, int timeIntervalSeconds, String manufacturer, String model,
        boolean secretPresent) {

    public OathSeed {
        Objects.requireNonNull(serialNumber, "serialNumber");
        if (timeIntervalSeconds != 30 && timeIntervalSeconds != 60) {
            throw new IllegalArgumentException("time interval of token " + serialNumber
                    + " must be 30 or 60 seconds, not " + timeIntervalSeconds);
        }
    }
}
