package cutover.core.tenant;

/**
 * The three phone slots Entra ID keeps per user. Each slot holds one number and has an id that is the same for
 * every user in every tenant.
 */
public enum PhoneType {

    MOBILE("mobile", "3179e48a-750b-4051-897c-87b9720928f7"),
    ALTERNATE_MOBILE("alternateMobile", "b6332ec1-7057-4abe-9331-3d72feddfe41"),
    OFFICE("office", "e37fc753-ff3b-4958-9484-eaa9425c82bc");

    private final String graphName;
    private final String methodId;

    PhoneType(String graphName, String methodId) {
        this.graphName = graphName;
        this.methodId = methodId;
    }

    /** The {@code phoneType} value Microsoft Graph uses, for example {@code alternateMobile}. */
    public String graphName() {
        return graphName;
    }

    /** The fixed id of this phone method in {@code /users/{id}/authentication/phoneMethods/{id}}. */
    public String methodId() {
        return methodId;
    }

    /** The type with this Graph name (exact spelling), or null when there is none. */
    public static PhoneType fromGraphName(String name) {
        for (PhoneType type : values()) {
            if (type.graphName.equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** The type whose fixed method id ends this request path ({@code …/phoneMethods/{id}}), or null. */
    public static PhoneType fromMethodPath(String path) {
        for (PhoneType type : values()) {
            if (path.endsWith("/" + type.methodId)) {
                return type;
            }
        }
        return null;
    }
}
