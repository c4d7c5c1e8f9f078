package cutover.graph;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.PhoneType;
import cutover.store.JournalWrite;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Reads back what Entra ID now has for some users (phone methods and the default method), and says whether a
 * write's intended result is there. Used to settle writes in doubt before sending them again, and by verify.
 */
final class ReadBack {

    /** A user's phones by type, default method and hardware tokens (device id by serial), as Graph shows them now. */
    record UserState(Map<PhoneType, String> phones, EntraMethod defaultMethod, Map<String, String> hardwareTokens) {

        UserState(Map<PhoneType, String> phones, EntraMethod defaultMethod) {
            this(phones, defaultMethod, Map.of());
        }
    }

    private final GraphConnection connection;
    private final GraphHttp http;

    ReadBack(GraphConnection connection) {
        this.connection = connection;
        this.http = new GraphHttp(connection);
    }

    Map<String, UserState> read(Collection<String> objectIds, BooleanSupplier cancelled) {
        Map<String, JsonObject> phones = new ConcurrentHashMap<>();
        Map<String, JsonObject> preferences = new ConcurrentHashMap<>();
        Map<String, JsonObject> tokens = new ConcurrentHashMap<>();
        List<BatchExecutor.Unit> v1 = new ArrayList<>();
        List<BatchExecutor.Unit> beta = new ArrayList<>();
        int i = 0;
        List<String> ids = new ArrayList<>(objectIds);
        for (String id : ids) {
            v1.add(new BatchExecutor.Unit(id, List.of(new BatchPart("r" + i, "GET",
                    "/users/" + id + "/authentication/phoneMethods", null, null)), 0));
            beta.add(new BatchExecutor.Unit(id, List.of(new BatchPart("r" + i, "GET",
                    "/users/" + id + "/authentication/signInPreferences", null, null),
                    new BatchPart("h" + i, "GET", "/users/" + id + "/authentication/hardwareOathMethods", null,
                            null)), 0));
            i++;
        }
        new BatchExecutor(http, connection.profile().v1(), 4, null, cancelled).run(v1, collect(phones, phones));
        new BatchExecutor(http, connection.profile().beta(), 4, null, cancelled).run(beta,
                collect(preferences, tokens));
        Map<String, UserState> states = new ConcurrentHashMap<>();
        for (String id : ids) {
            EnumMap<PhoneType, String> byType = new EnumMap<>(PhoneType.class);
            for (EntraPhoneMethod phone : EntraJson.phones(phones.get(id))) {
                byType.put(phone.type(), phone.phoneNumber());
            }
            Map<String, String> serials = new java.util.HashMap<>();
            EntraJson.hardwareOath(tokens.get(id)).forEach(token -> serials.put(token.serialNumber(), token.id()));
            states.put(id, new UserState(byType, EntraJson.defaultMethod(preferences.get(id)), serials));
        }
        return states;
    }

    /** Parts whose id starts with "h" go to {@code tokens}, the others to {@code into}. */
    private static BatchExecutor.Handler collect(Map<String, JsonObject> into, Map<String, JsonObject> tokens) {
        return new BatchExecutor.Handler() {
            @Override
            public void answered(BatchExecutor.Unit unit, BatchPart part, PartResult result) {
                if (!result.succeeded()) {
                    throw new GraphException(result.status(), null, "cannot read back " + part.path() + ": "
                            + result.error(), null);
                }
                (part.id().startsWith("h") ? tokens : into).put((String) unit.key(),
                        result.body() == null ? new JsonObject() : result.body());
            }

            @Override
            public boolean noAnswer(List<BatchExecutor.Unit> units, IOException e) {
                return true; // reading again is harmless
            }
        };
    }

    /** Whether Entra ID shows the result the write intended. */
    static boolean applied(JournalWrite write, UserState state) {
        if (WriteRequest.createsHardwareToken(write) || WriteRequest.assignsHardwareToken(write)) {
            return state.hardwareTokens().containsKey(WriteRequest.serial(write));
        }
        if (write.httpMethod().equals("DELETE") && write.path().contains("/hardwareOathMethods/")) {
            return !state.hardwareTokens().containsValue(write.path().substring(write.path().lastIndexOf('/') + 1));
        }
        if (write.path().endsWith("/signInPreferences")) {
            JsonObject body = JsonParser.parseString(WriteRequest.of(write).json()).getAsJsonObject();
            return state.defaultMethod() != null && state.defaultMethod().graphName()
                    .equals(body.get("userPreferredMethodForSecondaryAuthentication").getAsString());
        }
        if (!write.path().contains("/phoneMethods")) {
            return false;
        }
        String json = WriteRequest.of(write).json();
        JsonObject body = json == null ? new JsonObject() : JsonParser.parseString(json).getAsJsonObject();
        PhoneType type = body.has("phoneType") ? PhoneType.fromGraphName(body.get("phoneType").getAsString())
                : PhoneType.fromMethodPath(write.path());
        if (write.httpMethod().equals("DELETE")) {
            return !state.phones().containsKey(type);
        }
        return body.get("phoneNumber").getAsString().equals(state.phones().get(type));
    }
}
