package cutover.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Used by {@code cutover bench startup}: when the system property {@value #REPORT_PROPERTY} names a file, it
 * writes the milliseconds from {@value #LAUNCH_PROPERTY} (epoch millis taken by the launcher script just before
 * the JVM starts) to the first fully painted workbench window, then closes the workbench. Does nothing otherwise.
 */
public class StartupProbe {

    static final String REPORT_PROPERTY = "cutover.bench.startupReport";
    static final String LAUNCH_PROPERTY = "cutover.launchMillis";

    @Inject
    @Optional
    public void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event,
            MApplication application, IWorkbench workbench) {
        String report = System.getProperty(REPORT_PROPERTY);
        if (report == null || report.isBlank()) {
            return;
        }
        Display display = Display.getCurrent();
        display.asyncExec(() -> {
            for (MWindow window : application.getChildren()) {
                if (window.getWidget() instanceof Shell shell && !shell.isDisposed()) {
                    shell.update(); // flush pending paint events: the window is really painted after this
                }
            }
            long launched = Long.parseLong(System.getProperty(LAUNCH_PROPERTY, "0"));
            long elapsed = launched > 0 ? System.currentTimeMillis() - launched : -1;
            try {
                Files.writeString(Path.of(report), Long.toString(elapsed), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("cutover: cannot write startup report " + report + ": " + e.getMessage());
            }
            workbench.close();
        });
    }
}
