package cutover.migration.ui.users;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import cutover.ui.WidgetIds;

/** The progress row shown while an import runs: what is read, how far, and a Cancel button (also Esc). */
final class ImportProgress {

    private static final int SCALE = 1000;
    private final Composite row;
    private final Label label;
    private final ProgressBar bar;
    private final Button cancel;

    ImportProgress(Composite parent, Runnable onCancel) {
        row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(3, false));
        label = WidgetIds.tag(new Label(row, SWT.NONE), "users.import.label");
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        bar = WidgetIds.tag(new ProgressBar(row, SWT.SMOOTH), "users.import.progress");
        bar.setMaximum(SCALE);
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        barData.widthHint = 300;
        bar.setLayoutData(barData);
        cancel = WidgetIds.tag(new Button(row, SWT.PUSH), "users.import.cancel");
        cancel.setText("&Cancel");
        cancel.setToolTipText("Stop the import (Esc); the users shown before stay as they were");
        cancel.addListener(SWT.Selection, e -> onCancel.run());
        setVisible(false);
    }

    Composite control() {
        return row;
    }

    void start(String what) {
        label.setText(what);
        bar.setSelection(0);
        cancel.setEnabled(true);
        setVisible(true);
    }

    void update(String what, double fraction) {
        label.setText(what);
        bar.setSelection((int) Math.round(Math.max(0, Math.min(1, fraction)) * SCALE));
        row.layout();
    }

    void cancelling() {
        label.setText("Cancelling…");
        cancel.setEnabled(false);
        row.layout();
    }

    void finish() {
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
