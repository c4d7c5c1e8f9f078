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

    /** True for writes Cutover cannot send yet: hardware OATH tokens need the seed file's secret at apply time. */
    static boolean needsSeedFile(JournalWrite write) {
        return write.path().contains("hardwareOath");
    }

    static WriteRequest of(JournalWrite write) {
        boolean beta = write.path().startsWith(BETA + "/");
        String path = write.path().substring(beta ? BETA.length() : V1.length());
        return new WriteRequest(beta, path, write.httpMethod(), body(write.body()));
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
