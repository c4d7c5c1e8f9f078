package cutover.rollout.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import cutover.connection.Connections;
import cutover.connection.TenantConnection;
import cutover.core.workspace.WorkspaceFolder;
import cutover.rollout.PhaseBoard;
import cutover.rollout.PhaseFacts;
import cutover.rollout.PhaseStep;
import cutover.rollout.tenant.PhaseFactsReader;
import cutover.ui.Controls;
import cutover.ui.UserLinks;
import cutover.ui.ViewWork;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The migration guide's phases as a checklist: each step's state is derived from the workspace (inventory, journal,
 * verifications) and the connected tenant (Staged Rollout, federation), read again when the view gets the focus or
 * something changes. Enter or a double-click opens the perspective where a step is done.
 */
public class PhaseBoardPart {

    public static final String PART_ID = "cutover.rollout.ui.part.board";
    private static final String SHOW_PERSPECTIVE = "cutover.app.command.showPerspective";

    @Inject
    @Service
    private Connections connections;
    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;

    private Table steps;
    private Label read;
    private Label evidence;
    private ViewWork work;
    private List<PhaseStep> shown = List.of();
    private long version;
    private long readAt;
    private final Consumer<TenantConnection> onConnection = c -> {
        if (work != null) {
            work.ui(this::refresh);
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(3, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        read = WidgetIds.tag(new Label(top, SWT.WRAP), "phases.state");
        read.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button refresh = Controls.push(top, "phases.refresh", "&Refresh", "Read the workspace and the tenant again",
                this::refresh);
        Button open = Controls.push(top, "phases.open", "&Open", "Open the perspective where the selected step is done "
                + "(Enter)", this::openSelected);
        steps = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "phases.steps");
        steps.setHeaderVisible(true);
        steps.setLinesVisible(true);
        steps.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Controls.column(steps, "Phase", 95);
        Controls.column(steps, "Step", 290);
        Controls.column(steps, "State", 90);
        Controls.column(steps, "What shows it", 520);
        steps.addListener(SWT.DefaultSelection, e -> openSelected());
        steps.addListener(SWT.Selection, e -> showEvidence());
        evidence = WidgetIds.tag(new Label(parent, SWT.WRAP), "phases.evidence");
        GridData evidenceData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        evidenceData.widthHint = 300;
        evidence.setLayoutData(evidenceData);
        work = new ViewWork(parent, "phases");
        work.disableWhileBusy(refresh, open);
        connections.addListener(onConnection);
        refresh();
    }

    @Focus
    public void focus() {
        steps.setFocus();
        // coming back to the view reads again (the inventory or a run may have changed), at most every 5 s
        if (!work.busy() && System.nanoTime() - readAt > 5_000_000_000L) {
            refresh();
        }
    }

    @Inject
    @Optional
    public void tenantChanged(@UIEventTopic(UserLinks.TENANT_CHANGED) String what) {
        if (work != null) {
            refresh();
        }
    }

    @Inject
    @Optional
    public void journalChanged(@UIEventTopic(UserLinks.JOURNAL_CHANGED) String what) {
        if (work != null) {
            refresh();
        }
    }

    /** Reads the facts in a Job and shows the steps. */
    public void refresh() {
        var workspace = WorkspaceFolder.current();
        TenantConnection tenant = connections.current().orElse(null);
        work.run("Reading where the migration stands…", monitor -> {
            PhaseFacts facts = PhaseFactsReader.read(workspace, tenant == null ? null : tenant.graph(), monitor);
            List<PhaseStep> derived = PhaseBoard.steps(facts);
            work.ui(() -> show(derived, tenant == null ? "No tenant connected: the steps that need Entra ID say "
                    + "so." : "From the workspace and " + tenant.name() + "."));
        });
    }

    private void show(List<PhaseStep> derived, String source) {
        shown = derived;
        readAt = System.nanoTime();
        int selected = steps.getSelectionIndex();
        steps.setRedraw(false);
        steps.removeAll();
        for (PhaseStep step : derived) {
            TableItem item = new TableItem(steps, SWT.NONE);
            item.setText(new String[] {step.phase().label, step.title(), step.state().label, step.evidence()});
            item.setForeground(2, steps.getDisplay().getSystemColor(colour(step.state())));
        }
        if (selected >= 0 && selected < derived.size()) {
            steps.setSelection(selected);
        }
        steps.setRedraw(true);
        showEvidence();
        long done = derived.stream().filter(s -> s.state() == PhaseStep.State.DONE).count();
        read.setText(done + " of " + derived.size() + " steps done. " + source);
        read.getParent().layout(true);
        version++;
    }

    private static int colour(PhaseStep.State state) {
        return switch (state) {
            case DONE -> SWT.COLOR_DARK_GREEN;
            case IN_PROGRESS -> SWT.COLOR_DARK_YELLOW;
            case TO_DO -> SWT.COLOR_DARK_RED;
            case UNKNOWN -> SWT.COLOR_DARK_GRAY;
            case MANUAL -> SWT.COLOR_DARK_BLUE;
        };
    }

    private void showEvidence() {
        int index = steps.getSelectionIndex();
        evidence.setText(index < 0 || index >= shown.size() ? "Select a step to read what shows its state; Enter "
                + "opens where it is done." : shown.get(index).title() + ": " + shown.get(index).evidence());
        evidence.getParent().layout(true);
    }

    private void openSelected() {
        int index = steps.getSelectionIndex();
        if (index < 0 || index >= shown.size() || shown.get(index).perspective() == null) {
            work.say(index < 0 ? "Select a step first." : "This step is done outside Cutover.");
            return;
        }
        ParameterizedCommand command = commands.createCommand(SHOW_PERSPECTIVE,
                Map.of(SHOW_PERSPECTIVE + ".id", shown.get(index).perspective()));
        handlers.executeHandler(command);
    }

    @PreDestroy
    public void dispose() {
        connections.removeListener(onConnection);
    }

    /** How many times the steps were shown: a test waits for the next. */
    public long shownVersion() {
        return version;
    }

    /** The steps as shown: phase, step, state and evidence, tab-separated. */
    public List<String> rows() {
        return Controls.rows(steps);
    }
}
