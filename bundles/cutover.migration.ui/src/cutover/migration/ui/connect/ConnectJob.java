package cutover.migration.ui.connect;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import cutover.connection.Connections;
import cutover.connection.FeatureAccess;
import cutover.connection.SignInException;
import cutover.connection.SignInPrompt;
import cutover.connection.TenantConnection;
import cutover.connection.TenantProfile;

/**
 * Connects to a profile's tenant off the UI thread, then reads what the token allows. Its outcome goes to
 * {@code done} (on this job's thread), failures as a sentence: the dialog shows them, so the job itself ends OK
 * rather than reporting them a second time with a stack trace.
 */
final class ConnectJob extends Job {

    /** What connecting gave: a connection with its feature access, or why not. */
    record Outcome(TenantConnection connection, List<FeatureAccess> access, String failure, boolean cancelled) {
    }

    private final Connections connections;
    private final TenantProfile profile;
    private final Consumer<String> deviceCode;
    private final Consumer<Outcome> done;

    ConnectJob(Connections connections, TenantProfile profile, Consumer<String> deviceCode, Consumer<Outcome> done) {
        super("Connecting to " + profile.name());
        this.connections = connections;
        this.profile = profile;
        this.deviceCode = deviceCode;
        this.done = done;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Connecting to " + profile.name(), IProgressMonitor.UNKNOWN);
        SignInPrompt prompt = new SignInPrompt() {
            @Override
            public void deviceCode(String message) {
                deviceCode.accept(message);
            }

            @Override
            public boolean cancelled() {
                return monitor.isCanceled();
            }
        };
        try {
            TenantConnection connection = connections.connect(profile, prompt);
            monitor.subTask("Reading what the sign-in allows");
            try {
                done.accept(new Outcome(connection, FeatureAccess.of(connection.graph().claims()), null, false));
            } catch (RuntimeException e) {
                done.accept(new Outcome(connection, List.of(), "Connected, but what the sign-in allows cannot be "
                        + "read: " + e.getMessage(), false));
            }
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            done.accept(new Outcome(null, List.of(), "Connecting stopped.", true));
            return Status.CANCEL_STATUS;
        } catch (SignInException | IllegalArgumentException e) {
            done.accept(new Outcome(null, List.of(), e.getMessage(), false));
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            done.accept(new Outcome(null, List.of(), "Cannot connect to " + profile.name() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), false));
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }
}
