package cutover.migration.ui.tenant;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cutover.connection.Connections;
import cutover.connection.TenantConnection;
import cutover.graph.TenantOverview;
import cutover.migration.ui.connect.ConnectionsDialog;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Tenant view: which tenant the workbench is connected to, how many users it has and its groups with their
 * users counted through nested groups. Reading runs as a Job; the view shows what it is doing and any failure.
 * Connections… opens the tenant profiles (sign-in to Entra ID, a local tenant, what the sign-in allows).
 * With {@code -Dcutover.tenant=demo} (what {@code cutover demo} sets) it connects to the demo tenant at start.
 */
public class TenantPart {

    public static final String PART_ID = "cutover.migration.ui.part.tenant";
    static final String TENANT_PROPERTY = "cutover.tenant";
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    @Inject
    @Service
    private Connections connections;
    @Inject
    private cutover.migration.ui.wave.WaveSession session;

    private Display display;
    private Label name;
    private Label location;
    private Label summary;
    private Label state;
    private Table groups;
    private Button connectDemo;
    private Button openConnections;
    private Button refresh;
    private Job readJob;
    private final Consumer<TenantConnection> onConnection = connection -> {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> showConnection(connection));
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(3, false));
        name = label(parent, "cutover.tenant.name", SWT.BOLD);
        location = label(parent, "cutover.tenant.location", SWT.NONE);
        summary = label(parent, "cutover.tenant.summary", SWT.NONE);
        state = label(parent, "cutover.tenant.state", SWT.NONE);

        groups = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "cutover.tenant.groups");
        groups.setToolTipText("Double-click (or Enter) a group to list it in the Group view");
        groups.addListener(SWT.DefaultSelection, e -> {
            if (groups.getSelectionCount() == 1) {
                session.requestGroup(groups.getSelection()[0].getText(2));
            }
        });
        groups.setHeaderVisible(true);
        groups.setLinesVisible(true);
        groups.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        column("Group", 190);
        TableColumn users = column("Users", 80);
        users.setAlignment(SWT.RIGHT);
        users.setToolTipText("Users in the group and in its nested groups");
        column("Object id", 260);
        groups.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = "Groups of the tenant";
            }
        });

        // a row that wraps: the view is narrow beside the Group view, and no button may be cut off
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout();
        row.marginLeft = 0;
        row.marginRight = 0;
        buttons.setLayout(row);
        connectDemo = WidgetIds.tag(new Button(buttons, SWT.PUSH), "cutover.tenant.connectDemo");
        connectDemo.setText("Connect to the &demo tenant");
        connectDemo.setToolTipText("The local, Graph-compatible tenant kept in the workspace (100,000 generated users)");
        connectDemo.addListener(SWT.Selection, e -> connectToDemo());
        openConnections = WidgetIds.tag(new Button(buttons, SWT.PUSH), "cutover.tenant.connections");
        openConnections.setText("Co&nnections…");
        openConnections.setToolTipText("Tenant profiles: sign in to Microsoft Entra ID or a local tenant, and see what "
                + "the sign-in allows (Ctrl+Shift+K)");
        openConnections.addListener(SWT.Selection, e -> ConnectionsDialog.open(parent.getShell(), connections));
        refresh = WidgetIds.tag(new Button(buttons, SWT.PUSH), "cutover.tenant.refresh");
        refresh.setText("&Refresh");
        refresh.setToolTipText("Read the tenant's users and groups again");
        refresh.addListener(SWT.Selection, e -> connections.current().ifPresent(this::read));

        connections.addListener(onConnection);
        TenantConnection current = connections.current().orElse(null);
        showConnection(current);
        if (current == null && "demo".equals(System.clearProperty(TENANT_PROPERTY))) {
            connectToDemo();
        }
    }

    private Label label(Composite parent, String id, int style) {
        Label label = WidgetIds.tag(new Label(parent, SWT.WRAP), id);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        if (style == SWT.BOLD) {
            label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        }
        return label;
    }

    private TableColumn column(String text, int width) {
        TableColumn column = new TableColumn(groups, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
        return column;
    }

    private void connectToDemo() {
        connectDemo.setEnabled(false);
        setState("Starting the demo tenant (the first start generates 100,000 users: a few seconds) …");
        Job job = Job.create("Connecting to the demo tenant", monitor -> {
            try {
                connections.connectDemo(); // the listener shows it and reads it
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                display.asyncExec(() -> {
                    if (!state.isDisposed()) {
                        connectDemo.setEnabled(true);
                        setState("Cannot connect to the demo tenant: " + e.getMessage());
                    }
                });
                return Status.error("Cannot connect to the demo tenant", e);
            }
        });
        job.schedule();
    }

    private void showConnection(TenantConnection connection) {
        if (name.isDisposed()) {
            return;
        }
        groups.removeAll();
        summary.setText("");
        if (connection == null) {
            name.setText("Not connected");
            location.setText("Connect to the demo tenant to try Cutover, or open Connections… (Ctrl+Shift+K) to sign "
                    + "in to Microsoft Entra ID or use a local tenant.");
            setState("");
            connectDemo.setEnabled(true);
            refresh.setEnabled(false);
        } else {
            name.setText(connection.name());
            location.setText(connection.location());
            connectDemo.setEnabled(false);
            refresh.setEnabled(true);
            read(connection);
        }
        name.getParent().layout(true, true);
    }

    private void read(TenantConnection connection) {
        if (readJob != null) {
            readJob.cancel();
        }
        setState("Reading the tenant's users and groups …");
        refresh.setEnabled(false);
        Job job = Job.create("Reading " + connection.name(), monitor -> {
            try {
                TenantOverview overview = TenantOverview.read(connection.graph(), monitor);
                display.asyncExec(() -> show(connection, overview));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                display.asyncExec(() -> {
                    if (!state.isDisposed()) {
                        refresh.setEnabled(true);
                        setState("Cannot read " + connection.name() + ": " + e.getMessage());
                    }
                });
                return new Status(IStatus.ERROR, "cutover.migration.ui", "Cannot read the tenant", e);
            }
        });
        readJob = job;
        job.schedule();
    }

    private void show(TenantConnection connection, TenantOverview overview) {
        if (groups.isDisposed() || connections.current().orElse(null) != connection) {
            return; // disconnected, or connected elsewhere, while reading
        }
        summary.setText((overview.organization() == null ? "" : overview.organization() + " · ") + "tenant "
                + overview.tenantId() + " · " + COUNT.format(overview.users()) + " users · "
                + (overview.moreGroups() ? "the first " + overview.groups().size() : overview.groups().size())
                + " groups");
        groups.removeAll();
        for (TenantOverview.GroupSummary group : overview.groups()) {
            TableItem item = new TableItem(groups, SWT.NONE);
            item.setText(new String[] {group.displayName(), COUNT.format(group.transitiveUsers()), group.id()});
        }
        refresh.setEnabled(true);
        setState("");
        summary.getParent().layout(true, true);
    }

    private void setState(String text) {
        state.setText(text);
        state.getParent().layout(true, true);
    }

    @Focus
    public void focus() {
        groups.setFocus();
    }

    @PreDestroy
    public void dispose() {
        connections.removeListener(onConnection);
        if (readJob != null) {
            readJob.cancel();
        }
    }
}
