package cutover.emulator;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * {@code /users/{id}/authentication/microsoftAuthenticatorMethods} and {@code …/softwareOathMethods}, list only:
 * Graph cannot create either, and the emulator does not offer deleting them.
 */
final class AppMethodEndpoints {

    private final LocalTenant tenant;

    AppMethodEndpoints(LocalTenant tenant) {
        this.tenant = tenant;
    }

    void register(Routes routes) {
        routes.get("/users/{}/authentication/microsoftAuthenticatorMethods", Routes.BOTH, 1,
                (request, params) -> authenticator(request, params.get(0)));
        routes.get("/users/{}/authentication/softwareOathMethods", Routes.BOTH, 1,
                (request, params) -> softwareOath(request, params.get(0)));
    }

    private GraphResponse authenticator(GraphRequest request, String userId) {
        return GraphResponse.ok(tenant.read(data -> {
            UserState user = data.requireUser(userId);
            List<JsonObject> methods = user.authenticatorDevices.stream().map(GraphViews::authenticatorMethod).toList();
            return ODataQuery.collection(request.context("users('" + user.id
                    + "')/authentication/microsoftAuthenticatorMethods"), methods);
        }));
    }

    private GraphResponse softwareOath(GraphRequest request, String userId) {
        return GraphResponse.ok(tenant.read(data -> {
            UserState user = data.requireUser(userId);
            List<JsonObject> methods = user.softwareOath.stream().map(GraphViews::softwareOathMethod).toList();
            return ODataQuery.collection(request.context("users('" + user.id
                    + "')/authentication/softwareOathMethods"), methods);
        }));
    }
}
