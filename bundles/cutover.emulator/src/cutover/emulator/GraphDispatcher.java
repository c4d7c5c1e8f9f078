package cutover.emulator;

import cutover.emulator.WriteCounter.Outcome;
import java.util.Locale;

/**
 * Runs one Graph call (a whole request or a {@code $batch} part): routing, injected status faults, the write
 * budget or (for reports) the reports limit, the endpoint, write counting and the throttling headers. A call an
 * injected fault or a budget turns away is never executed, so retrying it is not a duplicate.
 */
final class GraphDispatcher {

    /** The app id in {@code x-ms-throttle-scope}: the emulator serves one app. */
    static final String APP_ID = "00000000-0000-0000-0000-00000000e1a7";
    private static final double REPORT_USAGE_ABOVE = 0.8;

    private final Routes routes;
    private final WriteCounter counter;
    private final WriteBudget budget;
    private final WriteBudget reportsBudget;
    private final FaultInjector faults;
    private final String throttleScope;

    GraphDispatcher(Routes routes, LocalTenant tenant, WriteBudget budget, WriteBudget reportsBudget,
            FaultInjector faults) {
        this.routes = routes;
        this.counter = tenant.writes();
        this.budget = budget;
        this.reportsBudget = reportsBudget;
        this.faults = faults;
        this.throttleScope = "Tenant_Application/Write/" + APP_ID + "/" + tenant.tenantId();
    }

    GraphResponse dispatch(GraphRequest request) {
        String writeKey = request.isWrite() ? request.writeKey() : null;
        Routes.Match match;
        try {
            match = routes.match(request);
        } catch (GraphException e) {
            return finish(writeKey, Outcome.REJECTED, error(request, e));
        }
        FaultInjector.StatusFault fault = faults.statusFault();
        if (fault != null) {
            return finish(writeKey, Outcome.FAULTED, error(request, faults.error(fault)));
        }
        if (writeKey != null) {
            WriteBudget.Decision decision = budget.tryTake();
            if (!decision.granted()) {
                GraphException throttled = new GraphException(429, GraphErrors.TOO_MANY_REQUESTS,
                        "Too many requests: the write budget of this application in this tenant is used up. Retry "
                                + "after " + decision.retryAfterSeconds() + " seconds.")
                        .header("Retry-After", Long.toString(decision.retryAfterSeconds()))
                        .header("x-ms-throttle-scope", throttleScope);
                return finish(writeKey, Outcome.THROTTLED, error(request, throttled));
            }
        }
        if (match.route().report()) {
            WriteBudget.Decision decision = reportsBudget.tryTake();
            if (!decision.granted()) {
                return error(request, new GraphException(429, GraphErrors.TOO_MANY_REQUESTS, "Too many requests: "
                        + "this application may read the reports of this tenant only a few times per 10 seconds. "
                        + "Retry after " + decision.retryAfterSeconds() + " seconds.")
                        .header("Retry-After", Long.toString(decision.retryAfterSeconds())));
            }
        }
        GraphResponse response;
        try {
            response = match.route().endpoint().handle(request, match.params());
            response.header("x-ms-resource-unit", Integer.toString(cost(match.route(), request)));
            addUsageHeaders(response);
        } catch (GraphException e) {
            response = error(request, e);
        }
        Outcome outcome = response.succeeded() ? Outcome.APPLIED : Outcome.REJECTED;
        if (writeKey != null && outcome == Outcome.APPLIED) {
            response.markAppliedWrite();
        }
        return finish(writeKey, outcome, response);
    }

    /** Counts a write call that ended before reaching the tenant because its connection was dropped. */
    void countDroppedWrite(GraphRequest request) {
        if (request.isWrite()) {
            counter.record(request.writeKey(), Outcome.FAULTED);
        }
    }

    private GraphResponse finish(String writeKey, Outcome outcome, GraphResponse response) {
        if (writeKey != null) {
            counter.record(writeKey, outcome);
        }
        return response;
    }

    /** Graph's costs: as registered, one less with {@code $select} (reads only), never below one. */
    private static int cost(Routes.Route route, GraphRequest request) {
        int cost = route.cost();
        if (!request.isWrite() && request.query("$select") != null) {
            cost--;
        }
        return Math.max(1, cost);
    }

    private void addUsageHeaders(GraphResponse response) {
        double usage = budget.usage();
        if (usage > REPORT_USAGE_ABOVE) {
            response.header("x-ms-throttle-limit-percentage",
                    String.format(Locale.ROOT, "%.2f", Math.floor(usage * 100) / 100));
            response.header("x-ms-throttle-scope", throttleScope);
        }
    }

    private static GraphResponse error(GraphRequest request, GraphException error) {
        return GraphErrors.response(error, request.requestId(), request.clientRequestId());
    }
}
