package cutover.migration.ui.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import cutover.migration.ui.open.OpenExportHandler;
import cutover.migration.ui.users.UsersPart;

/** The running e4 workbench the UI harness started, reached the way handlers reach it: through its context. */
final class Workbench {

    private Workbench() {
    }

    static MWindow window() {
        BundleContext bundles = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
        Ui.waitUntil("the e4 workbench service", Duration.ofSeconds(60),
                () -> bundles.getServiceReference(IWorkbench.class) != null);
        ServiceReference<IWorkbench> reference = bundles.getServiceReference(IWorkbench.class);
        MApplication application = bundles.getService(reference).getApplication();
        Ui.waitUntil("the main window", Duration.ofSeconds(60),
                () -> !application.getChildren().isEmpty() && application.getChildren().get(0).getWidget() != null);
        return application.getChildren().get(0);
    }

    static IEclipseContext context() {
        return window().getContext();
    }

    static Shell shell() {
        return (Shell) window().getWidget();
    }

    /** Runs File › Open MFA Server export… with its file parameter, exactly as a key binding or menu would. */
    static void openExport(Path file) {
        IEclipseContext context = context();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(OpenExportHandler.COMMAND_ID,
                Map.of(OpenExportHandler.FILE_PARAMETER, file.toString()));
        if (command == null) {
            throw new AssertionError("the command " + OpenExportHandler.COMMAND_ID + " is not in the application model");
        }
        context.get(EHandlerService.class).executeHandler(command);
    }

    /** Runs a command without parameters, as its menu item or key binding would. */
    static void execute(String commandId) {
        IEclipseContext context = context();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(commandId, Map.of());
        if (command == null) {
            throw new AssertionError("the command " + commandId + " is not in the application model");
        }
        context.get(EHandlerService.class).executeHandler(command);
    }

    /** The Users view, brought to the front of its stack (the Group view shares it). */
    static UsersPart usersPart() {
        MPart part = context().get(EPartService.class).showPart(UsersPart.PART_ID, EPartService.PartState.ACTIVATE);
        if (part == null || !(part.getObject() instanceof UsersPart users)) {
            throw new AssertionError("the Users view is not open");
        }
        return users;
    }
}
