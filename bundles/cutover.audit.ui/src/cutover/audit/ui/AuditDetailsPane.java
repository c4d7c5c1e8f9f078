package cutover.audit.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cutover.migration.audit.AuditDetails;
import cutover.ui.WidgetIds;

/**
 * Everything about the selected event: each modified property decoded with its raw values, or the journal's
 * request, state and undo; with links to the user's other events and to the user in the Migration perspective.
 */
final class AuditDetailsPane {

    private final Composite pane;
    private final Label title;
    private final Table lines;
    private final Button onlyUser;
    private final Button inMigration;
    private String user;

    /**
     * @param onlyThisUser told the user whose events alone to show
     * @param showInMigration told the user to show in the Migration perspective
     */
    AuditDetailsPane(Composite parent, Consumer<String> onlyThisUser, Consumer<String> showInMigration) {
        pane = new Composite(parent, SWT.NONE);
        pane.setLayout(new GridLayout(3, false));
        title = WidgetIds.tag(new Label(pane, SWT.NONE), "audit.details.title");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        onlyUser = WidgetIds.tag(new Button(pane, SWT.PUSH), "audit.details.onlyUser");
        onlyUser.setText("Only this &user's events");
        onlyUser.setToolTipText("Filter the table to this user");
        onlyUser.addListener(SWT.Selection, e -> onlyThisUser.accept(user));
        inMigration = WidgetIds.tag(new Button(pane, SWT.PUSH), "audit.details.showInMigration");
        inMigration.setText("Show in &Migration");
        inMigration.setToolTipText("The user's MFA Server and Entra data and planned writes, in the Migration "
                + "perspective (when the group listed there holds them)");
        inMigration.addListener(SWT.Selection, e -> showInMigration.accept(user));
        lines = WidgetIds.tag(new Table(pane, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI), "audit.details.lines");
        lines.setHeaderVisible(true);
        lines.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        TableColumn label = new TableColumn(lines, SWT.LEFT);
        label.setText("Field");
        label.setWidth(220);
        TableColumn value = new TableColumn(lines, SWT.LEFT);
        value.setText("Value");
        value.setWidth(900);
        empty("Select an event to see everything about it.");
    }

    Composite control() {
        return pane;
    }

    void empty(String message) {
        title.setText(message);
        lines.removeAll();
        user = null;
        onlyUser.setEnabled(false);
        inMigration.setEnabled(false);
        pane.layout(true);
    }

    void loading(String what) {
        title.setText("Reading " + what + "…");
    }

    void show(String heading, String upn, List<AuditDetails.Line> details) {
        title.setText(heading);
        user = upn == null || upn.isBlank() ? null : upn;
        onlyUser.setEnabled(user != null);
        inMigration.setEnabled(user != null);
        lines.setRedraw(false);
        lines.removeAll();
        for (AuditDetails.Line line : details) {
            TableItem item = new TableItem(lines, SWT.NONE);
            item.setText(0, line.label() == null ? "" : line.label());
            item.setText(1, line.value() == null ? "" : line.value());
        }
        lines.setRedraw(true);
        pane.layout(true);
    }

    /** The lines as shown, "label: value" each, for tests and copying. */
    List<String> shownLines() {
        return java.util.Arrays.stream(lines.getItems()).map(i -> i.getText(0) + ": " + i.getText(1)).toList();
    }

    String title() {
        return title.getText();
    }
}
