package cutover.federation.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cutover.connection.Connections;
import cutover.connection.TenantConnection;
import cutover.core.workspace.WorkspaceFolder;
import cutover.graph.FederationSettings.FederatedDomain;
import cutover.rollout.FederationSwitchPreflight;
import cutover.rollout.tenant.DomainReview;
import cutover.rollout.tenant.FederationSwitch;
import cutover.rollout.tenant.PreflightRefusedException;
import cutover.rollout.tenant.RollbackStep;
import cutover.store.Journal;
import cutover.store.TenantChange;
import cutover.ui.Controls;
import cutover.ui.FindingsTable;
import cutover.ui.UserLinks;
import cutover.ui.ViewWork;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Each domain's federation and {@code federatedIdpMfaBehavior}; for a federated domain the preflight of the switch
 * to {@code rejectMfaByFederatedIdp}, offered only when nothing blocks and the domain's name is typed; the guide's
 * rollback behind the same confirmation; and the journal of tenant-wide changes with their snapshots.
 */
public class FederationPart {

    public static final String PART_ID = "cutover.federation.ui.part.federation";
    private static final Duration JOURNAL_PATIENCE = Duration.ofSeconds(30);

    @Inject
    @Service
    private Connections connections;
    @Inject
    private IEventBroker events;

    private Label state;
    private DomainTable domains;
    private Label title;
    private FindingsTable findings;
    private Text confirm;
    private Button switchButton;
    private Button rollbackButton;
    private TenantChangesPane changes;
    private ViewWork work;
    private DomainReview review;
    private long version;
    private final Consumer<TenantConnection> onConnection = c -> {
        if (work != null) {
            work.ui(() -> {
                showReview(null, "Connection changed: reading the domains again.");
                refresh();
            });
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        state = WidgetIds.tag(new Label(top, SWT.WRAP), "federation.state");
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button refresh = Controls.push(top, "federation.refresh", "&Refresh", "Read the domains, the preflight and "
                + "the journal again", this::refresh);

        SashForm down = new SashForm(parent, SWT.VERTICAL);
        down.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        domains = new DomainTable(down, this::domainSelected);
        Composite switchBox = new Composite(down, SWT.NONE);
        switchBox.setLayout(new GridLayout(1, false));
        title = WidgetIds.tag(new Label(switchBox, SWT.WRAP), "federation.review");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        findings = new FindingsTable(switchBox, "federation.findings");
        findings.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite confirmRow = new Composite(switchBox, SWT.NONE);
        confirmRow.setLayout(new GridLayout(4, false));
        confirmRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(confirmRow, SWT.NONE).setText("Type the domain's name to &confirm:");
        confirm = WidgetIds.tag(new Text(confirmRow, SWT.BORDER), "federation.confirm");
        confirm.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        confirm.addListener(SWT.Modify, e -> enableButtons());
        switchButton = WidgetIds.tag(new Button(confirmRow, SWT.PUSH), "federation.switch");
        switchButton.setText("&Switch to rejectMfaByFederatedIdp");
        switchButton.setToolTipText("Entra ID does MFA itself from now on; cannot be unset; takes up to 24 hours");
        switchButton.addListener(SWT.Selection, e -> switchToReject());
        rollbackButton = WidgetIds.tag(new Button(confirmRow, SWT.PUSH), "federation.rollback");
        rollbackButton.setText("Roll &back");
        rollbackButton.setToolTipText("The guide's rollback: set enforceMfaByFederatedIdp, then switch Staged "
                + "Rollout for MFA off");
        rollbackButton.addListener(SWT.Selection, e -> rollback());
        Composite journalBox = new Composite(down, SWT.NONE);
        journalBox.setLayout(new GridLayout(1, false));
        new Label(journalBox, SWT.NONE).setText("Tenant-wide changes journaled in this workspace, newest first, "
                + "with the setting as it was before:");
        changes = new TenantChangesPane(journalBox);
        down.setWeights(22, 48, 30);
        work = new ViewWork(parent, "federation");
        work.disableWhileBusy(refresh, switchButton, rollbackButton);
        work.onIdle(this::enableButtons);
        connections.addListener(onConnection);
        showReview(null, "Select a federated domain to see whether it may be switched.");
        refresh();
    }

    /** Reads the domains and the journal of tenant changes in a Job; the selected domain is checked again. */
    public void refresh() {
        Path workspace = WorkspaceFolder.current();
        FederationSwitch federation = federation();
        String selected = domains.selected() == null ? null : domains.selected().name();
        work.run("Reading the domains…", monitor -> {
            List<FederatedDomain> read = federation == null ? List.of() : federation.domains();
            List<TenantChange> journaled;
            try (Journal journal = Journal.openWaiting(workspace, JOURNAL_PATIENCE)) {
                journaled = journal.tenantChanges();
            }
            work.ui(() -> {
                state.setText(federation == null ? "Not connected to a tenant: connect in the Migration "
                        + "perspective's Tenant view (Ctrl+Shift+K)." : String.format(Locale.US, "%d domain(s), "
                                + "%d federated.", read.size(), read.stream().filter(FederatedDomain::federated)
                                        .count()));
                state.getParent().layout(true);
                // the first federated domain is the one to check when none was chosen
                domains.show(read, selected != null ? selected : read.stream()
                        .filter(FederatedDomain::hasFederation).map(FederatedDomain::name).findFirst().orElse(null));
                changes.show(journaled);
                version++;
                if (domains.selected() != null) {
                    domainSelected(domains.selected());
                }
            });
        });
    }

    private void domainSelected(FederatedDomain domain) {
        review = null;
        if (!domain.hasFederation()) {
            showReview(null, domain.name() + " is managed: its users already sign in with Entra ID, so there is "
                    + "nothing to switch.");
            return;
        }
        FederationSwitch federation = federation();
        if (federation == null) {
            return;
        }
        showReview(null, "Checking " + domain.name() + "…");
        work.run("Checking " + domain.name() + "…", monitor -> {
            DomainReview checked = federation.review(domain.name(), monitor);
            work.ui(() -> showReview(checked, null));
        });
    }

    private void showReview(DomainReview checked, String text) {
        review = checked;
        if (checked == null) {
            title.setText(text);
            findings.show(List.of(), null);
        } else {
            String name = checked.domain().name();
            title.setText(name + " → " + FederationSwitchPreflight.REJECT + " (now " + (checked.behavior() == null
                    ? "unset" : checked.behavior()) + "): " + (checked.allowed() ? "nothing blocks. Type " + name
                            + " to confirm." : "blocked; nothing can be sent until the findings in red are "
                                    + "resolved. Rollback stays possible."));
            findings.show(checked.findings().stream().map(f -> new FindingsTable.Row(f.rule().blocks, f.describe(),
                    f.concerned())).toList(), null);
        }
        title.getParent().layout(true);
        enableButtons();
    }

    private void enableButtons() {
        if (work == null || work.busy()) {
            return;
        }
        FederatedDomain selected = domains.selected();
        boolean confirmed = selected != null && selected.hasFederation()
                && FederationSwitchPreflight.confirms(confirm.getText(), selected.name());
        boolean reviewed = review != null && review.domain().name().equals(selected == null ? null : selected.name());
        switchButton.setEnabled(confirmed && reviewed && review.allowed());
        // the way back needs no review: it must stay open when the preflight cannot be read
        rollbackButton.setEnabled(confirmed);
    }

    private void switchToReject() {
        DomainReview checked = review;
        FederationSwitch federation = federation();
        String typed = confirm.getText();
        if (checked == null || federation == null) {
            return;
        }
        work.run("Switching " + checked.domain().name() + "…", monitor -> {
            try {
                var after = federation.switchToReject(checked, typed);
                work.ui(() -> done(checked.domain().name() + " now has federatedIdpMfaBehavior "
                        + after.federatedIdpMfaBehavior() + " (read back). Entra ID may take up to 24 hours to act "
                        + "on it. The federation as it was is journaled below."));
            } catch (PreflightRefusedException e) {
                work.ui(() -> work.problem(e.getMessage() + " " + String.join(" ", e.reasons())));
            }
        });
    }

    private void rollback() {
        FederatedDomain selected = domains.selected();
        FederationSwitch federation = federation();
        if (selected == null || federation == null) {
            return;
        }
        work.run("Rolling back " + selected.name() + "…", monitor -> {
            List<RollbackStep> steps = federation.rollback(selected.name(), monitor);
            String outcome = String.join(" ", steps.stream().map(s -> s.what() + ": " + s.outcome() + ".").toList());
            boolean failed = steps.stream().anyMatch(RollbackStep::failed);
            work.ui(() -> {
                if (failed) {
                    work.problem("Rollback incomplete. " + outcome);
                    refresh();
                } else {
                    done("Rolled back. " + outcome);
                }
            });
        });
    }

    private void done(String text) {
        confirm.setText("");
        work.say(text);
        events.post(UserLinks.TENANT_CHANGED, text);
        refresh();
    }

    private FederationSwitch federation() {
        return connections.current().map(c -> new FederationSwitch(c.graph(), WorkspaceFolder.current()))
                .orElse(null);
    }

    @PreDestroy
    public void dispose() {
        connections.removeListener(onConnection);
    }

    /** How many times the domains were shown: a test waits for the next. */
    public long shownVersion() {
        return version;
    }

    public boolean busy() {
        return work.busy();
    }

    public List<String> domainRows() {
        return domains.rows();
    }

    public void selectDomain(String name) {
        domains.select(name);
    }

    public String reviewTitle() {
        return title.getText();
    }

    public List<String> findingLines() {
        return findings.lines();
    }

    public List<String> changeRows() {
        return changes.rows();
    }

    public String messageText() {
        return work.messageText();
    }
}
