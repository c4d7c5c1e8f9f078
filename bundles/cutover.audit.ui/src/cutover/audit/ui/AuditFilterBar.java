package cutover.audit.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cutover.core.audit.AuditFilter;
import cutover.core.audit.AuditOrigin;
import cutover.core.audit.MethodCode;
import cutover.migration.audit.TimeText;
import cutover.ui.WidgetIds;

/**
 * The Audit view's filters: time range, user, activity, initiator, method and source. Typing waits a moment
 * before filtering; a time that cannot be read is marked and leaves the filter as it was.
 */
final class AuditFilterBar {

    private static final int TYPING_PAUSE_MS = 250;
    private static final String ALL = "All";

    private final Composite bar;
    private final Text from;
    private final Text to;
    private final Text user;
    private final Combo activity;
    private final Combo initiator;
    private final Combo method;
    private final Combo source;
    private final Consumer<AuditFilter> changed;
    private final Consumer<String> problem;
    private int typing;

    /**
     * @param changed told every new filter
     * @param problem told what is wrong with a time typed, or null when nothing is
     */
    AuditFilterBar(Composite parent, Consumer<AuditFilter> changed, Consumer<String> problem) {
        this.changed = changed;
        this.problem = problem;
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        bar.setLayout(layout);
        Composite first = row(7);
        from = text(first, "&From", "audit.filter.from", 150,
                "Earliest time: 2026-10-01, 2026-10-01T08:00:00Z, or an age such as 7d or 12h");
        to = text(first, "&To", "audit.filter.to", 150, "Latest time (exclusive), in the same forms as From");
        user = text(first, "&User", "audit.filter.user", 260, "Part of the user's UPN, or their object id");
        Composite second = row(8);
        activity = combo(second, "&Activity", "audit.filter.activity",
                "The activity, as Entra ID or the journal names it");
        initiator = combo(second, "&Initiated by", "audit.filter.initiator", "The app, administrator or Cutover run");
        method = combo(second, "&Method", "audit.filter.method", "Changes that touched this method");
        method.add(ALL);
        for (MethodCode code : MethodCode.values()) {
            method.add(code.readableName + " (" + code.code + ")");
        }
        method.select(0);
        source = combo(second, "&Source", "audit.filter.source", "Entra ID's audit events, Cutover's journal, or both");
        source.add(ALL);
        for (AuditOrigin origin : AuditOrigin.values()) {
            source.add(origin.label);
        }
        source.select(0);
        Button clear = WidgetIds.tag(new Button(first, SWT.PUSH), "audit.filter.clear");
        clear.setText("C&lear");
        clear.setToolTipText("Show every event again");
        clear.addListener(SWT.Selection, e -> clear());
        for (Text text : new Text[] {from, to, user}) {
            text.addListener(SWT.Modify, e -> typed());
        }
        choices(List.of(), List.of());
    }

    Composite control() {
        return bar;
    }

    private Composite row(int columns) {
        Composite row = new Composite(bar, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return row;
    }

    private static Text text(Composite row, String label, String id, int width, String tip) {
        new Label(row, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(row, SWT.BORDER | SWT.SEARCH), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, width > 200, false);
        data.widthHint = width;
        text.setLayoutData(data);
        text.setToolTipText(tip);
        text.setMessage(width > 200 ? "any user" : "any time");
        return text;
    }

    private Combo combo(Composite row, String label, String id, String tip) {
        new Label(row, SWT.NONE).setText(label);
        Combo combo = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), id);
        combo.setToolTipText(tip);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> apply());
        return combo;
    }

    /** Fills the activity and initiator choices of a newly loaded log, keeping what was chosen when it is there. */
    void choices(List<String> activities, List<String> initiators) {
        refill(activity, activities);
        refill(initiator, initiators);
        bar.layout(true);
    }

    private static void refill(Combo combo, List<String> values) {
        String chosen = combo.getSelectionIndex() > 0 ? combo.getText() : null;
        List<String> items = new ArrayList<>();
        items.add(ALL);
        items.addAll(values);
        combo.setItems(items.toArray(String[]::new));
        int index = chosen == null ? 0 : items.indexOf(chosen);
        combo.select(Math.max(0, index));
    }

    /** Shows only this user's events (another view asked for them). */
    void showUser(String upnOrId) {
        user.setText(upnOrId);
        apply();
    }

    /** Chooses as a person does in the drop-downs; null chooses All. */
    void choose(String activityName, String initiatorName, MethodCode methodCode, AuditOrigin origin) {
        activity.select(Math.max(0, activityName == null ? 0 : activity.indexOf(activityName)));
        initiator.select(Math.max(0, initiatorName == null ? 0 : initiator.indexOf(initiatorName)));
        method.select(methodCode == null ? 0 : methodCode.ordinal() + 1);
        source.select(origin == null ? 0 : origin.ordinal() + 1);
        apply();
    }

    /** Types a time range as a person does. */
    void typeRange(String fromText, String toText) {
        from.setText(fromText);
        to.setText(toText);
        apply();
    }

    void clear() {
        from.setText("");
        to.setText("");
        user.setText("");
        activity.select(0);
        initiator.select(0);
        method.select(0);
        source.select(0);
        apply();
    }

    private void typed() {
        int mine = ++typing;
        bar.getDisplay().timerExec(TYPING_PAUSE_MS, () -> {
            if (mine == typing && !bar.isDisposed()) {
                apply();
            }
        });
    }

    private void apply() {
        typing++;
        Instant now = Instant.now();
        Instant start;
        Instant end;
        try {
            start = TimeText.parse(from.getText(), now);
            mark(from, null);
        } catch (IllegalArgumentException e) {
            mark(from, e.getMessage());
            return;
        }
        try {
            end = TimeText.parse(to.getText(), now);
            mark(to, null);
        } catch (IllegalArgumentException e) {
            mark(to, e.getMessage());
            return;
        }
        problem.accept(null);
        changed.accept(AuditFilter.ALL.from(start).to(end).user(blankToNull(user.getText()))
                .activity(chosen(activity)).initiator(chosen(initiator))
                .method(method.getSelectionIndex() > 0 ? MethodCode.values()[method.getSelectionIndex() - 1] : null)
                .origin(source.getSelectionIndex() > 0 ? AuditOrigin.values()[source.getSelectionIndex() - 1] : null));
    }

    private void mark(Text text, String wrong) {
        text.setBackground(wrong == null ? null : text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
        if (wrong != null) {
            problem.accept(wrong);
        }
    }

    private static String chosen(Combo combo) {
        return combo.getSelectionIndex() > 0 ? combo.getText() : null;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
