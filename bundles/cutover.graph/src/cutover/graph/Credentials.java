package cutover.graph;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.DeviceCodeCredentialBuilder;
import com.azure.identity.InteractiveBrowserCredentialBuilder;
import com.azure.identity.TokenCachePersistenceOptions;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The three ways a specialist signs in, built with azure-identity: the browser, a device code (for a machine
 * without one), and a client certificate for unattended runs. Tokens are cached by azure-identity's persistent,
 * encrypted cache (named {@code cutover}), never by Cutover itself.
 *
 * <p>azure-core looks for its HTTP client with {@code ServiceLoader}, which finds nothing inside OSGi, so the
 * JDK's client is handed to every credential explicitly.
 */
public final class Credentials {

    private static final String CACHE_NAME = "cutover";

    private Credentials() {
    }

    /** Opens the system browser on the sign-in page; the answer comes back to http://localhost. */
    public static TokenCredential browser(CloudProfile profile, String tenantId, String clientId) {
        return new InteractiveBrowserCredentialBuilder().authorityHost(profile.authorityHost()).tenantId(tenantId)
                .clientId(clientId).redirectUrl("http://localhost").httpClient(http())
                .tokenCachePersistenceOptions(cache()).build();
    }

    /**
     * @param show receives the message to show: the code and the page where to enter it
     */
    public static TokenCredential deviceCode(CloudProfile profile, String tenantId, String clientId,
            Consumer<String> show) {
        return new DeviceCodeCredentialBuilder().authorityHost(profile.authorityHost()).tenantId(tenantId)
                .clientId(clientId).challengeConsumer(challenge -> show.accept(challenge.getMessage()))
                .httpClient(http()).tokenCachePersistenceOptions(cache()).build();
    }

    /** An app registration's certificate (PEM, or PFX with its password) for unattended runs. */
    public static TokenCredential certificate(CloudProfile profile, String tenantId, String clientId, Path certificate,
            char[] pfxPassword) {
        ClientCertificateCredentialBuilder builder = new ClientCertificateCredentialBuilder()
                .authorityHost(profile.authorityHost()).tenantId(tenantId).clientId(clientId).httpClient(http())
                .tokenCachePersistenceOptions(cache());
        String file = certificate.toString();
        if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".pfx")) {
            builder.pfxCertificate(file).clientCertificatePassword(new String(pfxPassword));
        } else {
            builder.pemCertificate(file);
        }
        return builder.build();
    }

    private static HttpClient http() {
        return new JdkHttpClientBuilder().build();
    }

    private static TokenCachePersistenceOptions cache() {
        return new TokenCachePersistenceOptions().setName(CACHE_NAME);
    }
}
