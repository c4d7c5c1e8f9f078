package cutover.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable identifiers on widgets, so UI tests (and accessibility tooling) find controls without relying on
 * labels or layout. Every control a test drives carries {@code widget.getData(KEY)}.
 */
public final class WidgetIds {

    /** The {@link Widget#setData(String, Object)} key that holds a widget's stable id. */
    public static final String KEY = "cutover.id";

    private WidgetIds() {
    }

    public static <W extends Widget> W tag(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }

    public static String idOf(Widget widget) {
        Object id = widget.getData(KEY);
        return id instanceof String s ? s : null;
    }
}
