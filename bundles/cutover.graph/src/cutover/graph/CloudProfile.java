package cutover.graph;

import java.net.URI;
import java.util.Objects;

/**
 * Where a tenant lives: the Microsoft Entra sign-in authority and the Microsoft Graph endpoint of its national
 * cloud, or a custom Graph URL (the local tenant).
 *
 * @param name shown to the user, for example {@code Global}
 * @param authorityHost the sign-in authority, for example {@code https://login.microsoftonline.com}
 * @param graphEndpoint the Graph root without version, for example {@code https://graph.microsoft.com}
 */
public record CloudProfile(String name, String authorityHost, URI graphEndpoint) {

    public static final CloudProfile GLOBAL = new CloudProfile("Global", "https://login.microsoftonline.com",
            URI.create("https://graph.microsoft.com"));
    public static final CloudProfile US_GOVERNMENT = new CloudProfile("US Government",
            "https://login.microsoftonline.us", URI.create("https://graph.microsoft.us"));
    public static final CloudProfile US_GOVERNMENT_DOD = new CloudProfile("US Government DoD",
            "https://login.microsoftonline.us", URI.create("https://dod-graph.microsoft.us"));
    public static final CloudProfile CHINA = new CloudProfile("China (21Vianet)", "https://login.chinacloudapi.cn",
            URI.create("https://microsoftgraph.chinacloudapi.cn"));

    public CloudProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(graphEndpoint, "graphEndpoint");
        String scheme = graphEndpoint.getScheme();
        boolean local = "127.0.0.1".equals(graphEndpoint.getHost()) || "localhost".equals(graphEndpoint.getHost());
        if (!"https".equals(scheme) && !("http".equals(scheme) && local)) {
            throw new IllegalArgumentException("Graph endpoint " + graphEndpoint
                    + " must use https (plain http only for a local tenant on this machine)");
        }
    }

    /** A local, Graph-compatible tenant such as Cutover's emulator; no sign-in authority. */
    public static CloudProfile custom(String name, URI graphEndpoint) {
        return new CloudProfile(name, null, graphEndpoint);
    }

    /** By name as typed on a command line: global, usgov, dod, china. */
    public static CloudProfile named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "global" -> GLOBAL;
            case "usgov", "us-government" -> US_GOVERNMENT;
            case "dod", "us-government-dod" -> US_GOVERNMENT_DOD;
            case "china" -> CHINA;
            default -> throw new IllegalArgumentException("unknown cloud \"" + name
                    + "\"; use global, usgov, dod or china");
        };
    }

    /** The host tokens may be sent to. */
    public String graphHost() {
        return graphEndpoint.getHost();
    }

    /** The v1.0 root, for example {@code https://graph.microsoft.com/v1.0}. */
    public String v1() {
        return stripSlash(graphEndpoint.toString()) + "/v1.0";
    }

    /** The beta root. */
    public String beta() {
        return stripSlash(graphEndpoint.toString()) + "/beta";
    }

    /** The scope that asks for the app's configured Graph permissions. */
    public String defaultScope() {
        return stripSlash(graphEndpoint.toString()) + "/.default";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
