package cutover.migration.ui.wave;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cutover.core.plan.ActionKind;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanAction;
import cutover.importers.plan.PlanWriter;
import cutover.migration.WavePlan;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The Plan view: every action of the last plan, which API does it or that none can, filterable and exportable. */
public class PlanPart {

    public static final String PART_ID = "cutover.migration.ui.part.plan";

    @Inject
    private WaveSession session;

    private Label summary;
    private Combo kind;
    private Text text;
    private TextTable table;
    private int[] view = new int[0];
    private final java.util.function.Consumer<WaveSession.Change> onChange = change -> {
        if (change == WaveSession.Change.PLAN && !summary.isDisposed()) {
            refresh();
        }
    };

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        summary = WidgetIds.tag(new Label(parent, SWT.WRAP), "plan.summary");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        kind = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), "plan.filter.kind");
        kind.setItems("Every action", "Writes", "Skipped", "Cannot be migrated");
        kind.select(0);
        kind.addListener(SWT.Selection, e -> refresh());
        text = WidgetIds.tag(new Text(parent, SWT.BORDER | SWT.SEARCH), "plan.filter.text");
        text.setMessage("filter by UPN or rule");
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> refresh());
        Button export = WidgetIds.tag(new Button(parent, SWT.PUSH), "plan.export");
        export.setText("E&xport…");
        export.setToolTipText("Save the plan as JSON (cutover-plan v1), CSV or a printable HTML summary");
        export.addListener(SWT.Selection, e -> export());
        new Label(parent, SWT.NONE);
        table = new TextTable(parent, "plan.table", "UPN", 230, "Action", 110, "Graph request", 330, "API", 70,
                "Rule", 190, "Reason", 420);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        session.addListener(onChange);
        refresh();
    }

    private void refresh() {
        WavePlan plan = session.plan();
        if (plan == null) {
            summary.setText("No plan yet: in the Group view, select rows and press Plan selection, or Plan all.");
            view = new int[0];
            table.show(0, i -> new String[0]);
            return;
        }
        List<PlanAction> actions = plan.plan().actions();
        ActionKind wanted = switch (kind.getSelectionIndex()) {
            case 1 -> ActionKind.WRITE;
            case 2 -> ActionKind.SKIP;
            case 3 -> ActionKind.CANNOT_MIGRATE;
            default -> null;
        };
        String needle = text.getText().strip().toLowerCase(Locale.ROOT);
        Plan all = plan.plan();
        // the plan's kind and rule arrays: filtering never puts the actions together again
        view = IntStream.range(0, all.size()).filter(i -> (wanted == null || all.kind(i) == wanted)
                && (needle.isEmpty() || plan.users().get(all.userOf(i)).mfa().upn().toLowerCase(Locale.ROOT)
                        .contains(needle) || all.rule(i).id().toLowerCase(Locale.ROOT).contains(needle)))
                .toArray();
        var counts = plan.plan().summary();
        summary.setText(String.format(Locale.US, "Plan for %,d users of %s: %,d writes, %,d skipped, %,d cannot be "
                + "migrated%s", plan.users().size(), plan.wave().group().displayName(), counts.count(ActionKind.WRITE),
                counts.count(ActionKind.SKIP), counts.count(ActionKind.CANNOT_MIGRATE),
                view.length == actions.size() ? "" : String.format(Locale.US, " · %,d shown", view.length)));
        int[] rows = view;
        table.show(rows.length, i -> cells(actions.get(rows[i])));
    }

    private static String[] cells(PlanAction action) {
        String kindText = switch (action.kind()) {
            case WRITE -> "write";
            case SKIP -> "skip";
            case CANNOT_MIGRATE -> "cannot migrate";
        };
        return new String[] {action.upn(), kindText, action.operation() == null ? "" : action.operation().toString(),
            action.api() == null ? "" : action.api().name(), action.rule().id(), action.reason()};
    }

    private void export() {
        WavePlan plan = session.plan();
        if (plan == null) {
            return;
        }
        FileDialog dialog = new FileDialog(summary.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.json", "*.csv", "*.html"});
        dialog.setFileName("plan-" + plan.wave().group().displayName().replaceAll("[^A-Za-z0-9-]+", "-") + ".json");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        PlanWriter.Context context = new PlanWriter.Context(
                session.exportFile() == null ? "" : session.exportFile().toString(),
                "group " + plan.wave().group().displayName() + " (" + plan.wave().group().id() + ")",
                plan.wave().tenantId(), plan.options().defaultMethodMode().name().toLowerCase(Locale.ROOT),
                plan.wave().matchAttribute() == null ? "none" : plan.wave().matchAttribute().displayName(),
                plan.options().migrateAll(), Instant.now());
        summary.setText("Saving the plan to " + chosen + "…");
        // writing puts every action together again: seconds for a large group, never on the UI thread
        Job job = Job.create("Saving the plan", monitor -> {
            String said;
            try {
                new PlanWriter().write(Path.of(chosen), plan.plan(), context);
                said = "Plan saved to " + chosen;
            } catch (java.io.IOException | RuntimeException e) {
                said = "Cannot save the plan to " + chosen + ": " + e.getMessage();
            }
            String text = said;
            summary.getDisplay().asyncExec(() -> {
                if (!summary.isDisposed()) {
                    summary.setText(text);
                }
            });
        });
        job.schedule();
    }

    /** Rows shown now (for tests). */
    public int rowCount() {
        return view.length;
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(onChange);
    }
}
