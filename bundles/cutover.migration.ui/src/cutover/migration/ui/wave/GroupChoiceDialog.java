package cutover.migration.ui.wave;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import cutover.graph.GroupRef;
import cutover.ui.WidgetIds;

/** Several groups share the name the specialist typed: the object id tells them apart, the specialist chooses. */
final class GroupChoiceDialog extends Dialog {

    private final String name;
    private final List<GroupRef> groups;
    private org.eclipse.swt.widgets.List list;
    private GroupRef chosen;

    GroupChoiceDialog(Shell parent, String name, List<GroupRef> groups) {
        super(parent);
        this.name = name;
        this.groups = groups;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Several groups are named " + name);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(groups.size() + " groups are named \"" + name
                + "\". Choose the migration group:");
        list = WidgetIds.tag(new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                "wave.groupChoice");
        for (GroupRef group : groups) {
            list.add(group.displayName() + "  (" + group.id() + ")");
        }
        list.select(0);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 160;
        data.widthHint = 480;
        list.setLayoutData(data);
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        return area;
    }

    @Override
    protected void okPressed() {
        int index = list.getSelectionIndex();
        chosen = index < 0 ? null : groups.get(index);
        super.okPressed();
    }

    GroupRef chosen() {
        return chosen;
    }
}
