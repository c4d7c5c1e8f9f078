package cutover.core.tenant;

/** The {@code status} of a hardware OATH token device in Graph (beta). */
public enum HardwareOathStatus {

    AVAILABLE("available"),
    ASSIGNED("assigned"),
    ACTIVATED("activated"),
    FAILED_ACTIVATION("failedActivation");

    private final String graphName;

    HardwareOathStatus(String graphName) {
        this.graphName = graphName;
    }

    public String graphName() {
        return graphName;
    }

    /** The status with this Graph name (exact spelling), or null when there is none. */
    public static HardwareOathStatus fromGraphName(String name) {
        for (HardwareOathStatus status : values()) {
            if (status.graphName.equals(name)) {
                return status;
            }
        }
        return null;
    }
}
