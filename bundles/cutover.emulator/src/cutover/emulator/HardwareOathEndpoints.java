package cutover.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import cutover.core.tenant.HardwareOathStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Hardware OATH tokens (beta only): the tenant's device directory
 * ({@code /directory/authenticationMethodDevices/hardwareOathDevices}: create, list, get, delete) and a user's
 * tokens ({@code /users/{id}/authentication/hardwareOathMethods}: list, get, assign, unassign).
 *
 * <p>The secret key of a new device is checked (Base32, at least 16 characters), hashed and dropped; no answer
 * contains it. Assigning counts against the five-device limit per user (mobile app, software and hardware OATH).
 */
final class HardwareOathEndpoints {

    private static final String DEVICES = "/directory/authenticationMethodDevices/hardwareOathDevices";
    private static final String USER_METHODS = "/users/{}/authentication/hardwareOathMethods";
    private static final Pattern BASE32_SECRET = Pattern.compile("^[A-Z2-7]{16,}$");
    private static final int MAX_DEVICES_PER_USER = 5;

    private final LocalTenant tenant;

    HardwareOathEndpoints(LocalTenant tenant) {
        this.tenant = tenant;
    }

    void register(Routes routes) {
        routes.write("POST", DEVICES, Routes.BETA_ONLY, (request, params) -> createDevice(request));
        routes.get(DEVICES, Routes.BETA_ONLY, 1, (request, params) -> listDevices(request));
        routes.get(DEVICES + "/{}", Routes.BETA_ONLY, 1, (request, params) -> getDevice(request, params.get(0)));
        routes.write("DELETE", DEVICES + "/{}", Routes.BETA_ONLY, (request, params) -> deleteDevice(params.get(0)));
        routes.get(USER_METHODS, Routes.BETA_ONLY, 1, (request, params) -> listMethods(request, params.get(0)));
        routes.get(USER_METHODS + "/{}", Routes.BETA_ONLY, 1,
                (request, params) -> getMethod(request, params.get(0), params.get(1)));
        routes.write("POST", USER_METHODS, Routes.BETA_ONLY, (request, params) -> assign(request, params.get(0)));
        routes.write("DELETE", USER_METHODS + "/{}", Routes.BETA_ONLY,
                (request, params) -> unassign(params.get(0), params.get(1)));
    }

    private GraphResponse createDevice(GraphRequest request) {
        JsonObject body = request.jsonBody();
        String serialNumber = Json.bodyText(body, "serialNumber");
        if (serialNumber == null || serialNumber.isBlank()) {
            throw GraphException.badRequest("serialNumber is missing.");
        }
        String secretKey = Json.bodyText(body, "secretKey");
        if (secretKey == null || !BASE32_SECRET.matcher(secretKey).matches()) {
            throw GraphException.badRequest("secretKey must be Base32 (letters A-Z and digits 2-7) and at least 16 "
                    + "characters long.");
        }
        int interval = timeInterval(body.get("timeIntervalInSeconds"));
        String hashFunction = Json.bodyText(body, "hashFunction");
        if (hashFunction == null) {
            hashFunction = "hmacsha1";
        } else if (!hashFunction.equals("hmacsha1") && !hashFunction.equals("hmacsha256")) {
            throw GraphException.badRequest("hashFunction must be hmacsha1 or hmacsha256.");
        }
        String assignTo = assignedUserId(body);
        OathDeviceState device = new OathDeviceState(UUID.randomUUID().toString(), serialNumber.trim(),
                Json.bodyText(body, "manufacturer"), Json.bodyText(body, "model"), interval, hashFunction,
                SecretHash.sha256Hex(secretKey), HardwareOathStatus.AVAILABLE, null);
        JsonObject created = tenant.write(data -> {
            if (data.deviceBySerial(device.serialNumber) != null) {
                throw new GraphException(409, GraphErrors.CONFLICT, "A hardware OATH token with serial number '"
                        + device.serialNumber + "' already exists.");
            }
            UserState user = null;
            StrongAuthenticationValues before = null;
            if (assignTo != null) {
                user = data.requireUser(assignTo);
                checkDeviceLimit(user);
                before = StrongAuthenticationValues.of(user);
                device.status = HardwareOathStatus.ASSIGNED;
                device.assignedUserId = user.id;
            }
            data.addDevice(device);
            auditDevice(data, AuditActivity.ADD_HARDWARE_OATH_TOKEN, device, user, before);
            return GraphViews.hardwareOathDevice(device, user);
        });
        return GraphResponse.created(GraphViews.withContext(
                request.context("directory/authenticationMethodDevices/hardwareOathDevices/$entity"), created))
                .header("Location", request.resourceUrl() + "/" + device.id);
    }

    private static int timeInterval(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return 30;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            int seconds = value.getAsInt();
            if (seconds == 30 || seconds == 60) {
                return seconds;
            }
        }
        throw GraphException.badRequest("timeIntervalInSeconds must be 30 or 60.");
    }

    private static String assignedUserId(JsonObject body) {
        JsonElement assignTo = body.get("assignTo");
        if (assignTo == null || assignTo.isJsonNull()) {
            return null;
        }
        if (!assignTo.isJsonObject() || Json.bodyText(assignTo.getAsJsonObject(), "id") == null) {
            throw GraphException.badRequest("assignTo must be an object with the user's id.");
        }
        return Json.bodyText(assignTo.getAsJsonObject(), "id");
    }

    private GraphResponse listDevices(GraphRequest request) {
        return GraphResponse.ok(tenant.read(data -> ODataQuery.page(request,
                request.context("directory/authenticationMethodDevices/hardwareOathDevices"), data.devices(),
                device -> GraphViews.hardwareOathDevice(device, assignee(data, device)))));
    }

    private GraphResponse getDevice(GraphRequest request, String id) {
        return GraphResponse.ok(tenant.read(data -> {
            OathDeviceState device = requireDevice(data, id);
            return GraphViews.withContext(
                    request.context("directory/authenticationMethodDevices/hardwareOathDevices/$entity"),
                    GraphViews.hardwareOathDevice(device, assignee(data, device)));
        }));
    }

    private GraphResponse deleteDevice(String id) {
        tenant.write(data -> {
            OathDeviceState device = requireDevice(data, id);
            UserState user = assignee(data, device);
            StrongAuthenticationValues before = user == null ? null : StrongAuthenticationValues.of(user);
            data.removeDevice(device);
            auditDevice(data, AuditActivity.DELETE_HARDWARE_OATH_TOKEN, device, user, before);
            return null;
        });
        return GraphResponse.noContent();
    }

    private GraphResponse listMethods(GraphRequest request, String userId) {
        return GraphResponse.ok(tenant.read(data -> {
            UserState user = data.requireUser(userId);
            List<JsonObject> methods = data.devicesOf(user).stream().map(GraphViews::hardwareOathMethod).toList();
            return ODataQuery.collection(request.context("users('" + user.id
                    + "')/authentication/hardwareOathMethods(device())"), methods);
        }));
    }

    private GraphResponse getMethod(GraphRequest request, String userId, String methodId) {
        return GraphResponse.ok(tenant.read(data -> {
            UserState user = data.requireUser(userId);
            return GraphViews.withContext(request.context("users('" + user.id
                    + "')/authentication/hardwareOathMethods/$entity"),
                    GraphViews.hardwareOathMethod(userDevice(data, user, methodId)));
        }));
    }

    private GraphResponse assign(GraphRequest request, String userId) {
        JsonElement deviceRef = request.jsonBody().get("device");
        String deviceId = deviceRef != null && deviceRef.isJsonObject()
                ? Json.bodyText(deviceRef.getAsJsonObject(), "id") : null;
        if (deviceId == null) {
            throw GraphException.badRequest("The body must name the token as {\"device\":{\"id\":\"…\"}}.");
        }
        JsonObject method = tenant.write(data -> {
            UserState user = data.requireUser(userId);
            OathDeviceState device = requireDevice(data, deviceId);
            if (device.assignedUserId != null) {
                throw new GraphException(409, GraphErrors.CONFLICT, "Hardware OATH token '" + device.serialNumber
                        + "' is already assigned" + (device.assignedUserId.equals(user.id) ? " to this user." : "."));
            }
            checkDeviceLimit(user);
            StrongAuthenticationValues before = StrongAuthenticationValues.of(user);
            device.status = HardwareOathStatus.ASSIGNED;
            device.assignedUserId = user.id;
            user.hardwareOathDeviceIds.add(device.id);
            AuditEntries.recordUserChange(data, AuditActivity.ADMIN_REGISTERED_SECURITY_INFO, user, before,
                    "Admin registered hardware OATH token", serial(device));
            return GraphViews.hardwareOathMethod(device);
        });
        return GraphResponse.created(GraphViews.withContext(request.context("users('" + userId
                + "')/authentication/hardwareOathMethods/$entity"), method));
    }

    private GraphResponse unassign(String userId, String methodId) {
        tenant.write(data -> {
            UserState user = data.requireUser(userId);
            OathDeviceState device = userDevice(data, user, methodId);
            StrongAuthenticationValues before = StrongAuthenticationValues.of(user);
            user.hardwareOathDeviceIds.remove(device.id);
            device.assignedUserId = null;
            device.status = HardwareOathStatus.AVAILABLE;
            AuditEntries.recordUserChange(data, AuditActivity.ADMIN_DELETED_SECURITY_INFO, user, before,
                    "Admin deleted hardware OATH token", serial(device));
            return null;
        });
        return GraphResponse.noContent();
    }

    /** A token added to or deleted from the device directory, with the user it was assigned to, if any. */
    private static void auditDevice(TenantData data, AuditActivity activity, OathDeviceState device, UserState user,
            StrongAuthenticationValues userBefore) {
        List<AuditEntry.Target> targets = new ArrayList<>();
        targets.add(AuditEntries.device(device));
        if (user != null) {
            targets.add(AuditEntries.user(user, AuditEntries.userChanges(activity, userBefore,
                    StrongAuthenticationValues.of(user))));
        }
        AuditEntries.record(data, activity, "", targets, List.of(serial(device)));
    }

    private static AuditEntry.Detail serial(OathDeviceState device) {
        return new AuditEntry.Detail("SerialNumber", device.serialNumber);
    }

    private static void checkDeviceLimit(UserState user) {
        if (user.deviceCount() >= MAX_DEVICES_PER_USER) {
            throw GraphException.badRequest("The user already has " + MAX_DEVICES_PER_USER + " mobile app and OATH "
                    + "token registrations, the most Entra ID allows.");
        }
    }

    private static OathDeviceState requireDevice(TenantData data, String id) {
        OathDeviceState device = data.device(id);
        if (device == null) {
            throw GraphException.itemNotFound("Hardware OATH token '" + id + "'");
        }
        return device;
    }

    private static OathDeviceState userDevice(TenantData data, UserState user, String methodId) {
        OathDeviceState device = data.device(methodId);
        if (device == null || !user.id.equals(device.assignedUserId)) {
            throw GraphException.itemNotFound("Hardware OATH method '" + methodId + "' of user " + user.id);
        }
        return device;
    }

    private static UserState assignee(TenantData data, OathDeviceState device) {
        return device.assignedUserId == null ? null : data.user(device.assignedUserId);
    }
}
