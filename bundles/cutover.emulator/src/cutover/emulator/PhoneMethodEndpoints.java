package cutover.emulator;

import com.google.gson.JsonObject;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.PhoneType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /users/{id}/authentication/phoneMethods}: list, add, get, update the number, delete. Entra ID's rules:
 * one number per phone type, {@code alternateMobile} only next to a {@code mobile}, the type never changes, the
 * number the default method calls or texts cannot be deleted, and {@code mobile} cannot go while an
 * {@code alternateMobile} is there.
 */
final class PhoneMethodEndpoints {

    private static final Pattern PHONE_NUMBER = Pattern.compile("^\\+\\d{1,3} \\d{4,15}(x\\d{1,10})?$");
    private static final String PHONE_METHODS = "/users/{}/authentication/phoneMethods";

    private final LocalTenant tenant;

    PhoneMethodEndpoints(LocalTenant tenant) {
        this.tenant = tenant;
    }

    void register(Routes routes) {
        routes.get(PHONE_METHODS, Routes.BOTH, 1, (request, params) -> list(request, params.get(0)));
        routes.write("POST", PHONE_METHODS, Routes.BOTH, (request, params) -> add(request, params.get(0)));
        routes.get(PHONE_METHODS + "/{}", Routes.BOTH, 1,
                (request, params) -> get(request, params.get(0), params.get(1)));
        routes.write("PATCH", PHONE_METHODS + "/{}", Routes.BOTH,
                (request, params) -> update(request, params.get(0), params.get(1)));
        routes.write("DELETE", PHONE_METHODS + "/{}", Routes.BOTH,
                (request, params) -> delete(params.get(0), params.get(1)));
    }

    private GraphResponse list(GraphRequest request, String userId) {
        return GraphResponse.ok(tenant.read(data -> {
            UserState user = data.requireUser(userId);
            List<JsonObject> methods = new ArrayList<>();
            for (Map.Entry<PhoneType, String> phone : user.phones.entrySet()) {
                methods.add(GraphViews.phoneMethod(phone.getKey(), phone.getValue()));
            }
            return ODataQuery.collection(request.context("users('" + user.id + "')/authentication/phoneMethods"),
                    methods);
        }));
    }

    private GraphResponse add(GraphRequest request, String userId) {
        JsonObject body = request.jsonBody();
        String typeName = Json.bodyText(body, "phoneType");
        PhoneType type = typeName == null ? null : PhoneType.fromGraphName(typeName);
        if (type == null) {
            throw GraphException.badRequest("phoneType must be one of mobile, alternateMobile, office; got "
                    + (typeName == null ? "none" : "'" + typeName + "'") + ".");
        }
        String number = checkedNumber(Json.bodyText(body, "phoneNumber"));
        JsonObject created = tenant.write(data -> {
            UserState user = data.requireUser(userId);
            if (user.phones.containsKey(type)) {
                throw GraphException.badRequest("The user already has a phone method of type '" + type.graphName()
                        + "'; a user has one number per phone type. Update or delete method " + type.methodId()
                        + " instead.");
            }
            if (type == PhoneType.ALTERNATE_MOBILE && !user.phones.containsKey(PhoneType.MOBILE)) {
                throw GraphException.badRequest("An alternateMobile phone method can only be added when the user "
                        + "has a mobile phone method.");
            }
            StrongAuthenticationValues before = StrongAuthenticationValues.of(user);
            user.phones.put(type, number);
            AuditEntries.recordUserChange(data, AuditActivity.ADMIN_REGISTERED_SECURITY_INFO, user, before,
                    "Admin registered " + type.graphName() + " phone method", method(type));
            return GraphViews.phoneMethod(type, number);
        });
        return GraphResponse.created(created).header("Location",
                request.resourceUrl() + "/" + type.methodId());
    }

    private GraphResponse get(GraphRequest request, String userId, String methodId) {
        return GraphResponse.ok(tenant.read(data -> {
            UserState user = data.requireUser(userId);
            PhoneType type = existingType(user, methodId);
            return GraphViews.withContext(request.context("users('" + user.id
                    + "')/authentication/phoneMethods/$entity"), GraphViews.phoneMethod(type, user.phones.get(type)));
        }));
    }

    private GraphResponse update(GraphRequest request, String userId, String methodId) {
        JsonObject body = request.jsonBody();
        String number = checkedNumber(Json.bodyText(body, "phoneNumber"));
        String typeName = Json.bodyText(body, "phoneType");
        tenant.write(data -> {
            UserState user = data.requireUser(userId);
            PhoneType type = existingType(user, methodId);
            if (typeName != null && !typeName.equals(type.graphName())) {
                throw GraphException.badRequest("The phone type of a phone method cannot change; add a method of "
                        + "type '" + typeName + "' and delete this one instead.");
            }
            StrongAuthenticationValues before = StrongAuthenticationValues.of(user);
            user.phones.put(type, number);
            AuditEntries.recordUserChange(data, AuditActivity.ADMIN_UPDATED_SECURITY_INFO, user, before,
                    "Admin updated " + type.graphName() + " phone method", method(type));
            return null;
        });
        return GraphResponse.noContent();
    }

    private GraphResponse delete(String userId, String methodId) {
        tenant.write(data -> {
            UserState user = data.requireUser(userId);
            PhoneType type = existingType(user, methodId);
            EntraMethod usesIt = defaultMethodUsing(user, type);
            if (usesIt != null) {
                throw GraphException.badRequest("The " + type.graphName() + " number cannot be deleted: the user's "
                        + "default sign-in method '" + usesIt.graphName() + "' uses it. Change the default method "
                        + "first.");
            }
            if (type == PhoneType.MOBILE && user.phones.containsKey(PhoneType.ALTERNATE_MOBILE)) {
                throw GraphException.badRequest("The mobile number cannot be deleted while the user has an "
                        + "alternateMobile number; delete the alternateMobile method first.");
            }
            StrongAuthenticationValues before = StrongAuthenticationValues.of(user);
            user.phones.remove(type);
            AuditEntries.recordUserChange(data, AuditActivity.ADMIN_DELETED_SECURITY_INFO, user, before,
                    "Admin deleted " + type.graphName() + " phone method", method(type));
            return null;
        });
        return GraphResponse.noContent();
    }

    private static AuditEntry.Detail method(PhoneType type) {
        return new AuditEntry.Detail("AuthenticationMethod", "Phone (" + type.graphName() + ")");
    }

    private static EntraMethod defaultMethodUsing(UserState user, PhoneType type) {
        EntraMethod method = user.defaultMethod;
        if (method == null) {
            return null;
        }
        boolean uses = switch (method) {
            case SMS, VOICE_MOBILE -> type == PhoneType.MOBILE;
            case VOICE_ALTERNATE_MOBILE -> type == PhoneType.ALTERNATE_MOBILE;
            case VOICE_OFFICE -> type == PhoneType.OFFICE;
            case PUSH, OATH -> false;
        };
        return uses ? method : null;
    }

    private static PhoneType existingType(UserState user, String methodId) {
        for (PhoneType type : PhoneType.values()) {
            if (type.methodId().equalsIgnoreCase(methodId) && user.phones.containsKey(type)) {
                return type;
            }
        }
        throw GraphException.itemNotFound("Phone method '" + methodId + "' of user " + user.id);
    }

    private static String checkedNumber(String number) {
        if (number == null) {
            throw GraphException.badRequest("phoneNumber is missing.");
        }
        if (!PHONE_NUMBER.matcher(number).matches()) {
            throw GraphException.badRequest("Invalid phone number '" + number + "': Graph expects "
                    + "+{country code} {number}[x{extension}], for example +1 2065555555x555.");
        }
        return number;
    }
}
