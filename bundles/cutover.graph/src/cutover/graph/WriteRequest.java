package cutover.graph;

import com.google.gson.JsonObject;
import cutover.store.JournalWrite;

/**
 * Turns a planned write into the Graph request it stands for: the version root, the path below it and the JSON
 * body, rebuilt from the plan's body summary ({@code phoneType=mobile, phoneNumber=+1 4255550100}).
 */
record WriteRequest(boolean beta, String path, String method, String json) {

    static final String V1 = "/v1.0";
    static final String BETA = "/beta";

    /** The creation of a hardware OATH token: it needs the token's secret from the vendor's seed file. */
    static boolean createsHardwareToken(JournalWrite write) {
        return write.path().endsWith("/hardwareOathDevices") && write.httpMethod().equals("POST");
    }

    /** The assignment of a created hardware OATH token to its user. */
    static boolean assignsHardwareToken(JournalWrite write) {
        return write.path().endsWith("/authentication/hardwareOathMethods") && write.httpMethod().equals("POST");
    }

    /** The serial number a hardware token write is about, or null. */
    static String serial(JournalWrite write) {
        if (write.body() == null) {
            return null;
        }
        for (String field : write.body().split(", ")) {
            if (field.startsWith("serialNumber=")) {
                return field.substring("serialNumber=".length());
            }
        }
        int created = write.body().indexOf("created token ");
        return created < 0 ? null : write.body().substring(created + "created token ".length(),
                write.body().length() - 1);
    }

    static WriteRequest of(JournalWrite write) {
        boolean beta = write.path().startsWith(BETA + "/");
        String path = write.path().substring(beta ? BETA.length() : V1.length());
        return new WriteRequest(beta, path, write.httpMethod(), body(write.body()));
    }

    /**
     * The creation of a hardware token with its secret, assigned to its user in the same request ({@code assignTo});
     * the JSON exists only for the moment it is sent.
     */
    static WriteRequest createToken(JournalWrite write, char[] secret) {
        JsonObject json = new JsonObject();
        for (String field : write.body().split(", ")) {
            int eq = field.indexOf('=');
            if (eq < 0) {
                continue; // the rest of "(from the seed file, not shown)"
            }
            String name = field.substring(0, eq);
            String value = field.substring(eq + 1);
            switch (name) {
                case "timeIntervalInSeconds" -> json.addProperty(name, Integer.parseInt(value));
                case "secretKey" -> json.addProperty(name, new String(secret));
                default -> json.addProperty(name, value);
            }
        }
        JsonObject assignTo = new JsonObject();
        assignTo.addProperty("id", write.objectId());
        json.add("assignTo", assignTo);
        return new WriteRequest(true, write.path().substring(BETA.length()), "POST", json.toString());
    }

    /** Never shows the body: it may hold a token's secret. */
    @Override
    public String toString() {
        return "WriteRequest[" + method + " " + path + "]";
    }

    private static String body(String summary) {
        if (summary == null) {
            return null;
        }
        JsonObject json = new JsonObject();
        for (String field : summary.split(", ")) {
            int eq = field.indexOf('=');
            if (eq > 0) {
                json.addProperty(field.substring(0, eq), field.substring(eq + 1));
            }
        }
        return json.toString();
    }
}
