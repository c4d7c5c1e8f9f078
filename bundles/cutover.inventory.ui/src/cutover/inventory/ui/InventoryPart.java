package cutover.inventory.ui;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventoryProblem;
import cutover.core.inventory.ReadinessRecord;
import cutover.core.inventory.SkippedFile;
import cutover.ui.ProgressRow;
import cutover.ui.StatusLine;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Dependencies view: what depends on MFA Server, imported offline from a collection folder or zip, each with
 * the recommended target. A tree by category, a filterable table, and a details pane with the evidence and the
 * specialist's readiness notes, kept in the workspace.
 */
public class InventoryPart {

    public static final String PART_ID = "cutover.inventory.ui.part.inventory";
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    @Inject
    private MApplication application;

    private Display display;
    private InventoryFilterBar filters;
    private Label state;
    private ProgressRow progress;
    private CategoryTree tree;
    private DependencyTable table;
    private DetailsPane details;
    private final Path workspace = cutover.core.workspace.WorkspaceFolder.current();
    private final ReadinessStore readiness = new ReadinessStore(workspace);

    private Inventory inventory;
    private Path openPath;
    private InventoryFilter filter = InventoryFilter.NONE;
    private LoadInventoryJob loading;
    private long loads;

    @PostConstruct
    public void create(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(1, false));
        filters = new InventoryFilterBar(parent, this::open, changed -> {
            filter = changed.withCategory(filter.category());
            refilter();
        }, this::exportReport);
        filters.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        state = WidgetIds.tag(new Label(parent, SWT.WRAP), "inventory.state");
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        state.setText("No collection is open. Open a folder or a zip made by tools/Collect-MfaDependencies.ps1.");
        progress = new ProgressRow(parent, "inventory.load",
                "Stop reading; the dependencies shown before stay as they were", this::cancelLoad);

        SashForm across = new SashForm(parent, SWT.HORIZONTAL);
        across.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree = new CategoryTree(across, this::treeSelected);
        SashForm down = new SashForm(across, SWT.VERTICAL);
        table = new DependencyTable(down, item -> details.show(item, inventory));
        details = new DetailsPane(down, this::saveReadiness);
        down.setWeights(60, 40);
        across.setWeights(22, 78);
    }

    /** Reads a collection folder, a collector zip or one collected file in the background. */
    public void open(Path path) {
        cancelLoad();
        List<ReadinessRecord> saved;
        try {
            saved = readiness.load();
        } catch (RuntimeException e) {
            setState("Cannot read the saved readiness notes, so nothing was opened (they are kept as they are): "
                    + e.getMessage());
            return;
        }
        long generation = ++loads;
        LoadInventoryJob job = new LoadInventoryJob(path, saved, workspace,
                outcome -> display.asyncExec(() -> loaded(generation, outcome)));
        loading = job;
        progress.start("Reading " + path.getFileName() + " …");
        job.schedule();
        pollProgress(job);
    }

    private void loaded(long generation, LoadInventoryJob.Outcome outcome) {
        if (state.isDisposed() || generation != loads) {
            return; // a newer open replaced this one
        }
        loading = null;
        progress.finish();
        if (outcome.inventory() == null) {
            setState(outcome.failure() == null ? "Reading " + outcome.path() + " was cancelled; nothing was changed."
                    : "Cannot read " + outcome.path() + ": " + outcome.failure());
            return;
        }
        inventory = outcome.inventory();
        openPath = outcome.path();
        tree.show(inventory);
        filter = filter.withCategory(null);
        refilter();
        var summary = inventory.summary();
        setState(COUNT.format(summary.total()) + " dependencies from " + openPath.getFileName()
                + (summary.problems() > 0 ? " · " + COUNT.format(summary.problems())
                        + (summary.problems() == 1 ? " import problem" : " import problems") + " (see the tree)"
                        : "")
                + (summary.skippedFiles() > 0 ? " · " + COUNT.format(summary.skippedFiles())
                        + (summary.skippedFiles() == 1 ? " file skipped" : " files skipped") : "")
                + (outcome.rosterFailure() == null ? ""
                        : " · the list of dependencies for the federation switch check was not recorded in the"
                                + " workspace; open the collection again to retry: " + outcome.rosterFailure()));
        application.getContext().set(StatusLine.CONTEXT_KEY, state.getText());
    }

    private void cancelLoad() {
        if (loading == null) {
            return;
        }
        if (loading.cancel()) {
            // not running yet, so it will never report back
            setState("Reading " + loading.path().getFileName() + " was cancelled; nothing was changed.");
            loading = null;
            loads++;
            progress.finish();
        } else {
            progress.cancelling();
        }
    }

    private void pollProgress(LoadInventoryJob job) {
        display.timerExec(100, () -> {
            if (loading != job || state.isDisposed()) {
                return;
            }
            progress.update("Reading " + job.path().getFileName() + " — "
                    + (int) (job.fractionDone() * 100) + "%", job.fractionDone());
            pollProgress(job);
        });
    }

    private void treeSelected(CategoryTree.Node node) {
        switch (node) {
            case CategoryTree.All all -> {
                filter = filter.withCategory(null);
                refilter();
            }
            case CategoryTree.Category category -> {
                filter = filter.withCategory(category.category());
                refilter();
            }
            case CategoryTree.Problems problems -> details.showText(lines("Import problems (file:line: what is wrong)",
                    inventory.problems().stream().map(InventoryProblem::toString).toList()));
            case CategoryTree.Skipped skipped -> details.showText(lines("Files skipped, and why",
                    inventory.skippedFiles().stream().map(SkippedFile::toString).toList()));
        }
    }

    private static String lines(String title, List<String> lines) {
        return title + ":\n\n" + String.join("\n", lines);
    }

    private void refilter() {
        if (inventory == null) {
            return;
        }
        List<AnalyzedDependency> rows = filter.apply(inventory);
        table.show(inventory, rows);
        details.show(null, inventory);
        filters.showCount(rows.size(), inventory.dependencies().size());
    }

    private void saveReadiness(ReadinessRecord record) {
        Inventory changed = inventory.withReadiness(record);
        try {
            readiness.save(changed.readinessRecords());
        } catch (RuntimeException e) {
            setState("Cannot save the readiness notes; they are still shown, try again: " + e.getMessage());
            return;
        }
        inventory = changed;
        inventory.dependency(record.dependencyId()).ifPresent(item -> table.refresh(item, inventory));
        setState("Saved: " + record.readiness().label() + " for "
                + inventory.dependency(record.dependencyId()).map(d -> d.dependency().name()).orElse("?"));
    }

    private void exportReport(Path file) {
        if (inventory == null) {
            setState("Open a collection first: there is nothing to report yet.");
            return;
        }
        Inventory snapshot = inventory;
        org.eclipse.core.runtime.jobs.Job.create("Writing " + file.getFileName(), monitor -> {
            try {
                cutover.importers.inventory.report.InventoryReportWriter.write(file, snapshot);
                display.asyncExec(() -> setState("Wrote " + file));
            } catch (Exception e) {
                display.asyncExec(() -> setState("Cannot write " + file + ": " + e.getMessage()));
            }
        }).schedule();
    }

    private void setState(String text) {
        if (!state.isDisposed()) {
            state.setText(text);
            state.getParent().layout(true, true);
        }
    }

    /** The inventory shown, or null (for tests). */
    public Inventory inventory() {
        return inventory;
    }

    /** The rows the table shows now (UI thread). */
    public List<AnalyzedDependency> rows() {
        return table.rows();
    }

    public boolean isLoading() {
        return loading != null;
    }

    public String stateText() {
        return state.getText();
    }

    @Focus
    public void focus() {
        table.control().setFocus();
    }

    @PreDestroy
    public void dispose() {
        cancelLoad();
    }
}
