package cutover.rollout.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import cutover.connection.Connections;
import cutover.connection.TenantConnection;
import cutover.core.workspace.WorkspaceFolder;
import cutover.graph.GroupRef;
import cutover.graph.StagedRollout.RolloutPolicy;
import cutover.rollout.tenant.RolloutChange;
import cutover.rollout.tenant.StagedRolloutSwitch;
import cutover.ui.Controls;
import cutover.ui.UserLinks;
import cutover.ui.ViewWork;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Staged Rollout policy for MFA: whether it is on and its groups, and the changes to it. Every change is first
 * checked ({@link RolloutReviewPane}): the findings are shown, and Apply sends it only when nothing blocks and the
 * warnings were read.
 */
public class RolloutPart {

    public static final String PART_ID = "cutover.rollout.ui.part.rollout";

    @Inject
    @Service
    private Connections connections;
    @Inject
    private IEventBroker events;

    private Label state;
    private Table groups;
    private Text group;
    private Button add;
    private Button remove;
    private Button enable;
    private Button disable;
    private RolloutReviewPane review;
    private ViewWork work;
    private RolloutPolicy policy;
    private final Consumer<TenantConnection> onConnection = c -> {
        if (work != null) {
            work.ui(() -> {
                review.clear(); // a change checked in one tenant is never applied to another
                refresh();
            });
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        state = WidgetIds.tag(new Label(parent, SWT.WRAP), "rollout.state");
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        groups = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "rollout.groups");
        groups.setHeaderVisible(true);
        groups.setLinesVisible(true);
        GridData groupsData = new GridData(SWT.FILL, SWT.FILL, true, false);
        groupsData.heightHint = 110;
        groups.setLayoutData(groupsData);
        Controls.column(groups, "Group", 280);
        Controls.column(groups, "Id", 300);
        groups.addListener(SWT.Selection, e -> enableButtons());

        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayout(new GridLayout(7, false));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(actions, SWT.NONE).setText("&Group:");
        group = WidgetIds.tag(new Text(actions, SWT.BORDER), "rollout.group");
        group.setMessage("name or id of an assigned group of synchronised users");
        group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        group.addListener(SWT.DefaultSelection, e -> addTyped());
        group.addListener(SWT.Modify, e -> enableButtons());
        add = Controls.push(actions, "rollout.add", "&Add…", "Check the group against Staged Rollout's limits and the "
                + "migration, then apply (Enter in the field)",
                this::addTyped);
        remove = Controls.push(actions, "rollout.remove", "Re&move…", "Take the selected group out of the rollout: "
                + "its users go back to the federation server's MFA", this::removeSelected);
        enable = Controls.push(actions, "rollout.enable", "Switch o&n…", "Check every group, then switch the rollout on",
                () -> check(new RolloutChange.Enable()));
        disable = Controls.push(actions, "rollout.disable", "Switch o&ff…", "Switch the rollout off: every group goes "
                + "back to the federation server's MFA", () -> check(new RolloutChange.Disable()));
        Button refresh = Controls.push(actions, "rollout.refresh", "&Refresh", "Read the policy again", this::refresh);

        review = new RolloutReviewPane(parent, this::apply);
        review.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        work = new ViewWork(parent, "rollout");
        work.disableWhileBusy(add, remove, enable, disable, refresh, review.applyButton());
        work.onIdle(this::enableButtons);
        connections.addListener(onConnection);
        refresh();
    }

    /** Reads the policy in a Job. */
    public void refresh() {
        StagedRolloutSwitch rollout = rollout();
        if (rollout == null) {
            showPolicy(null, false);
            return;
        }
        work.run("Reading the Staged Rollout policy…", monitor -> {
            RolloutPolicy read = rollout.policy();
            work.ui(() -> showPolicy(read, true));
        });
    }

    private void showPolicy(RolloutPolicy read, boolean connected) {
        policy = read;
        groups.removeAll();
        if (!connected) {
            state.setText("Not connected to a tenant: connect in the Migration perspective's Tenant view "
                    + "(Ctrl+Shift+K).");
        } else if (read == null) {
            state.setText("No Staged Rollout policy for MFA: every federated user gets MFA as the domain's "
                    + "federation says. Adding a group creates the policy, switched off.");
        } else {
            state.setText("Staged Rollout for MFA is " + (read.enabled() ? "ON" : "off") + ": \"" + read.displayName()
                    + "\", " + read.groups().size() + " of 10 groups.");
            for (GroupRef ref : read.groups()) {
                new TableItem(groups, SWT.NONE).setText(new String[] {ref.displayName(), ref.id()});
            }
        }
        state.getParent().layout(true);
        enableButtons();
    }

    private void enableButtons() {
        if (work == null || work.busy()) {
            return;
        }
        boolean connected = connections.current().isPresent();
        add.setEnabled(connected && !group.getText().isBlank());
        remove.setEnabled(connected && policy != null && groups.getSelectionIndex() >= 0);
        enable.setEnabled(connected && policy != null && !policy.enabled() && !policy.groups().isEmpty());
        disable.setEnabled(connected && policy != null && policy.enabled());
        review.enableApply();
    }

    private void addTyped() {
        if (group.getText().isBlank()) {
            work.problem("Type the name or id of the group to add first.");
            return;
        }
        check(new RolloutChange.Add(group.getText().strip()));
    }

    private void removeSelected() {
        int index = groups.getSelectionIndex();
        if (policy != null && index >= 0) {
            check(new RolloutChange.Remove(policy.groups().get(index).id()));
        }
    }

    /** Runs the change's preflight in a Job and shows what it found. */
    public void check(RolloutChange change) {
        StagedRolloutSwitch rollout = rollout();
        if (rollout == null) {
            work.problem("Not connected to a tenant.");
            return;
        }
        work.say(null);
        review.clear();
        work.run("Checking: " + change.describe() + "…", monitor -> {
            try {
                var checked = rollout.review(change, monitor);
                work.ui(() -> review.show(checked));
            } catch (IllegalArgumentException e) {
                work.ui(() -> work.problem("Not possible: " + e.getMessage() + "."));
            }
        });
    }

    private void apply(cutover.rollout.tenant.RolloutReview checked) {
        StagedRolloutSwitch rollout = rollout();
        if (rollout == null) {
            return;
        }
        work.run("Applying: " + checked.change().describe() + "…", monitor -> {
            try {
                RolloutPolicy after = rollout.apply(checked);
                work.ui(() -> {
                    review.clear();
                    showPolicy(after, true);
                    work.say("Done: " + checked.change().describe() + ". Journaled with the policy as it was.");
                    events.post(UserLinks.TENANT_CHANGED, checked.change().describe());
                });
            } catch (cutover.rollout.tenant.PreflightRefusedException e) {
                work.ui(() -> work.problem(e.getMessage() + " " + String.join(" ", e.reasons())));
            }
        });
    }

    private StagedRolloutSwitch rollout() {
        return connections.current().map(c -> new StagedRolloutSwitch(c.graph(), WorkspaceFolder.current()))
                .orElse(null);
    }

    @PreDestroy
    public void dispose() {
        connections.removeListener(onConnection);
    }

    /** For tests: the groups as shown, the state line, the message line and the review pane. */
    public List<String> groupNames() {
        return Controls.rows(groups, 0);
    }

    public String stateText() {
        return state.getText();
    }

    public String messageText() {
        return work.messageText();
    }

    public boolean busy() {
        return work.busy();
    }

    public String reviewTitle() {
        return review.titleText();
    }

    /** The findings as shown, one tab-separated row each. */
    public List<String> reviewLines() {
        return review.lines();
    }
}
