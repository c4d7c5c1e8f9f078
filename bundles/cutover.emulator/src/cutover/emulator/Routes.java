package cutover.emulator;

import cutover.emulator.GraphRequest.ApiVersion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoint table: HTTP method and path template (without version; {@code {}} stands for one path segment),
 * the versions that have the endpoint, and its cost in Graph resource units. Path matching ignores letter case,
 * as Graph does.
 */
final class Routes {

    /** Handles one call; {@code params} are the path segments the template's {@code {}} stood for. */
    @FunctionalInterface
    interface Endpoint {
        GraphResponse handle(GraphRequest request, List<String> params);
    }

    static final Set<ApiVersion> BOTH = EnumSet.allOf(ApiVersion.class);
    static final Set<ApiVersion> BETA_ONLY = EnumSet.of(ApiVersion.BETA);

    /** {@code report} marks Graph's reports (audit logs), which have their own request limit. */
    record Route(String method, Pattern pattern, Set<ApiVersion> versions, int cost, String lastSegment,
            boolean report, Endpoint endpoint) {
    }

    record Match(Route route, List<String> params) {
    }

    private final List<Route> routes = new ArrayList<>();

    void get(String template, Set<ApiVersion> versions, int cost, Endpoint endpoint) {
        add("GET", template, versions, cost, false, endpoint);
    }

    /** A read of Graph's reports, which draws on the reports limit besides costing resource units. */
    void report(String template, Set<ApiVersion> versions, int cost, Endpoint endpoint) {
        add("GET", template, versions, cost, true, endpoint);
    }

    /** Writes cost one resource unit. */
    void write(String method, String template, Set<ApiVersion> versions, Endpoint endpoint) {
        add(method, template, versions, 1, false, endpoint);
    }

    private void add(String method, String template, Set<ApiVersion> versions, int cost, boolean report,
            Endpoint endpoint) {
        StringBuilder regex = new StringBuilder("^");
        String lastLiteral = "";
        for (String segment : template.substring(1).split("/")) {
            regex.append('/');
            if (segment.equals("{}")) {
                regex.append("([^/]+)");
            } else {
                regex.append(Pattern.quote(segment));
                lastLiteral = segment;
            }
        }
        regex.append('$');
        routes.add(new Route(method, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE), Set.copyOf(versions),
                cost, lastLiteral, report, endpoint));
    }

    /**
     * The route for a call. A path no route has, or has only in the other version, is 400 as in Graph ("Resource
     * not found for the segment"); a known path with another method is 405.
     */
    Match match(GraphRequest request) {
        boolean pathKnown = false;
        String missingInVersion = null;
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(request.path());
            if (!matcher.matches()) {
                continue;
            }
            if (!route.versions().contains(request.version())) {
                missingInVersion = route.lastSegment();
                continue;
            }
            pathKnown = true;
            if (route.method().equals(request.method())) {
                List<String> params = new ArrayList<>(matcher.groupCount());
                for (int i = 1; i <= matcher.groupCount(); i++) {
                    params.add(matcher.group(i));
                }
                return new Match(route, params);
            }
        }
        if (pathKnown) {
            throw new GraphException(405, GraphErrors.METHOD_NOT_ALLOWED,
                    "Specified HTTP method is not allowed for the request target.");
        }
        String segment = missingInVersion != null ? missingInVersion : lastSegment(request.path());
        throw new GraphException(400, "BadRequest", "Resource not found for the segment '" + segment + "'.");
    }

    private static String lastSegment(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
