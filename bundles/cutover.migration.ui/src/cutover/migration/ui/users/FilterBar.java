package cutover.migration.ui.users;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cutover.core.mfaserver.DefaultMethod;
import cutover.ui.WidgetIds;

/** The filter row above the Users table. Typing in the UPN field is applied after a short pause. */
final class FilterBar {

    private static final int TYPING_PAUSE_MS = 200;
    private static final String[] EXTENSION_CHOICES = { "Any", "With extension", "Without extension" };
    private static final String[] DEVICE_CHOICES = { "Any", "0", "1", "2", "3", "4", "5", "6 or more" };

    private final Composite bar;
    private final Text upn;
    private final Combo method;
    private final Combo extension;
    private final Combo devices;
    private final Consumer<UserFilter> onChange;
    private int typingToken;

    FilterBar(Composite parent, Consumer<UserFilter> onChange, Runnable chooseColumns) {
        this.onChange = onChange;
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(10, false);
        layout.marginHeight = 4;
        bar.setLayout(layout);

        label("&UPN:");
        upn = WidgetIds.tag(new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "users.filter.upn");
        upn.setMessage("contains… (Ctrl+F)");
        upn.setToolTipText("Show users whose UPN contains this text (not case-sensitive)");
        GridData upnData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        upnData.widthHint = 220;
        upn.setLayoutData(upnData);
        upn.addModifyListener(e -> applyAfterTypingPause());

        String[] methods = new String[DefaultMethod.values().length + 1];
        methods[0] = "Any";
        for (DefaultMethod m : DefaultMethod.values()) {
            methods[m.ordinal() + 1] = m.label();
        }
        method = choice("&Default method:", "users.filter.method", methods, "MFA Server default method");
        extension = choice("E&xtension:", "users.filter.extension", EXTENSION_CHOICES,
                "Phone or backup phone has an extension");
        devices = choice("De&vices:", "users.filter.devices", DEVICE_CHOICES,
                "Number of MFA Server mobile-app devices (Entra keeps at most five)");

        Button clear = WidgetIds.tag(new Button(bar, SWT.PUSH), "users.filter.clear");
        clear.setText("C&lear filters");
        clear.addListener(SWT.Selection, e -> clear());

        Button columns = WidgetIds.tag(new Button(bar, SWT.PUSH), "users.columns");
        columns.setText("Colu&mns…");
        columns.setToolTipText("Choose which columns the table shows");
        columns.addListener(SWT.Selection, e -> chooseColumns.run());
    }

    Composite control() {
        return bar;
    }

    void focusUpn() {
        upn.setFocus();
        upn.selectAll();
    }

    void clear() {
        upn.setText("");
        method.select(0);
        extension.select(0);
        devices.select(0);
        apply();
    }

    UserFilter current() {
        DefaultMethod selectedMethod = method.getSelectionIndex() > 0
                ? DefaultMethod.values()[method.getSelectionIndex() - 1]
                : null;
        Boolean withExtension = switch (extension.getSelectionIndex()) {
            case 1 -> Boolean.TRUE;
            case 2 -> Boolean.FALSE;
            default -> null;
        };
        int d = devices.getSelectionIndex();
        Integer min = d <= 0 ? null : d - 1;
        Integer max = d <= 0 || d == DEVICE_CHOICES.length - 1 ? null : d - 1;
        return new UserFilter(upn.getText(), selectedMethod, withExtension, min, max);
    }

    private void applyAfterTypingPause() {
        int token = ++typingToken;
        bar.getDisplay().timerExec(TYPING_PAUSE_MS, () -> {
            if (token == typingToken && !bar.isDisposed()) {
                apply();
            }
        });
    }

    private void apply() {
        onChange.accept(current());
    }

    private Combo choice(String label, String id, String[] items, String tooltip) {
        label(label);
        Combo combo = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), id);
        combo.setItems(items);
        combo.select(0);
        combo.setToolTipText(tooltip);
        combo.addListener(SWT.Selection, e -> apply());
        return combo;
    }

    private void label(String text) {
        new Label(bar, SWT.NONE).setText(text);
    }
}
