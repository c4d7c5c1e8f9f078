package cutover.rollout.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cutover.rollout.RolloutFinding;
import cutover.rollout.tenant.RolloutReview;
import cutover.ui.FindingsTable;
import cutover.ui.WidgetIds;

/**
 * A checked change waiting to be applied: its findings, an acknowledgement when there are warnings, and Apply, which
 * is enabled only when nothing blocks and every warning was acknowledged.
 */
final class RolloutReviewPane {

    private final Composite box;
    private final Label title;
    private final FindingsTable findings;
    private final Button acknowledge;
    private final Button apply;
    private RolloutReview review;

    RolloutReviewPane(Composite parent, Consumer<RolloutReview> onApply) {
        box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        title = WidgetIds.tag(new Label(box, SWT.WRAP), "rollout.review");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        findings = new FindingsTable(box, "rollout.findings");
        findings.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite row = new Composite(box, SWT.NONE);
        row.setLayout(new GridLayout(3, false));
        acknowledge = WidgetIds.tag(new Button(row, SWT.CHECK), "rollout.acknowledge");
        acknowledge.setText("I have read the &warnings");
        acknowledge.addListener(SWT.Selection, e -> enableApply());
        apply = WidgetIds.tag(new Button(row, SWT.PUSH), "rollout.apply");
        apply.setText("A&pply");
        apply.setToolTipText("Send the change to Entra ID; the policy as it was is journaled first");
        apply.addListener(SWT.Selection, e -> {
            if (review != null) {
                onApply.accept(review);
            }
        });
        Button discard = WidgetIds.tag(new Button(row, SWT.PUSH), "rollout.discard");
        discard.setText("&Discard");
        discard.addListener(SWT.Selection, e -> clear());
        clear();
    }

    Composite control() {
        return box;
    }

    Button applyButton() {
        return apply;
    }

    void show(RolloutReview checked) {
        review = checked;
        List<RolloutFinding> found = checked.result().findings();
        long blocking = found.stream().filter(RolloutFinding::blocks).count();
        long warnings = found.size() - blocking;
        title.setText(String.format(Locale.US, "Preflight: %s. %s", checked.change().describe(),
                blocking > 0 ? blocking + " finding(s) block it: nothing can be sent."
                        : warnings > 0 ? warnings + " warning(s): read them, then apply." : "Nothing found: apply."));
        findings.show(found.stream().map(f -> new FindingsTable.Row(f.blocks(), f.describe(), f.users())).toList(),
                "Nothing found.");
        acknowledge.setSelection(false);
        acknowledge.setVisible(blocking == 0 && warnings > 0);
        box.layout(true, true);
        enableApply();
    }

    void clear() {
        review = null;
        title.setText("Add, remove or switch: each change is checked here before it is sent.");
        findings.show(List.of(), null);
        acknowledge.setSelection(false);
        acknowledge.setVisible(false);
        enableApply();
    }

    void enableApply() {
        apply.setEnabled(review != null && !review.blocked()
                && (review.result().findings().isEmpty() || acknowledge.getSelection()));
    }

    List<String> lines() {
        return findings.lines();
    }

    String titleText() {
        return title.getText();
    }
}
