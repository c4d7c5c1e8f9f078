package cutover.inventory.ui;

import java.util.List;
import java.util.Locale;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.MigrationTarget;
import cutover.core.inventory.Readiness;

/**
 * What the Dependencies view shows: a category (from the tree), a readiness state, a recommended target and text
 * found in the name, identifier or source. A null criterion accepts everything.
 */
public record InventoryFilter(DependencyCategory category, Readiness readiness, MigrationTarget target, String text) {

    public static final InventoryFilter NONE = new InventoryFilter(null, null, null, "");

    public InventoryFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public InventoryFilter withCategory(DependencyCategory value) {
        return new InventoryFilter(value, readiness, target, text);
    }

    public InventoryFilter withReadiness(Readiness value) {
        return new InventoryFilter(category, value, target, text);
    }

    public InventoryFilter withTarget(MigrationTarget value) {
        return new InventoryFilter(category, readiness, value, text);
    }

    public InventoryFilter withText(String value) {
        return new InventoryFilter(category, readiness, target, value);
    }

    public boolean accepts(AnalyzedDependency item, Readiness state) {
        var dependency = item.dependency();
        return (category == null || dependency.category() == category)
                && (readiness == null || state == readiness)
                && (target == null || item.recommendation().target() == target)
                && (text.isEmpty() || contains(dependency.name()) || contains(dependency.identifier())
                        || contains(dependency.source()));
    }

    private boolean contains(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    /** The dependencies of {@code inventory} this filter accepts, in the inventory's order. */
    public List<AnalyzedDependency> apply(Inventory inventory) {
        return inventory.dependencies().stream()
                .filter(item -> accepts(item, inventory.readiness(item.id()).readiness())).toList();
    }
}
