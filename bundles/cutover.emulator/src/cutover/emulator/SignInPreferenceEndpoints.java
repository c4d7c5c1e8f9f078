package cutover.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import cutover.core.tenant.EntraMethod;

/**
 * {@code /beta/users/{id}/authentication/signInPreferences}: read and change the user's default second factor.
 * The new default must be one of Graph's six values and a method the user has registered.
 */
final class SignInPreferenceEndpoints {

    private static final String PREFERRED = "userPreferredMethodForSecondaryAuthentication";
    private static final String SYSTEM_PREFERRED = "isSystemPreferredAuthenticationMethodEnabled";
    private static final String PATH = "/users/{}/authentication/signInPreferences";

    private final LocalTenant tenant;

    SignInPreferenceEndpoints(LocalTenant tenant) {
        this.tenant = tenant;
    }

    void register(Routes routes) {
        routes.get(PATH, Routes.BETA_ONLY, 1, (request, params) -> get(request, params.get(0)));
        routes.write("PATCH", PATH, Routes.BETA_ONLY, (request, params) -> patch(request, params.get(0)));
    }

    private GraphResponse get(GraphRequest request, String userId) {
        return GraphResponse.ok(tenant.read(data -> {
            UserState user = data.requireUser(userId);
            return GraphViews.withContext(request.context("users('" + user.id
                    + "')/authentication/signInPreferences"), GraphViews.signInPreferences(user));
        }));
    }

    private GraphResponse patch(GraphRequest request, String userId) {
        JsonObject body = request.jsonBody();
        boolean setsMethod = body.has(PREFERRED);
        String methodName = Json.bodyText(body, PREFERRED);
        EntraMethod method = methodName == null ? null : EntraMethod.fromGraphName(methodName);
        if (methodName != null && method == null) {
            throw GraphException.badRequest("Invalid value '" + methodName + "' for " + PREFERRED
                    + ": use push, oath, voiceMobile, voiceAlternateMobile, voiceOffice or sms.");
        }
        Boolean systemPreferred = null;
        JsonElement flag = body.get(SYSTEM_PREFERRED);
        if (flag != null && !flag.isJsonNull()) {
            if (!flag.isJsonPrimitive() || !flag.getAsJsonPrimitive().isBoolean()) {
                throw GraphException.badRequest(SYSTEM_PREFERRED + " must be true or false.");
            }
            systemPreferred = flag.getAsBoolean();
        }
        Boolean newSystemPreferred = systemPreferred;
        tenant.write(data -> {
            UserState user = data.requireUser(userId);
            if (method != null && !user.has(method)) {
                throw GraphException.badRequest("The user has no registered method for '" + method.graphName()
                        + "'; register it before making it the default.");
            }
            StrongAuthenticationValues before = StrongAuthenticationValues.of(user);
            if (setsMethod) {
                user.defaultMethod = method;
            }
            if (newSystemPreferred != null) {
                user.systemPreferredEnabled = newSystemPreferred;
            }
            AuditEntries.recordUserChange(data, AuditActivity.UPDATE_USER, user, before, "");
            return null;
        });
        return GraphResponse.noContent();
    }
}
