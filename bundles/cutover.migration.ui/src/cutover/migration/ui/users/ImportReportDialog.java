package cutover.migration.ui.users;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cutover.importers.mfaserver.ImportProblem;
import cutover.ui.WidgetIds;

/**
 * Tells the specialist what went wrong with an import: a file that could not be read at all, or the lines
 * that were rejected while the rest was imported, each as {@code file:line: reason}. Modeless, so the
 * imported users can be examined while the report stays open.
 */
final class ImportReportDialog extends TitleAreaDialog {

    static final String SHELL_ID = "users.import.report";

    private final String title;
    private final String summary;
    private final boolean failed;
    private final List<ImportProblem> problems;
    private final long problemCount;

    ImportReportDialog(Shell parent, String title, String summary, boolean failed, List<ImportProblem> problems,
            long problemCount) {
        super(parent);
        this.title = title;
        this.summary = summary;
        this.failed = failed;
        this.problems = problems;
        this.problemCount = problemCount;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
        WidgetIds.tag(shell, SHELL_ID);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(summary, failed ? IMessageProvider.ERROR : IMessageProvider.WARNING);
        Text list = WidgetIds.tag(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL),
                "users.import.report.problems");
        StringBuilder text = new StringBuilder();
        for (ImportProblem problem : problems) {
            text.append(problem).append('\n');
        }
        if (problemCount > problems.size()) {
            text.append("… and ").append(problemCount - problems.size()).append(" more rejected lines (not listed)\n");
        }
        list.setText(text.toString());
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 760;
        data.heightHint = 260;
        list.setLayoutData(data);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
