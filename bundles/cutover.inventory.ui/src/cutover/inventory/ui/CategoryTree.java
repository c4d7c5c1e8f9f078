package cutover.inventory.ui;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventorySummary;
import cutover.ui.WidgetIds;

/**
 * The inventory by category, each with its count, and what the import could not use. Selecting a category narrows
 * the table; selecting "Import problems" or "Skipped files" lists them in the details pane.
 */
final class CategoryTree {

    /** What a tree item stands for. */
    sealed interface Node permits All, Category, Problems, Skipped {
    }

    record All() implements Node {
    }

    record Category(DependencyCategory category) implements Node {
    }

    record Problems() implements Node {
    }

    record Skipped() implements Node {
    }

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);
    private final Tree tree;

    CategoryTree(Composite parent, Consumer<Node> selected) {
        tree = WidgetIds.tag(new Tree(parent, SWT.BORDER | SWT.SINGLE), "inventory.tree");
        tree.addListener(SWT.Selection, event -> {
            if (event.item instanceof TreeItem item && item.getData() instanceof Node node) {
                selected.accept(node);
            }
        });
    }

    void show(Inventory inventory) {
        tree.removeAll();
        InventorySummary summary = inventory.summary();
        TreeItem all = item(null, "All dependencies (" + COUNT.format(summary.total()) + ")", new All());
        for (Map.Entry<DependencyCategory, Integer> entry : summary.byCategory().entrySet()) {
            if (entry.getValue() > 0) {
                item(all, entry.getKey().label() + " (" + COUNT.format(entry.getValue()) + ")",
                        new Category(entry.getKey()));
            }
        }
        all.setExpanded(true);
        if (summary.problems() > 0) {
            item(null, "Import problems (" + COUNT.format(summary.problems()) + ")", new Problems());
        }
        if (summary.skippedFiles() > 0) {
            item(null, "Skipped files (" + COUNT.format(summary.skippedFiles()) + ")", new Skipped());
        }
        tree.setSelection(all);
    }

    private TreeItem item(TreeItem parent, String text, Node node) {
        TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
        item.setText(text);
        item.setData(node);
        return item;
    }

    Tree control() {
        return tree;
    }
}
