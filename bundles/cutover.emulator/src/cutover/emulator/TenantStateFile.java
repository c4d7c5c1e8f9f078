package cutover.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.HardwareOathStatus;
import cutover.core.tenant.MethodPolicy;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.PolicyMethod;
import cutover.core.tenant.SoftwareOathMethod;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tenant's JSON state file ({@code "format": "cutover-emulator-tenant", "version": 1}). Holds no secrets:
 * hardware OATH devices carry only the SHA-256 of their secret key. Domains, feature rollout policies and the audit
 * log came later and are kept in their Graph shapes; a file without them loads as a tenant without them.
 */
final class TenantStateFile {

    private static final String FORMAT = "cutover-emulator-tenant";
    private static final int VERSION = 1;

    private TenantStateFile() {
    }

    static JsonObject toJson(TenantData data) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        root.addProperty("tenantId", data.tenantId);
        JsonArray policy = new JsonArray();
        for (MethodPolicy method : data.policy.methods()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("method", method.method().graphId());
            entry.addProperty("enabled", method.enabled());
            entry.add("includeGroups", strings(new TreeSet<>(method.includeGroups())));
            entry.add("excludeGroups", strings(new TreeSet<>(method.excludeGroups())));
            policy.add(entry);
        }
        root.add("policy", policy);
        JsonArray users = new JsonArray();
        data.users().forEach(user -> users.add(user(user)));
        root.add("users", users);
        JsonArray groups = new JsonArray();
        for (GroupState group : data.groups()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("id", group.id);
            entry.addProperty("displayName", group.displayName);
            entry.add("memberUserIds", strings(group.memberUserIds));
            entry.add("memberGroupIds", strings(group.memberGroupIds));
            if (group.dynamic) {
                entry.addProperty("dynamic", true);
            }
            if (!group.contacts.isEmpty()) {
                JsonArray contacts = new JsonArray();
                for (ContactState contact : group.contacts) {
                    JsonObject json = new JsonObject();
                    json.addProperty("id", contact.id());
                    json.addProperty("displayName", contact.displayName());
                    contacts.add(json);
                }
                entry.add("contacts", contacts);
            }
            groups.add(entry);
        }
        root.add("groups", groups);
        JsonArray devices = new JsonArray();
        for (OathDeviceState device : data.devices()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("id", device.id);
            entry.addProperty("serialNumber", device.serialNumber);
            entry.addProperty("manufacturer", device.manufacturer);
            entry.addProperty("model", device.model);
            entry.addProperty("timeIntervalInSeconds", device.timeIntervalInSeconds);
            entry.addProperty("hashFunction", device.hashFunction);
            entry.addProperty("secretKeySha256", device.secretKeySha256);
            entry.addProperty("status", device.status.graphName());
            entry.addProperty("assignedUserId", device.assignedUserId);
            devices.add(entry);
        }
        root.add("hardwareOathDevices", devices);
        JsonArray domains = new JsonArray();
        data.domains().forEach(domain -> domains.add(domain.toStateJson()));
        root.add("domains", domains);
        JsonArray rolloutPolicies = new JsonArray();
        data.rolloutPolicies().forEach(rollout -> rolloutPolicies.add(rollout.toStateJson()));
        root.add("featureRolloutPolicies", rolloutPolicies);
        JsonArray audits = new JsonArray();
        data.audits.entries().forEach(entry -> audits.add(entry.toJson()));
        root.add("directoryAudits", audits);
        return root;
    }

    private static JsonObject user(UserState user) {
        JsonObject entry = GraphViews.user(user); // the directory attributes, as Graph shows them
        JsonObject phones = new JsonObject();
        user.phones.forEach((type, number) -> phones.addProperty(type.graphName(), number));
        entry.add("phones", phones);
        JsonArray authenticator = new JsonArray();
        for (AuthenticatorDevice device : user.authenticatorDevices) {
            JsonObject item = new JsonObject();
            item.addProperty("id", device.id());
            item.addProperty("displayName", device.displayName());
            item.addProperty("deviceTag", device.deviceTag());
            item.addProperty("createdDateTime",
                    device.createdDateTime() == null ? null : device.createdDateTime().toString());
            authenticator.add(item);
        }
        entry.add("authenticatorDevices", authenticator);
        entry.add("softwareOathIds", strings(user.softwareOath.stream().map(SoftwareOathMethod::id).toList()));
        entry.addProperty("defaultMethod", user.defaultMethod == null ? null : user.defaultMethod.graphName());
        entry.addProperty("systemPreferredEnabled", user.systemPreferredEnabled);
        return entry;
    }

    /** Writes next to the target first, then moves over it, so a crash never leaves half a file. */
    static void write(JsonObject state, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                Json.GSON.toJson(state, writer);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static TenantData read(Path file) throws IOException {
        JsonObject root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject()) {
                throw new IOException(file + " is not an emulator state file");
            }
            root = element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(Json.text(root, "format")) || root.get("version") == null
                || root.get("version").getAsInt() != VERSION) {
            throw new IOException(file + " is not a version " + VERSION + " " + FORMAT + " file");
        }
        try {
            return parse(root);
        } catch (RuntimeException e) {
            throw new IOException(file + " has invalid content: " + e.getMessage(), e);
        }
    }

    private static TenantData parse(JsonObject root) {
        List<MethodPolicy> methods = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray("policy")) {
            JsonObject entry = element.getAsJsonObject();
            PolicyMethod method = PolicyMethod.fromGraphId(Json.text(entry, "method"));
            if (method == null) {
                throw new IllegalArgumentException("unknown policy method " + Json.text(entry, "method"));
            }
            methods.add(new MethodPolicy(method, entry.get("enabled").getAsBoolean(),
                    Set.copyOf(Json.textList(entry, "includeGroups")),
                    Set.copyOf(Json.textList(entry, "excludeGroups"))));
        }
        TenantData data = new TenantData(Json.text(root, "tenantId"), new AuthenticationMethodsPolicy(methods));
        for (JsonElement element : root.getAsJsonArray("users")) {
            data.addUser(parseUser(element.getAsJsonObject()));
        }
        for (JsonElement element : root.getAsJsonArray("groups")) {
            JsonObject entry = element.getAsJsonObject();
            GroupState group = new GroupState(Json.text(entry, "id"), Json.text(entry, "displayName"));
            group.memberUserIds.addAll(Json.textList(entry, "memberUserIds"));
            group.memberGroupIds.addAll(Json.textList(entry, "memberGroupIds"));
            group.dynamic = entry.has("dynamic") && entry.get("dynamic").getAsBoolean();
            if (entry.has("contacts")) {
                for (JsonElement contact : entry.getAsJsonArray("contacts")) {
                    JsonObject json = contact.getAsJsonObject();
                    group.contacts.add(new ContactState(Json.text(json, "id"), Json.text(json, "displayName")));
                }
            }
            data.addGroup(group);
        }
        for (JsonElement element : root.getAsJsonArray("hardwareOathDevices")) {
            JsonObject entry = element.getAsJsonObject();
            HardwareOathStatus status = HardwareOathStatus.fromGraphName(Json.text(entry, "status"));
            if (status == null) {
                throw new IllegalArgumentException("unknown hardware OATH status " + Json.text(entry, "status"));
            }
            data.addDevice(new OathDeviceState(Json.text(entry, "id"), Json.text(entry, "serialNumber"),
                    Json.text(entry, "manufacturer"), Json.text(entry, "model"),
                    entry.get("timeIntervalInSeconds").getAsInt(), Json.text(entry, "hashFunction"),
                    Json.text(entry, "secretKeySha256"), status, Json.text(entry, "assignedUserId")));
        }
        for (JsonObject entry : optionalObjects(root, "domains")) {
            data.addDomain(DomainState.fromStateJson(entry));
        }
        for (JsonObject entry : optionalObjects(root, "featureRolloutPolicies")) {
            data.addRolloutPolicy(RolloutPolicyState.fromStateJson(entry));
        }
        for (JsonObject entry : optionalObjects(root, "directoryAudits")) {
            data.audits.add(AuditEntry.fromJson(entry));
        }
        return data;
    }

    private static List<JsonObject> optionalObjects(JsonObject root, String name) {
        List<JsonObject> objects = new ArrayList<>();
        JsonElement array = root.get(name);
        if (array != null && array.isJsonArray()) {
            array.getAsJsonArray().forEach(element -> objects.add(element.getAsJsonObject()));
        }
        return objects;
    }

    private static UserState parseUser(JsonObject entry) {
        UserState user = new UserState(Json.text(entry, "id"), Json.text(entry, "userPrincipalName"),
                Json.text(entry, "onPremisesSecurityIdentifier"), Json.text(entry, "onPremisesSamAccountName"),
                Json.text(entry, "onPremisesImmutableId"), Json.text(entry, "onPremisesDistinguishedName"),
                Json.text(entry, "employeeId"), Json.text(entry, "mail"));
        for (Map.Entry<String, JsonElement> phone : entry.getAsJsonObject("phones").entrySet()) {
            PhoneType type = PhoneType.fromGraphName(phone.getKey());
            if (type == null) {
                throw new IllegalArgumentException("unknown phone type " + phone.getKey());
            }
            user.phones.put(type, phone.getValue().getAsString());
        }
        for (JsonElement element : entry.getAsJsonArray("authenticatorDevices")) {
            JsonObject device = element.getAsJsonObject();
            String created = Json.text(device, "createdDateTime");
            user.authenticatorDevices.add(new AuthenticatorDevice(Json.text(device, "id"),
                    Json.text(device, "displayName"), Json.text(device, "deviceTag"),
                    created == null ? null : Instant.parse(created)));
        }
        for (String id : Json.textList(entry, "softwareOathIds")) {
            user.softwareOath.add(new SoftwareOathMethod(id));
        }
        String defaultMethod = Json.text(entry, "defaultMethod");
        user.defaultMethod = defaultMethod == null ? null : EntraMethod.fromGraphName(defaultMethod);
        user.systemPreferredEnabled = entry.get("systemPreferredEnabled").getAsBoolean();
        return user;
    }

    private static JsonArray strings(Iterable<String> values) {
        JsonArray array = new JsonArray();
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (seen.add(value)) {
                array.add(value);
            }
        }
        return array;
    }
}
