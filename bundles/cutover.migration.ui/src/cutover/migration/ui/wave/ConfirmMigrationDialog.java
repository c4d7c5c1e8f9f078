package cutover.migration.ui.wave;

import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cutover.core.plan.ActionKind;
import cutover.migration.WavePlan;
import cutover.ui.WidgetIds;

/** Before anything is written: the plan in numbers, by kind of write and what cannot be migrated and why. */
final class ConfirmMigrationDialog extends TitleAreaDialog {

    private final String tenant;
    private final WavePlan plan;

    ConfirmMigrationDialog(Shell parent, String tenant, WavePlan plan) {
        super(parent);
        this.tenant = tenant;
        this.plan = plan;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Migrate to " + tenant);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        int writes = plan.plan().summary().count(ActionKind.WRITE);
        setTitle("Write " + WavePart.COUNT.format(writes) + " changes for " + WavePart.COUNT.format(
                plan.users().size()) + " users of " + plan.wave().group().displayName() + "?");
        setMessage("Each write is journaled before it is sent and can be undone (cutover undo RUN).");
        Text summary = WidgetIds.tag(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP | SWT.BORDER),
                "migrate.summary");
        summary.setText(describe());
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 640;
        data.heightHint = 300;
        summary.setLayoutData(data);
        return area;
    }

    private String describe() {
        StringBuilder text = new StringBuilder("Writes by Graph request:\n");
        for (Map.Entry<String, Integer> entry : plan.writesByOperation().entrySet()) {
            text.append("  ").append(WavePart.COUNT.format(entry.getValue())).append(" × ").append(entry.getKey())
                    .append('\n');
        }
        Map<String, Integer> cannot = plan.cannotMigrateByReason();
        text.append(cannot.isEmpty() ? "\nNothing is left out.\n" : "\nCannot be migrated (no public API, or a rule "
                + "of the guide):\n");
        for (Map.Entry<String, Integer> entry : cannot.entrySet()) {
            text.append("  ").append(WavePart.COUNT.format(entry.getValue())).append(" × ").append(entry.getKey())
                    .append('\n');
        }
        text.append("\n").append(WavePart.COUNT.format(plan.plan().summary().count(ActionKind.SKIP)))
                .append(" actions are skipped because Entra ID already has the data or a rule says so.\n");
        return text.toString();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, "&Migrate", false), "migrate.ok");
        WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true),
                "migrate.cancel");
    }
}
