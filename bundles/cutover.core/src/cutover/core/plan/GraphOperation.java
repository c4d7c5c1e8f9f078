package cutover.core.plan;

import cutover.core.tenant.PhoneType;
import java.util.Objects;

/**
 * A Graph request as HTTP method and path template; {@code {id}} in the template stands for the user's object id.
 * Keeping the template (rather than each user's path) lets the summary count writes per operation.
 *
 * @param httpMethod {@code POST}, {@code PATCH} or {@code DELETE}
 * @param pathTemplate for example {@code /v1.0/users/{id}/authentication/phoneMethods}
 * @param api the Graph version the path belongs to
 */
public record GraphOperation(String httpMethod, String pathTemplate, GraphApi api) {

    public static final String USER_ID = "{id}";

    public static final GraphOperation ADD_PHONE =
            new GraphOperation("POST", "/v1.0/users/{id}/authentication/phoneMethods", GraphApi.V1_0);
    public static final GraphOperation CREATE_HARDWARE_OATH = new GraphOperation("POST",
            "/beta/directory/authenticationMethodDevices/hardwareOathDevices", GraphApi.BETA);
    public static final GraphOperation ASSIGN_HARDWARE_OATH =
            new GraphOperation("POST", "/beta/users/{id}/authentication/hardwareOathMethods", GraphApi.BETA);
    public static final GraphOperation SET_DEFAULT_METHOD =
            new GraphOperation("PATCH", "/beta/users/{id}/authentication/signInPreferences", GraphApi.BETA);

    private static final GraphOperation UPDATE_MOBILE = phoneMethod("PATCH", PhoneType.MOBILE);
    private static final GraphOperation UPDATE_ALTERNATE_MOBILE = phoneMethod("PATCH", PhoneType.ALTERNATE_MOBILE);
    private static final GraphOperation UPDATE_OFFICE = phoneMethod("PATCH", PhoneType.OFFICE);
    private static final GraphOperation DELETE_MOBILE = phoneMethod("DELETE", PhoneType.MOBILE);
    private static final GraphOperation DELETE_ALTERNATE_MOBILE = phoneMethod("DELETE", PhoneType.ALTERNATE_MOBILE);
    private static final GraphOperation DELETE_OFFICE = phoneMethod("DELETE", PhoneType.OFFICE);

    public GraphOperation {
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(api, "api");
        if (api == GraphApi.NONE) {
            throw new IllegalArgumentException("a Graph operation needs a Graph version");
        }
    }

    /** {@code PATCH} of the phone method of this type (its id is the same in every tenant). */
    public static GraphOperation updatePhone(PhoneType type) {
        return switch (type) {
            case MOBILE -> UPDATE_MOBILE;
            case ALTERNATE_MOBILE -> UPDATE_ALTERNATE_MOBILE;
            case OFFICE -> UPDATE_OFFICE;
        };
    }

    /** {@code DELETE} of the phone method of this type. */
    public static GraphOperation deletePhone(PhoneType type) {
        return switch (type) {
            case MOBILE -> DELETE_MOBILE;
            case ALTERNATE_MOBILE -> DELETE_ALTERNATE_MOBILE;
            case OFFICE -> DELETE_OFFICE;
        };
    }

    private static GraphOperation phoneMethod(String httpMethod, PhoneType type) {
        return new GraphOperation(httpMethod, "/v1.0/users/{id}/authentication/phoneMethods/" + type.methodId(),
                GraphApi.V1_0);
    }

    /** The path for one user; the template itself when it names no user. */
    public String path(String objectId) {
        int at = pathTemplate.indexOf(USER_ID);
        if (at < 0) {
            return pathTemplate;
        }
        return pathTemplate.substring(0, at) + objectId + pathTemplate.substring(at + USER_ID.length());
    }

    /** For example {@code POST /v1.0/users/{id}/authentication/phoneMethods}. */
    @Override
    public String toString() {
        return httpMethod + " " + pathTemplate;
    }
}
