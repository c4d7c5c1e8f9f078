package cutover.migration.ui.connect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cutover.connection.TenantProfile;
import cutover.connection.TenantProfile.Field;
import cutover.connection.TenantProfile.Kind;
import cutover.connection.TenantProfile.Problem;
import cutover.connection.TenantProfile.SignIn;
import cutover.graph.CloudProfile;
import cutover.ui.WidgetIds;

/**
 * The fields of one tenant profile, those its kind needs and no others, each with its problem shown right below it
 * while the specialist types. The certificate password is typed here but never shown back: the form only says
 * where a stored one is.
 */
final class ProfileForm {

    private static final Kind[] KINDS = { Kind.LOCAL_URL, Kind.ENTRA };

    private final Composite form;
    private final Map<Field, Label> errors = new EnumMap<>(Field.class);
    private final List<Row> rows = new ArrayList<>();
    private final Row nameRow;
    private final Row kindRow;
    private final Row tenantRow;
    private final Row cloudRow;
    private final Row clientRow;
    private final Row signInRow;
    private final Row certificateRow;
    private final Row passwordRow;
    private final Text name;
    private final Combo kind;
    private final Text tenant;
    private final Combo cloud;
    private final Text clientId;
    private final Combo signIn;
    private final Text certificate;
    private final Button browse;
    private final Text password;
    private final Label passwordState;
    private final Label demoNote;
    private Runnable onChange = () -> { };
    private boolean editable;
    private boolean filling;

    ProfileForm(Composite parent) {
        form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        name = text("connections.name", SWT.BORDER);
        nameRow = row("&Name:", name, null, Field.NAME, "What you call this tenant, for example \"Contoso (Global)\"");
        kind = combo("connections.kind");
        for (Kind k : KINDS) {
            kind.add(k.label());
        }
        kindRow = row("&Kind:", kind, null, null, "A local tenant on this machine (cutover emulator), or Microsoft "
                + "Entra ID");
        tenant = text("connections.tenant", SWT.BORDER);
        tenantRow = row("&Tenant:", tenant, null, Field.TENANT, null);
        cloud = combo("connections.cloud");
        for (String cloudName : TenantProfile.CLOUDS) {
            cloud.add(CloudProfile.named(cloudName).name());
        }
        cloudRow = row("C&loud:", cloud, null, Field.CLOUD, "The national cloud the tenant lives in: it decides where "
                + "to sign in and which Graph endpoint to call");
        clientId = text("connections.clientId", SWT.BORDER);
        clientRow = row("Client &id:", clientId, null, Field.CLIENT_ID, "The Application (client) ID of the app "
                + "registration Cutover signs in with (Entra admin center › App registrations)");
        signIn = combo("connections.signIn");
        for (SignIn method : SignIn.values()) {
            signIn.add(method.label());
        }
        signInRow = row("&Sign in with:", signIn, null, Field.SIGN_IN, "Browser: your account, with MFA. Device code: "
                + "enter a code on another device. Certificate: the app itself, unattended, with application "
                + "permissions");
        certificate = text("connections.certificate", SWT.BORDER);
        browse = WidgetIds.tag(new Button(form, SWT.PUSH), "connections.browseCertificate");
        browse.setText("&Browse…");
        browse.addListener(SWT.Selection, e -> chooseCertificate());
        certificateRow = row("&Certificate:", certificate, browse, Field.CERTIFICATE, "The app registration's "
                + "certificate with its private key: a .pem file, or a .pfx file with its password");
        password = text("connections.password", SWT.BORDER | SWT.PASSWORD);
        passwordState = WidgetIds.tag(new Label(form, SWT.NONE), "connections.passwordState");
        passwordRow = row("Pass&word:", password, passwordState, null, "The .pfx file's password. It is kept "
                + "encrypted in Eclipse secure storage, never in the profiles file, and never shown again");
        demoNote = WidgetIds.tag(new Label(form, SWT.WRAP), "connections.demoNote");
        demoNote.setText("The local demo tenant of the workspace: 100,000 generated users, nothing to configure. "
                + "It is always here and cannot be removed.");
        GridData note = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        note.widthHint = 380;
        demoNote.setLayoutData(note);
        for (Control control : new Control[] { name, tenant, clientId, certificate, password }) {
            control.addListener(SWT.Modify, e -> changed());
        }
        for (Combo combo : new Combo[] { kind, cloud, signIn }) {
            combo.addListener(SWT.Selection, e -> {
                updateRows();
                changed();
            });
        }
        show(TenantProfile.demo(), "");
    }

    Composite control() {
        return form;
    }

    void onChange(Runnable listener) {
        onChange = listener;
    }

    /** Shows a profile read-only. */
    void show(TenantProfile profile, String passwordText) {
        fill(profile);
        passwordState.setText(passwordText);
        setEditable(false);
    }

    /** Lets the specialist change {@code profile}, or fill in a new one (null). */
    void edit(TenantProfile profile, String passwordText) {
        fill(profile != null ? profile : TenantProfile.entra("", "", "global", "", SignIn.BROWSER, null));
        passwordState.setText(passwordText);
        setEditable(true);
        name.setFocus();
        name.selectAll();
    }

    /** The profile as the fields say now. */
    TenantProfile read() {
        Kind chosen = KINDS[Math.max(0, kind.getSelectionIndex())];
        if (chosen == Kind.LOCAL_URL) {
            return TenantProfile.local(name.getText(), tenant.getText());
        }
        SignIn method = signIn.getSelectionIndex() < 0 ? null : SignIn.values()[signIn.getSelectionIndex()];
        return TenantProfile.entra(name.getText(), tenant.getText(),
                cloud.getSelectionIndex() < 0 ? null : TenantProfile.CLOUDS.get(cloud.getSelectionIndex()),
                clientId.getText(), method, certificate.getText());
    }

    /** Shows each problem below its field (or none); returns them. */
    List<Problem> showProblems(List<Problem> problems) {
        errors.values().forEach(label -> label.setText(""));
        for (Problem problem : problems) {
            Label label = errors.get(problem.field());
            if (label != null && label.getText().isEmpty()) {
                label.setText(problem.message());
            }
        }
        rows.forEach(Row::updateError);
        form.getShell().layout(true, true); // the whole dialog: the editor may need more rows than before
        return problems;
    }

    /** The password typed, then cleared from the field; null when none was typed. */
    char[] takePassword() {
        String typed = password.getText();
        password.setText("");
        return typed.isEmpty() ? null : typed.toCharArray();
    }

    /** Whether the kind and sign-in method call for a certificate password. */
    boolean asksPassword() {
        return read().needsCertificatePassword();
    }

    private void fill(TenantProfile profile) {
        filling = true;
        try {
            name.setText(profile.name());
            kind.select(profile.kind() == Kind.ENTRA ? 1 : 0);
            tenant.setText(profile.tenant() == null ? "" : profile.tenant());
            int cloudIndex = profile.cloud() == null ? -1 : TenantProfile.CLOUDS.indexOf(profile.cloud());
            cloud.select(cloudIndex < 0 ? 0 : cloudIndex);
            clientId.setText(profile.clientId() == null ? "" : profile.clientId());
            signIn.select(profile.signIn() == null ? 0 : profile.signIn().ordinal());
            certificate.setText(profile.certificate() == null ? "" : profile.certificate());
            password.setText("");
            demoNote.setData("demo", profile.isDemo());
            showProblems(List.of());
        } finally {
            filling = false;
        }
        updateRows();
    }

    private void setEditable(boolean editable) {
        this.editable = editable;
        for (Control control : new Control[] { name, kind, tenant, cloud, clientId, signIn, certificate, browse,
                password }) {
            control.setEnabled(editable);
        }
    }

    private void changed() {
        if (!filling && editable) {
            onChange.run();
        }
    }

    private void updateRows() {
        boolean demo = Boolean.TRUE.equals(demoNote.getData("demo"));
        Kind chosen = KINDS[Math.max(0, kind.getSelectionIndex())];
        boolean entra = !demo && chosen == Kind.ENTRA;
        boolean certificateSignIn = entra && signIn.getSelectionIndex() == SignIn.CERTIFICATE.ordinal();
        nameRow.show(true);
        kindRow.show(!demo);
        tenantRow.show(!demo);
        tenantRow.label.setText(entra ? "&Tenant:" : "&Address:");
        tenant.setToolTipText(entra ? "The tenant's id (a GUID) or one of its domains, such as "
                + "contoso.onmicrosoft.com" : "The local tenant's address on this machine, such as "
                + "http://127.0.0.1:8080 (cutover emulator prints it)");
        tenant.setMessage(entra ? "contoso.onmicrosoft.com" : "http://127.0.0.1:8080");
        cloudRow.show(entra);
        clientRow.show(entra);
        signInRow.show(entra);
        certificateRow.show(certificateSignIn);
        passwordRow.show(certificateSignIn);
        demoNote.setVisible(demo);
        ((GridData) demoNote.getLayoutData()).exclude = !demo;
        form.getShell().layout(true, true); // the whole dialog: the editor may need more rows than before
    }

    private void chooseCertificate() {
        FileDialog dialog = new FileDialog(form.getShell(), SWT.OPEN);
        dialog.setText("The app registration's certificate");
        dialog.setFilterNames(new String[] { "Certificates (*.pem, *.pfx)", "All files" });
        dialog.setFilterExtensions(new String[] { "*.pem;*.pfx", "*" });
        String chosen = dialog.open();
        if (chosen != null) {
            certificate.setText(chosen);
        }
    }

    private Text text(String id, int style) {
        Text text = WidgetIds.tag(new Text(form, style | SWT.SINGLE), id);
        return text;
    }

    private Combo combo(String id) {
        return WidgetIds.tag(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), id);
    }

    /** A label, the field (and something beside it), then the field's problem on the line below. */
    private Row row(String labelText, Control field, Control beside, Field problems, String help) {
        // the field was created first; its label must come first in the grid
        Label label = new Label(form, SWT.NONE);
        label.setText(labelText);
        label.moveAbove(field);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, beside == null ? 2 : 1, 1));
        if (beside != null) {
            beside.moveBelow(field);
            beside.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        }
        if (help != null) {
            label.setToolTipText(help);
            field.setToolTipText(help);
        }
        Label filler = new Label(form, SWT.NONE);
        Label error = new Label(form, SWT.WRAP);
        error.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData errorData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        errorData.widthHint = 380;
        error.setLayoutData(errorData);
        if (problems != null) {
            WidgetIds.tag(error, "connections.error." + problems.name().toLowerCase(java.util.Locale.ROOT));
            errors.put(problems, error);
        }
        filler.setLayoutData(new GridData());
        label.setLayoutData(new GridData());
        Row row = new Row(label, new Control[] { label, field, beside }, filler, error);
        rows.add(row);
        return row;
    }

    /** One field's lines; its problem line takes room only while there is a problem to show. */
    private static final class Row {
        final Label label;
        final Control[] line;
        final Label filler;
        final Label error;
        boolean shown = true;

        Row(Label label, Control[] line, Label filler, Label error) {
            this.label = label;
            this.line = line;
            this.filler = filler;
            this.error = error;
        }

        void show(boolean shown) {
            this.shown = shown;
            for (Control control : line) {
                setShown(control, shown);
            }
            updateError();
        }

        void updateError() {
            boolean visible = shown && !error.getText().isEmpty();
            setShown(filler, visible);
            setShown(error, visible);
        }

        private static void setShown(Control control, boolean shown) {
            if (control != null) {
                control.setVisible(shown);
                ((GridData) control.getLayoutData()).exclude = !shown;
            }
        }
    }
}
