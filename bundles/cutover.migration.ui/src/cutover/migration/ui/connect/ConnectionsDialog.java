package cutover.migration.ui.connect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cutover.connection.Connections;
import cutover.connection.SecretStoreException;
import cutover.connection.TenantConnection;
import cutover.connection.TenantProfile;
import cutover.connection.TenantProfile.Field;
import cutover.connection.TenantProfile.Problem;
import cutover.connection.TenantProfiles;
import cutover.ui.WidgetIds;

/**
 * File › Connections… (Ctrl+Shift+K): the tenant profiles, the demo tenant first; add, edit and remove them;
 * connect to one (a Job, so a sign-in that waits for the browser never blocks the window) and see feature by
 * feature what the sign-in allows. Enter connects, Esc closes. Opens without blocking, like the import report,
 * so the workbench stays usable; a second open brings the same dialog forward.
 */
public final class ConnectionsDialog extends TitleAreaDialog {

    public static final String SHELL_ID = "connections.dialog";

    private final Connections connections;
    private final TenantProfiles profiles;
    private List<TenantProfile> shown = List.of();
    private org.eclipse.swt.widgets.List list;
    private Button add;
    private Button edit;
    private Button remove;
    private Button save;
    private Button cancelEdit;
    private ProfileForm form;
    private Label status;
    private ProgressBar progress;
    private Text deviceCode;
    private FeatureAccessTable features;
    private boolean editing;
    private String editingName;
    private ConnectJob job;

    private ConnectionsDialog(Shell parent, Connections connections) {
        super(parent);
        this.connections = connections;
        this.profiles = connections.profiles();
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.APPLICATION_MODAL);
        setBlockOnOpen(false);
    }

    /** Opens the dialog, or brings the open one forward. */
    public static void open(Shell parent, Connections connections) {
        for (Shell shell : parent.getDisplay().getShells()) {
            if (!shell.isDisposed() && SHELL_ID.equals(WidgetIds.idOf(shell))) {
                shell.setActive();
                return;
            }
        }
        new ConnectionsDialog(parent, connections).open();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Connections");
        WidgetIds.tag(shell, SHELL_ID);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1040, 820);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Tenant connections");
        setMessage("Choose a tenant and connect. A certificate's password is kept in secure storage, never in the "
                + "profiles file.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createProfileList(body);
        createEditor(body);
        createConnectionArea(body);
        TenantConnection current = connections.current().orElse(null);
        refreshList(current != null ? current.name() : null);
        if (current != null) {
            status.setText("Connected to " + current.name() + " — " + current.location() + ".");
        }
        if (profiles.problem() != null) {
            setMessage(profiles.problem(), IMessageProvider.WARNING);
        }
        return area;
    }

    private void createProfileList(Composite body) {
        Composite left = new Composite(body, SWT.NONE);
        left.setLayout(new GridLayout(3, true));
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, false));
        Label label = new Label(left, SWT.NONE);
        label.setText("&Profiles:");
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        list = WidgetIds.tag(new org.eclipse.swt.widgets.List(left, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL),
                "connections.profiles");
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        data.widthHint = 230;
        data.heightHint = 220;
        list.setLayoutData(data);
        list.setToolTipText("The tenants Cutover knows; the demo tenant is always first. Enter connects.");
        list.addListener(SWT.Selection, e -> showSelected());
        list.addListener(SWT.DefaultSelection, e -> connect());
        add = button(left, "connections.add", "&Add…", "A new profile: a local tenant or Microsoft Entra ID");
        add.addListener(SWT.Selection, e -> startEditing(null));
        edit = button(left, "connections.edit", "&Edit", "Change the selected profile");
        edit.addListener(SWT.Selection, e -> startEditing(selected()));
        remove = button(left, "connections.remove", "Re&move", "Remove the selected profile and its stored password");
        remove.addListener(SWT.Selection, e -> removeSelected());
    }

    private void createEditor(Composite body) {
        Composite right = new Composite(body, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        form = new ProfileForm(right);
        form.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        form.onChange(this::validate);
        Composite buttons = new Composite(right, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
        save = button(buttons, "connections.save", "&Save profile", "Save the profile (and keep the password in "
                + "secure storage)");
        save.addListener(SWT.Selection, e -> saveEdits());
        cancelEdit = button(buttons, "connections.cancelEdit", "Ca&ncel", "Forget these changes");
        cancelEdit.addListener(SWT.Selection, e -> stopEditing(editingName));
    }

    private void createConnectionArea(Composite body) {
        Composite bottom = new Composite(body, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        bottom.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        status = WidgetIds.tag(new Label(bottom, SWT.WRAP), "connections.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Not connected.");
        progress = WidgetIds.tag(new ProgressBar(bottom, SWT.INDETERMINATE), "connections.progress");
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        deviceCode = WidgetIds.tag(new Text(bottom, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.BORDER),
                "connections.deviceCode");
        deviceCode.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        deviceCode.setToolTipText("Open the page on any device with a browser and enter the code");
        features = new FeatureAccessTable(bottom);
        show(progress, false);
        show(deviceCode, false);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, "&Connect", true), "connections.connect")
                .setToolTipText("Connect to the selected tenant (Enter); signing in opens the browser or shows a "
                        + "device code");
        WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, "Close", false), "connections.close")
                .setToolTipText("Close (Esc); a connection made stays in use");
        updateButtons();
    }

    /** Enter, or the Connect button: connects, or stops a connect under way. */
    @Override
    protected void okPressed() {
        if (job != null) {
            job.cancel();
        } else {
            connect();
        }
    }

    @Override
    public boolean close() {
        if (job != null) {
            job.cancel();
        }
        return super.close();
    }

    private void connect() {
        TenantProfile profile = selected();
        if (profile == null || editing || job != null) {
            return;
        }
        setErrorMessage(null);
        features.clear();
        status.setText(profile.isDemo() ? "Starting the demo tenant (the first start generates 100,000 users: a "
                + "few seconds) …" : "Connecting to " + profile.name() + " — " + profile.describe() + " …");
        show(progress, true);
        ConnectJob connecting = new ConnectJob(connections, profile,
                message -> later(() -> {
                    deviceCode.setText(message);
                    show(deviceCode, true);
                }),
                outcome -> later(() -> connected(outcome)));
        job = connecting;
        updateButtons();
        connecting.schedule();
    }

    private void connected(ConnectJob.Outcome outcome) {
        job = null;
        show(progress, false);
        show(deviceCode, false);
        if (outcome.connection() != null) {
            TenantConnection connection = outcome.connection();
            status.setText("Connected to " + connection.name() + " — " + connection.location() + ".");
            features.show(outcome.access());
            setErrorMessage(outcome.failure());
        } else {
            status.setText("Not connected: " + outcome.failure());
            setErrorMessage(outcome.cancelled() ? null : outcome.failure());
        }
        updateButtons();
        status.getParent().layout(true, true);
    }

    private void startEditing(TenantProfile profile) {
        editing = true;
        editingName = profile == null ? null : profile.name();
        form.edit(profile, profile == null ? "" : passwordText(profile));
        updateButtons();
        validate();
    }

    private void stopEditing(String select) {
        editing = false;
        editingName = null;
        refreshList(select);
    }

    private void validate() {
        TenantProfile profile = form.read();
        List<Problem> problems = new ArrayList<>(profile.problems());
        if (!profile.name().isEmpty() && profiles.nameTaken(profile.name(), editingName)) {
            problems.add(0, new Problem(Field.NAME, "A profile named \"" + profile.name() + "\" exists already."));
        }
        form.showProblems(problems);
        save.setEnabled(editing && problems.isEmpty());
    }

    private void saveEdits() {
        TenantProfile profile = form.read();
        char[] password = form.asksPassword() ? form.takePassword() : null;
        try {
            profiles.put(editingName, profile);
            setErrorMessage(null);
            if (password != null) {
                TenantProfiles.SavedPassword saved = profiles.saveCertificatePassword(profile.name(), password);
                if (saved.message() != null) {
                    setMessage(saved.message(), IMessageProvider.WARNING);
                }
            }
            stopEditing(profile.name());
        } catch (IOException | IllegalArgumentException | SecretStoreException e) {
            setErrorMessage(e.getMessage());
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private void removeSelected() {
        TenantProfile profile = selected();
        if (profile == null || profile.isDemo() || !MessageDialog.openQuestion(getShell(), "Remove profile",
                "Remove \"" + profile.name() + "\"? A password stored for it is forgotten too.")) {
            return;
        }
        try {
            profiles.remove(profile.name());
            refreshList(null);
        } catch (IOException e) {
            setErrorMessage(e.getMessage());
        }
    }

    private void refreshList(String select) {
        shown = profiles.list();
        list.setItems(shown.stream().map(TenantProfile::name).toArray(String[]::new));
        int index = 0;
        for (int i = 0; select != null && i < shown.size(); i++) {
            if (shown.get(i).name().equals(select)) {
                index = i;
            }
        }
        list.select(index);
        showSelected();
    }

    private void showSelected() {
        TenantProfile profile = selected();
        if (profile != null) {
            form.show(profile, passwordText(profile));
        }
        updateButtons();
    }

    private TenantProfile selected() {
        int index = list.getSelectionIndex();
        return index < 0 || index >= shown.size() ? null : shown.get(index);
    }

    private String passwordText(TenantProfile profile) {
        return switch (profiles.passwordState(profile.name())) {
            case STORED -> "stored (encrypted); type to replace";
            case SESSION_ONLY -> "kept until Cutover closes; type to replace";
            case NONE -> "none kept";
        };
    }

    private void updateButtons() {
        TenantProfile profile = selected();
        boolean browsing = !editing && job == null;
        list.setEnabled(browsing);
        add.setEnabled(browsing);
        edit.setEnabled(browsing && profile != null && !profile.isDemo());
        remove.setEnabled(browsing && profile != null && !profile.isDemo());
        show(save.getParent(), editing);
        Button connect = getButton(IDialogConstants.OK_ID);
        if (connect != null) {
            connect.setText(job != null ? "&Stop" : "&Connect");
            connect.setEnabled(!editing && profile != null);
            getShell().setDefaultButton(editing ? save : connect);
        }
        save.getParent().getParent().layout(true, true);
    }

    private void later(Runnable update) {
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    update.run();
                }
            });
        }
    }

    private static Button button(Composite parent, String id, String text, String tooltip) {
        Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.setToolTipText(tooltip);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return button;
    }

    private static void show(Control control, boolean shown) {
        control.setVisible(shown);
        ((GridData) control.getLayoutData()).exclude = !shown;
        control.getParent().layout(true, true);
    }
}
