package cutover.graph;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.AuthenticationProvider;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * A signed-in connection to one tenant through the official Graph SDK: the {@link GraphServiceClient} with its
 * request adapter pointed at the profile's Graph endpoint. Tokens are only ever sent to that endpoint's host.
 * Thread-safe; calls block, so never make them on the UI thread.
 */
public final class GraphConnection {

    /** The app id the local tenant records as the initiator of the writes it receives. */
    public static final String LOCAL_APP_ID = "00000000-0000-0000-0000-00000000e1a7";

    private final CloudProfile profile;
    private final GraphServiceClient client;
    private final OkHttpClient http;
    private final ThrottleMeter meter;
    private final ReadRetry readRetry = new ReadRetry();
    private final AuthenticationProvider authentication;
    private TokenCredential credential;

    private GraphConnection(CloudProfile profile, AuthenticationProvider authentication, ThrottleMeter meter) {
        this.profile = profile;
        this.authentication = authentication;
        this.meter = meter;
        this.http = GraphClientFactory.create(GraphServiceClient.getGraphClientOptions())
                .addInterceptor(readRetry)
                .addInterceptor(meter)
                // okhttp would silently send a request again on a broken connection: a write Graph already did
                // would then be done twice. Cutover reads back instead (see ApplyRun); reads are resent by ReadRetry.
                .retryOnConnectionFailure(false)
                // drop idle connections before servers do (the JDK's HTTP server of the local tenant after 30 s)
                .connectionPool(new okhttp3.ConnectionPool(5, 20, java.util.concurrent.TimeUnit.SECONDS))
                .connectTimeout(Duration.ofSeconds(20))
                .readTimeout(Duration.ofSeconds(100))
                .build();
        this.client = new GraphServiceClient(authentication, http);
        client.getRequestAdapter().setBaseUrl(profile.v1());
    }

    /** Signs in with an azure-identity credential (browser, device code or certificate; see {@link Credentials}). */
    public static GraphConnection signIn(CloudProfile profile, TokenCredential credential) {
        Objects.requireNonNull(credential, "credential");
        AuthenticationProvider authentication = new AzureIdentityAuthenticationProvider(credential,
                new String[] {profile.graphHost()}, profile.defaultScope());
        GraphConnection connection = new GraphConnection(profile, authentication, new ThrottleMeter());
        connection.credential = credential;
        return connection;
    }

    /**
     * Connects to a local Graph-compatible tenant on this machine with a fixed bearer token (the local tenant
     * accepts any token; nothing leaves the machine).
     */
    public static GraphConnection local(CloudProfile profile, String token) {
        if (profile.authorityHost() != null) {
            throw new IllegalArgumentException("a fixed token is only for a local tenant, not for " + profile.name());
        }
        AllowedHostsValidator hosts = new AllowedHostsValidator(profile.graphHost());
        AccessTokenProvider tokens = new AccessTokenProvider() {
            @Override
            public String getAuthorizationToken(URI uri, Map<String, Object> context) {
                return hosts.isUrlHostValid(uri) ? token : "";
            }

            @Override
            public AllowedHostsValidator getAllowedHostsValidator() {
                return hosts;
            }
        };
        return new GraphConnection(profile, new BaseBearerTokenAuthenticationProvider(tokens), new ThrottleMeter());
    }

    /**
     * What the signed-in token grants (signs in when needed), or null for a local tenant, which checks nothing.
     */
    public TokenClaims claims() {
        if (credential == null) {
            return null;
        }
        com.azure.core.credential.AccessToken token = credential.getTokenSync(
                new com.azure.core.credential.TokenRequestContext().addScopes(profile.defaultScope()));
        return TokenClaims.of(token.getToken());
    }

    /**
     * The application (client) id Cutover's requests are made as, which Entra ID's audit log names as their
     * initiator: the signed-in token's (signs in when needed), or {@link #LOCAL_APP_ID} for a local tenant. Null when
     * the token does not say.
     */
    public String appId() {
        TokenClaims claims = claims();
        return claims == null ? LOCAL_APP_ID : claims.appId();
    }

    /** Whether this is a local tenant, which needs no sign-in and checks no permissions. */
    public boolean isLocal() {
        return credential == null;
    }

    /** How many reads got no answer and were sent again. */
    public long resentReads() {
        return readRetry.resent();
    }

    public CloudProfile profile() {
        return profile;
    }

    public GraphServiceClient client() {
        return client;
    }

    /** The HTTP client with Graph's middleware and the sign-in, for requests the SDK has no builder for. */
    OkHttpClient http() {
        return http;
    }

    /** Signs a request the SDK's builders do not make: the bearer token for the profile's host only. */
    okhttp3.Request.Builder signed(okhttp3.Request.Builder request, String url) {
        com.microsoft.kiota.RequestInformation info = new com.microsoft.kiota.RequestInformation();
        info.setUri(URI.create(url));
        authentication.authenticateRequest(info, null);
        // Kiota's retry middleware traces each retry; it makes its (no-op) span only for requests tagged with
        // observability options, which requests it did not build lack: without them a retry fails
        request.tag(com.microsoft.kiota.http.ObservabilityOptions.class,
                new com.microsoft.kiota.http.ObservabilityOptions());
        for (Map.Entry<String, java.util.Set<String>> header : info.headers.entrySet()) {
            for (String value : header.getValue()) {
                request.header(header.getKey(), value);
            }
        }
        return request;
    }

    /** What Graph said about our use of its budget in the most recent responses. */
    public ThrottleMeter meter() {
        return meter;
    }
}
