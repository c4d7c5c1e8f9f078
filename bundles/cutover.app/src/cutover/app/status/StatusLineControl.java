package cutover.app.status;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cutover.ui.StatusLine;
import cutover.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The workbench status line: shows the latest message posted on {@link StatusLine#TOPIC_MESSAGE}. */
public class StatusLineControl {

    private Label message;

    @PostConstruct
    public void create(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.marginWidth = 6;
        box.setLayout(layout);
        message = new Label(box, SWT.NONE);
        message.setText("Ready");
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 720;
        message.setLayoutData(data);
        WidgetIds.tag(message, "cutover.statusline");
        message.setData("org.eclipse.e4.ui.css.id", "cutover-statusline");
    }

    @Inject
    @Optional
    public void show(@UIEventTopic(StatusLine.TOPIC_MESSAGE) String text) {
        if (message != null && !message.isDisposed()) {
            message.setText(text == null || text.isEmpty() ? "Ready" : text);
            message.getParent().layout();
        }
    }
}
