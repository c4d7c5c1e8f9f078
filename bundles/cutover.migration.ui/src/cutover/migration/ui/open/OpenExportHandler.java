package cutover.migration.ui.open;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import cutover.migration.ui.users.UsersPart;
import jakarta.inject.Named;

/**
 * File › Open MFA Server export… (Ctrl+O). Asks for a file unless the command's {@value #FILE_PARAMETER}
 * parameter names one, then opens it in the Users view.
 */
public class OpenExportHandler {

    public static final String COMMAND_ID = "cutover.migration.ui.command.openExport";
    public static final String FILE_PARAMETER = "cutover.migration.ui.command.openExport.file";

    @Execute
    public void execute(Shell shell, EPartService parts, @Optional @Named(FILE_PARAMETER) String file) {
        String chosen = file != null ? file : ask(shell);
        if (chosen == null) {
            return;
        }
        MPart part = parts.showPart(UsersPart.PART_ID, PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof UsersPart users) {
            users.open(Path.of(chosen));
        }
    }

    private static String ask(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open MFA Server export");
        dialog.setFilterNames(new String[] { "MFA Server exports (*.csv, *.jsonl, *.ndjson)", "All files" });
        dialog.setFilterExtensions(new String[] { "*.csv;*.jsonl;*.ndjson", "*" });
        return dialog.open();
    }
}
