package cutover.migration.ui.wave;

import java.time.Duration;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cutover.core.matching.MatchAttribute;
import cutover.core.plan.DefaultMethodMode;
import cutover.migration.MigrationSettings;
import cutover.ui.WidgetIds;

/** The migration settings, saved in the workspace where {@code cutover sync} reads them too. */
final class SettingsDialog extends TitleAreaDialog {

    private static final String[] DEFAULT_METHOD_LABELS = {"Always set it from MFA Server",
        "Only when Entra ID has none (recommended)", "Only when none: the most secure method the user has"};

    private final MigrationSettings initial;
    private Combo defaultMethod;
    private Combo matchAttribute;
    private Button migrateAll;
    private Button readEntra;
    private Text syncGroup;
    private Text syncInterval;
    private MigrationSettings chosen;

    SettingsDialog(Shell parent, MigrationSettings initial) {
        super(parent);
        this.initial = initial;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Migration settings");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Migration settings");
        setMessage("Used by the workbench and by \"cutover sync\" in this workspace.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        defaultMethod = combo(form, "&Default method:", "settings.defaultMethod", DEFAULT_METHOD_LABELS);
        defaultMethod.select(initial.defaultMethod().ordinal());
        String[] attributes = new String[MatchAttribute.values().length + 1];
        attributes[0] = "None (UPN, then SID)";
        for (MatchAttribute attribute : MatchAttribute.values()) {
            attributes[attribute.ordinal() + 1] = attribute.displayName();
        }
        matchAttribute = combo(form, "Match &attribute:", "settings.matchAttribute", attributes);
        matchAttribute.select(initial.matchAttribute() == null ? 0 : initial.matchAttribute().ordinal() + 1);
        new Label(form, SWT.NONE);
        migrateAll = check(form, "Migrate &all users, not only new or changed ones", "settings.migrateAll",
                initial.migrateAll());
        new Label(form, SWT.NONE);
        readEntra = check(form, "Read the &Entra side's methods while listing a group", "settings.readEntra",
                initial.readEntraMethods());
        syncGroup = text(form, "Automatic sync &group:", "settings.syncGroup",
                initial.syncGroup() == null ? "" : initial.syncGroup());
        syncGroup.setMessage("the group \"cutover sync\" migrates when --group is not given");
        syncInterval = text(form, "Sync &interval:", "settings.syncInterval",
                MigrationSettings.describe(initial.syncInterval()));
        syncInterval.setToolTipText("How often automatic sync runs, for example 15m, 1h or 1h30m (at least 1 minute)");
        syncInterval.addListener(SWT.Modify, e -> validate());
        return area;
    }

    private static Combo combo(Composite form, String label, String id, String[] items) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), id);
        combo.setItems(items);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return combo;
    }

    private static Button check(Composite form, String label, String id, boolean value) {
        Button check = WidgetIds.tag(new Button(form, SWT.CHECK), id);
        check.setText(label);
        check.setSelection(value);
        return check;
    }

    private static Text text(Composite form, String label, String id, String value) {
        new Label(form, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(form, SWT.BORDER), id);
        text.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        text.setLayoutData(data);
        return text;
    }

    private Duration interval() {
        Duration interval = MigrationSettings.parseInterval(syncInterval.getText());
        return interval == null || interval.compareTo(MigrationSettings.MIN_INTERVAL) < 0 ? null : interval;
    }

    private void validate() {
        boolean valid = interval() != null;
        setErrorMessage(valid ? null : "The sync interval must be a duration of at least 1 minute, like 15m or 1h30m");
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(valid);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, "&Save", true), "settings.ok");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        int attribute = matchAttribute.getSelectionIndex();
        chosen = new MigrationSettings(DefaultMethodMode.values()[defaultMethod.getSelectionIndex()],
                attribute <= 0 ? null : MatchAttribute.values()[attribute - 1], migrateAll.getSelection(),
                readEntra.getSelection(), syncGroup.getText(), interval());
        super.okPressed();
    }

    MigrationSettings chosen() {
        return chosen;
    }
}
