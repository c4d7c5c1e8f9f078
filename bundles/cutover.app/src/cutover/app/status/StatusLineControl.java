package cutover.app.status;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cutover.ui.StatusLine;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The workbench status line: shows the message set under {@link StatusLine#CONTEXT_KEY}. */
public class StatusLineControl {

    private Label message;
    private String text;

    @PostConstruct
    public void create(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.marginWidth = 6;
        box.setLayout(layout);
        message = new Label(box, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 720;
        message.setLayoutData(data);
        WidgetIds.tag(message, "cutover.statusline");
        message.setData("org.eclipse.e4.ui.css.id", "cutover-statusline");
        show(text);
    }

    @Inject
    public void show(@Optional @Named(StatusLine.CONTEXT_KEY) String newText) {
        text = newText;
        if (message != null && !message.isDisposed()) {
            message.setText(text == null || text.isEmpty() ? "Ready" : text);
            message.getParent().layout();
        }
    }
}
