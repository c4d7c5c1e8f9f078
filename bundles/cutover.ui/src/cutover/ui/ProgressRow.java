package cutover.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import cutover.ui.WidgetIds;

/**
 * The row a view shows while a long read runs: what is read, how far, and a Cancel button. Hidden (and taking no
 * space) otherwise. Widget ids are {@code <prefix>.label}, {@code <prefix>.progress} and {@code <prefix>.cancel}.
 */
public final class ProgressRow {

    private static final int SCALE = 1000;
    private final Composite row;
    private final Label label;
    private final ProgressBar bar;
    private final Button cancel;

    /**
     * @param idPrefix the prefix of the widget ids, for example {@code users.import}
     * @param cancelTip what Cancel does, for its tooltip
     */
    public ProgressRow(Composite parent, String idPrefix, String cancelTip, Runnable onCancel) {
        row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(3, false));
        label = WidgetIds.tag(new Label(row, SWT.NONE), idPrefix + ".label");
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        bar = WidgetIds.tag(new ProgressBar(row, SWT.SMOOTH), idPrefix + ".progress");
        bar.setMaximum(SCALE);
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        barData.widthHint = 300;
        bar.setLayoutData(barData);
        cancel = WidgetIds.tag(new Button(row, SWT.PUSH), idPrefix + ".cancel");
        cancel.setText("&Cancel");
        cancel.setToolTipText(cancelTip);
        cancel.addListener(SWT.Selection, e -> onCancel.run());
        // its own layout data, so the hidden row takes no room from the start (GridLayout parents)
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        setVisible(false);
    }

    public Composite control() {
        return row;
    }

    public void start(String what) {
        label.setText(what);
        bar.setSelection(0);
        cancel.setEnabled(true);
        setVisible(true);
    }

    public void update(String what, double fraction) {
        label.setText(what);
        bar.setSelection((int) Math.round(Math.max(0, Math.min(1, fraction)) * SCALE));
        row.layout();
    }

    public void cancelling() {
        label.setText("Cancelling…");
        cancel.setEnabled(false);
        row.layout();
    }

    public void finish() {
        setVisible(false);
    }

    private void setVisible(boolean visible) {
        row.setVisible(visible);
        if (row.getLayoutData() instanceof GridData data) {
            data.exclude = !visible;
        }
        row.getParent().layout(true, true);
    }
}
