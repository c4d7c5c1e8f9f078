package cutover.migration.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.MigrationTarget;
import cutover.importers.inventory.InventoryFixtures;
import cutover.importers.inventory.readiness.InventoryRoster;
import cutover.inventory.ui.InventoryPart;

/** The Dependencies view as a specialist uses it: open a collector zip, filter, read the details, record progress. */
@Timeout(240)
class InventoryViewTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int RADIUS_CLIENTS = 300;
    private static final int RELYING_PARTIES = 60;

    @TempDir
    Path dir;

    @Test
    void aCollectorZipIsListedFilteredAndItsReadinessKept() throws Exception {
        Path zip = new InventoryFixtures(5).writeZip(dir.resolve("collection.zip"), RADIUS_CLIENTS, RELYING_PARTIES);
        String before = System.setProperty("cutover.workspace", dir.resolve("workspace").toString());
        try {
            InventoryPart part = showDependencies();
            part.open(zip);
            Ui.waitUntil("the inventory", WAIT, () -> !part.isLoading() && part.inventory() != null);
            int total = part.inventory().dependencies().size();
            assertTrue(total > RADIUS_CLIENTS + RELYING_PARTIES, "clients, trusts and the rest: " + total);
            assertEquals(total, InventoryRoster.load(dir.resolve("workspace")).orElseThrow().dependencies().size(),
                    "the roster is recorded in the workspace");
            Table table = Ui.find(Table.class, "inventory.table");
            assertEquals(total, table.getItemCount());
            assertEquals(total + " dependencies", Ui.find(Label.class, "inventory.count").getText().replace(",", ""));

            long radius = part.inventory().dependencies().stream()
                    .filter(d -> d.dependency().category() == DependencyCategory.RADIUS_CLIENT).count();
            Tree tree = Ui.find(Tree.class, "inventory.tree");
            TreeItem all = tree.getItem(0);
            assertTrue(all.getText().startsWith("All dependencies ("), all.getText());
            boolean listed = false;
            for (TreeItem category : all.getItems()) {
                listed |= category.getText().equals("RADIUS client (" + String.format("%,d", radius) + ")");
            }
            assertTrue(listed, "the tree counts the RADIUS clients");

            MigrationTarget target = part.inventory().dependencies().get(0).recommendation().target();
            long withTarget = part.inventory().dependencies().stream()
                    .filter(d -> d.recommendation().target() == target).count();
            Ui.select("inventory.filter.target", target.label());
            assertEquals(withTarget, table.getItemCount(), "rows with target " + target.label());
            assertTrue(part.rows().stream().allMatch(d -> d.recommendation().target() == target));

            Ui.select("inventory.filter.target", "Any");
            AnalyzedDependency picked = part.rows().get(7);
            Ui.type("inventory.filter.text", picked.dependency().name());
            assertTrue(part.rows().contains(picked), "the text filter keeps the named dependency");
            assertTrue(part.rows().size() < total);
            assertEquals(picked.dependency().name(), table.getItem(part.rows().indexOf(picked)).getText(0),
                    "the row shows its name");

            table.setSelection(part.rows().indexOf(picked));
            table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            String details = Ui.find(Text.class, "inventory.details").getText();
            assertTrue(details.contains(picked.recommendation().target().label()), details);
            assertTrue(details.contains(picked.dependency().evidence().get(0).file()), details);

            Ui.select("inventory.readiness", "Migrated");
            Ui.type("inventory.notes", "Moved to the NPS extension on 24 Nov");
            Ui.click("inventory.save");
            assertEquals("Migrated", table.getItem(part.rows().indexOf(picked)).getText(5));
            assertTrue(Files.isRegularFile(dir.resolve("workspace/inventory/readiness.json")), "kept in the workspace");

            Ui.type("inventory.filter.text", "");
            Ui.select("inventory.filter.readiness", "Migrated");
            assertEquals(1, table.getItemCount(), "only the migrated dependency");
            Ui.pump(300);
            Path screenshots = Path.of(System.getProperty("cutover.screenshots", "target/screenshots"));
            Files.createDirectories(screenshots);
            Ui.select("inventory.filter.readiness", "Any");
            Ui.pump(300);
            Ui.save(Ui.capture(Workbench.shell()), screenshots.resolve("inventory-view.png"));

            part.open(zip); // opened again: the notes come back from the workspace
            Ui.waitUntil("the inventory again", WAIT, () -> !part.isLoading()
                    && part.inventory().readiness(picked.id()).notes().startsWith("Moved to the NPS extension"));

            Path big = new InventoryFixtures(6).writeZip(dir.resolve("big.zip"), 20_000, 2_000);
            part.open(big);
            assertTrue(Ui.find(org.eclipse.swt.widgets.ProgressBar.class, "inventory.load.progress").isVisible(),
                    "a progress bar while reading");
            Ui.click("inventory.load.cancel");
            Ui.waitUntil("the cancelled read to end", WAIT, () -> !part.isLoading());
            assertTrue(part.stateText().contains("was cancelled; nothing was changed"), part.stateText());
            assertEquals(total, part.inventory().dependencies().size(), "the collection shown before stays");
            assertEquals(zip.toString(), InventoryRoster.load(dir.resolve("workspace")).orElseThrow().source(),
                    "so does its roster");
            assertEquals(total, table.getItemCount());
        } finally {
            if (before == null) {
                System.clearProperty("cutover.workspace");
            } else {
                System.setProperty("cutover.workspace", before);
            }
            switchTo("cutover.migration.ui.perspective");
        }
    }

    private static InventoryPart showDependencies() {
        switchTo("cutover.inventory.ui.perspective");
        EPartService parts = Workbench.context().get(EPartService.class);
        Ui.waitUntil("the Dependencies view", WAIT, () -> {
            MPart part = parts.findPart(InventoryPart.PART_ID);
            return part != null && part.getObject() instanceof InventoryPart;
        });
        return (InventoryPart) parts.findPart(InventoryPart.PART_ID).getObject();
    }

    /** Window › Migration / Dependencies, through the real command. */
    private static void switchTo(String perspective) {
        IEclipseContext context = Workbench.context();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(
                "cutover.app.command.showPerspective", Map.of("cutover.app.command.showPerspective.id", perspective));
        context.get(EHandlerService.class).executeHandler(command);
        Ui.pump(200);
    }
}
