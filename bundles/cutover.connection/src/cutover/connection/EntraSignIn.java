package cutover.connection;

import cutover.graph.CloudProfile;
import cutover.graph.Credentials;
import cutover.graph.GraphConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Signs in to a Microsoft Entra ID profile through azure-identity ({@link Credentials}) and waits for the first
 * token, which is when the browser opens or the device code appears. The wait can be stopped through the prompt;
 * azure-identity itself cannot be interrupted, so its thread is left to end on its own (a device code expires after
 * about 15 minutes) and its late token is dropped.
 */
final class EntraSignIn {

    private static final long POLL_MILLIS = 200;
    private static final int MESSAGE_LENGTH = 400;

    private EntraSignIn() {
    }

    static GraphConnection signIn(TenantProfile profile, char[] certificatePassword, SignInPrompt prompt) {
        CloudProfile cloud = CloudProfile.named(profile.cloud());
        GraphConnection graph = connection(profile, cloud, certificatePassword, prompt);
        CompletableFuture<Object> token = new CompletableFuture<>();
        Thread signIn = new Thread(() -> {
            try {
                token.complete(graph.claims());
            } catch (Throwable e) {
                token.completeExceptionally(e);
            }
        }, "cutover-sign-in");
        signIn.setDaemon(true);
        signIn.start();
        while (true) {
            if (prompt.cancelled()) {
                token.cancel(false);
                throw new CancellationException("Sign-in to " + profile.name() + " stopped.");
            }
            try {
                token.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return graph;
            } catch (TimeoutException e) {
                // still signing in
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Sign-in to " + profile.name() + " interrupted.");
            } catch (ExecutionException e) {
                throw new SignInException("Sign-in to " + profile.name() + " failed: " + brief(e.getCause()),
                        e.getCause());
            }
        }
    }

    /** The connection with its azure-identity credential; no token is asked for yet. */
    private static GraphConnection connection(TenantProfile profile, CloudProfile cloud, char[] password,
            SignInPrompt prompt) {
        return switch (profile.signIn()) {
            case BROWSER -> GraphConnection.signIn(cloud, Credentials.browser(cloud, profile.tenant(),
                    profile.clientId()));
            case DEVICE_CODE -> GraphConnection.signIn(cloud, Credentials.deviceCode(cloud, profile.tenant(),
                    profile.clientId(), prompt::deviceCode));
            case CERTIFICATE -> {
                Path file = Path.of(profile.certificate());
                if (!Files.isReadable(file)) {
                    throw new SignInException("The certificate file " + file + " does not exist or cannot be read.",
                            null);
                }
                if (profile.needsCertificatePassword() && password == null) {
                    throw new SignInException("No password is kept for the certificate of " + profile.name()
                            + ": edit the profile and enter it.", null);
                }
                yield GraphConnection.signIn(cloud, Credentials.certificate(cloud, profile.tenant(),
                        profile.clientId(), file, password == null ? new char[0] : password));
            }
        };
    }

    /** The first line of what went wrong, short enough for a dialog; azure-identity's messages are long. */
    static String brief(Throwable failure) {
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage().strip();
        int end = message.indexOf('\n');
        if (end > 0) {
            message = message.substring(0, end).strip();
        }
        return message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) + " …" : message;
    }
}
