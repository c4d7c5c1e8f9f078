package cutover.migration.ui.connect;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import cutover.connection.Connections;
import jakarta.inject.Inject;

/** File › Connections… (Ctrl+Shift+K): the tenant profiles, sign-in and what the sign-in allows. */
public class OpenConnectionsHandler {

    public static final String COMMAND_ID = "cutover.migration.ui.command.connections";

    @Inject
    @Service
    private Connections connections;

    @Execute
    public void execute(Shell shell) {
        ConnectionsDialog.open(shell, connections);
    }
}
