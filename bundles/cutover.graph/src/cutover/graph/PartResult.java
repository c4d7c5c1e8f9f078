package cutover.graph;

import com.google.gson.JsonObject;

/**
 * Graph's answer to one part of a {@code $batch}.
 *
 * @param id the part's id
 * @param status the part's own HTTP status (the batch itself answers 200 even when parts fail)
 * @param retryAfterSeconds the part's Retry-After, or -1 when it gave none
 * @param body the part's JSON body, or null
 * @param budgetUsed the part's {@code x-ms-throttle-limit-percentage} (share of the budget in use), or -1 when
 *        Graph sent none (it does only above 80 %)
 */
public record PartResult(String id, int status, long retryAfterSeconds, JsonObject body, double budgetUsed) {

    public PartResult(String id, int status, long retryAfterSeconds, JsonObject body) {
        this(id, status, retryAfterSeconds, body, -1);
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** 429, 503, 504 and 424 (a dependency failed) may succeed when sent again. */
    public boolean retryable() {
        return status == 429 || status == 503 || status == 504 || status == 424 || status == 502;
    }

    /** Graph's error code and message, for the journal and the report. */
    public String error() {
        if (body == null || !body.has("error") || !body.get("error").isJsonObject()) {
            return "HTTP " + status;
        }
        JsonObject error = body.getAsJsonObject("error");
        return "HTTP " + status + " " + (error.has("code") ? error.get("code").getAsString() : "") + ": "
                + (error.has("message") ? error.get("message").getAsString() : "");
    }
}
