package cutover.app.handlers;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

public class AboutHandler {

    @Execute
    public void execute(Shell shell) {
        String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
        MessageDialog.openInformation(shell, "About Cutover",
                "Cutover " + version + "\n\n"
                        + "A workbench for migrating from on-premises MFA Server to Microsoft Entra multifactor authentication.\n\n"
                        + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                        + "Platform " + Platform.getOS() + "/" + Platform.getWS() + "/" + Platform.getOSArch());
    }
}
