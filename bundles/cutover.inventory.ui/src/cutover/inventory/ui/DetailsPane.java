package cutover.inventory.ui;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.Readiness;
import cutover.core.inventory.ReadinessRecord;
import cutover.core.inventory.Recommendation;
import cutover.ui.WidgetIds;

/**
 * One dependency in full: its facts, the recommended target with the reasons and caveats, the evidence (file and
 * line), and the specialist's readiness state and notes, saved with Save (Ctrl+S in the notes).
 */
final class DetailsPane {

    /** Receives a changed readiness record to keep. */
    interface Saver {
        void save(ReadinessRecord record);
    }

    private final Composite box;
    private final Text details;
    private final Combo readiness;
    private final Text notes;
    private final Button save;
    private final Saver saver;
    private AnalyzedDependency shown;

    DetailsPane(Composite parent, Saver saver) {
        this.saver = saver;
        box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(3, false));
        details = WidgetIds.tag(new Text(box, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
                "inventory.details");
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        new Label(box, SWT.NONE).setText("&Readiness:");
        readiness = WidgetIds.tag(new Combo(box, SWT.READ_ONLY | SWT.DROP_DOWN), "inventory.readiness");
        for (Readiness value : Readiness.values()) {
            readiness.add(value.label());
        }
        save = WidgetIds.tag(new Button(box, SWT.PUSH), "inventory.save");
        save.setText("&Save");
        save.setToolTipText("Keep the readiness and notes in the workspace (Ctrl+S in the notes)");
        save.addListener(SWT.Selection, e -> save());
        Label notesLabel = new Label(box, SWT.NONE);
        notesLabel.setText("&Notes:");
        notesLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        notes = WidgetIds.tag(new Text(box, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), "inventory.notes");
        GridData notesData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        notesData.heightHint = 60;
        notes.setLayoutData(notesData);
        notes.addListener(SWT.KeyDown, e -> {
            if (e.character == 0x13 || (e.keyCode == 's' && (e.stateMask & SWT.MOD1) != 0)) {
                save();
                e.doit = false;
            }
        });
        show(null, null);
    }

    void show(AnalyzedDependency item, Inventory inventory) {
        shown = item;
        boolean editable = item != null;
        readiness.setEnabled(editable);
        notes.setEnabled(editable);
        save.setEnabled(editable);
        if (item == null) {
            details.setText("Select a dependency to see its evidence and the recommended target.");
            readiness.deselectAll();
            notes.setText("");
            return;
        }
        details.setText(describe(item));
        ReadinessRecord record = inventory.readiness(item.id());
        readiness.select(record.readiness().ordinal());
        notes.setText(record.notes() == null ? "" : record.notes());
    }

    /** Shows a list of lines (import problems, skipped files) instead of a dependency. */
    void showText(String text) {
        show(null, null);
        details.setText(text);
    }

    private void save() {
        if (shown == null || readiness.getSelectionIndex() < 0) {
            return;
        }
        saver.save(new ReadinessRecord(shown.id(), Readiness.values()[readiness.getSelectionIndex()], notes.getText(),
                java.time.Instant.now()));
    }

    static String describe(AnalyzedDependency item) {
        Dependency dependency = item.dependency();
        Recommendation recommendation = item.recommendation();
        StringBuilder text = new StringBuilder();
        text.append(dependency.name()).append(" — ").append(dependency.category().label()).append('\n');
        if (dependency.identifier() != null) {
            text.append("Address / identifier: ").append(dependency.identifier()).append('\n');
        }
        text.append("Collected from: ").append(dependency.source().isEmpty() ? "(top folder)" : dependency.source())
                .append("\n\nRecommended target: ").append(recommendation.target().label()).append("  (rule ")
                .append(recommendation.ruleId()).append(")\n");
        recommendation.reasons().forEach(reason -> text.append("  • ").append(reason).append('\n'));
        if (!recommendation.caveats().isEmpty()) {
            text.append("\nCaveats:\n");
            recommendation.caveats().forEach(caveat -> text.append("  ! ").append(caveat).append('\n'));
        }
        if (!dependency.attributes().isEmpty()) {
            text.append("\nFacts:\n");
            for (Map.Entry<String, String> fact : dependency.attributes().entrySet()) {
                text.append("  ").append(fact.getKey()).append(": ").append(fact.getValue()).append('\n');
            }
        }
        if (!dependency.signatures().isEmpty()) {
            text.append("\nSignatures matched: ").append(String.join(", ", dependency.signatures())).append('\n');
        }
        text.append("\nEvidence:\n");
        for (Evidence evidence : dependency.evidence()) {
            text.append("  ").append(evidence).append('\n');
        }
        return text.toString();
    }

    Composite control() {
        return box;
    }
}
