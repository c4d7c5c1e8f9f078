package cutover.audit.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import cutover.core.audit.DailyCounts;
import cutover.core.audit.MethodCode;
import cutover.ui.WidgetIds;

/**
 * The migration guide's summary as a picture: users migrated per day (bars, left) and, stacked by method, the
 * users whose method changed each day (right), with a legend. Hovering a day shows its numbers.
 */
final class DailyChart {

    private static final int MARGIN = 44;
    private static final RGB USERS = new RGB(0x1f, 0x6f, 0xb4);
    private static final RGB[] METHOD_COLORS = {new RGB(0x2c, 0xa0, 0x2c), new RGB(0x98, 0xdf, 0x8a),
        new RGB(0x17, 0xbe, 0xcf), new RGB(0xff, 0x7f, 0x0e), new RGB(0x94, 0x67, 0xbd), new RGB(0xd6, 0x27, 0x28)};

    private final Canvas canvas;
    private List<DailyCounts> days = List.of();

    DailyChart(Composite parent) {
        canvas = WidgetIds.tag(new Canvas(parent, SWT.DOUBLE_BUFFERED), "audit.chart");
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tip(e.x)));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
    }

    Canvas control() {
        return canvas;
    }

    void show(List<DailyCounts> counts) {
        days = List.copyOf(counts);
        canvas.redraw();
    }

    List<DailyCounts> shown() {
        return days;
    }

    private void paint(GC gc, Rectangle area) {
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        if (days.isEmpty()) {
            gc.drawText("No migration changes among the events shown.", MARGIN, MARGIN, true);
            return;
        }
        int line = gc.getFontMetrics().getHeight();
        // side by side: the view is usually wide and short
        int plotWidth = (area.width - 3 * MARGIN) / 2;
        int plotHeight = area.height - (line + 8) - (2 * line + 12);
        if (plotHeight < 16 || plotWidth < 40) {
            gc.drawText("Make the view larger to see the chart.", MARGIN, 8, true);
            return;
        }
        Rectangle left = new Rectangle(MARGIN, line + 8, plotWidth, plotHeight);
        Rectangle right = new Rectangle(2 * MARGIN + plotWidth, line + 8, plotWidth, plotHeight);
        usersPlot(gc, left);
        methodsPlot(gc, right);
        dateAxis(gc, left);
        dateAxis(gc, right);
        legend(gc, MARGIN, right.y + right.height + line + 6);
    }

    private void usersPlot(GC gc, Rectangle plot) {
        int max = days.stream().mapToInt(DailyCounts::usersMigrated).max().orElse(0);
        frame(gc, plot, "Users migrated per day", max);
        Color color = new Color(USERS);
        gc.setBackground(color);
        for (int i = 0; i < days.size(); i++) {
            bar(gc, plot, i, 0, days.get(i).usersMigrated(), max);
        }
        color.dispose();
    }

    private void methodsPlot(GC gc, Rectangle plot) {
        int max = days.stream().mapToInt(DailyChart::changes).max().orElse(0);
        frame(gc, plot, "Users per day with a change, by method", max);
        MethodCode[] methods = MethodCode.values();
        for (int m = 0; m < methods.length; m++) {
            Color color = new Color(METHOD_COLORS[m % METHOD_COLORS.length]);
            gc.setBackground(color);
            for (int i = 0; i < days.size(); i++) {
                int below = 0;
                for (int lower = 0; lower < m; lower++) {
                    below += days.get(i).changes(methods[lower]);
                }
                bar(gc, plot, i, below, days.get(i).changes(methods[m]), max);
            }
            color.dispose();
        }
    }

    private static int changes(DailyCounts day) {
        int sum = 0;
        for (MethodCode method : MethodCode.values()) {
            sum += day.changes(method);
        }
        return sum;
    }

    private void bar(GC gc, Rectangle plot, int index, int base, int value, int max) {
        if (value == 0 || max == 0) {
            return;
        }
        double width = (double) plot.width / days.size();
        int x = plot.x + (int) Math.floor(index * width);
        int w = Math.max(1, (int) Math.floor(width) - (width > 4 ? 1 : 0));
        int y0 = plot.y + plot.height - (int) Math.round((double) base / max * plot.height);
        int h = Math.max(1, (int) Math.round((double) value / max * plot.height));
        gc.fillRectangle(x, y0 - h, w, h);
    }

    private void frame(GC gc, Rectangle plot, String title, int max) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawText(title, plot.x, plot.y - gc.getFontMetrics().getHeight() - 4, true);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
        gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        String top = String.format(Locale.US, "%,d", max);
        Point size = gc.textExtent(top);
        gc.drawText(top, plot.x - size.x - 4, plot.y - size.y / 2, true);
        gc.drawText("0", plot.x - gc.textExtent("0").x - 4, plot.y + plot.height - size.y / 2, true);
    }

    private void dateAxis(GC gc, Rectangle plot) {
        String first = days.get(0).day().toString();
        String last = days.get(days.size() - 1).day().toString();
        gc.drawText(first, plot.x, plot.y + plot.height + 2, true);
        gc.drawText(last, plot.x + plot.width - gc.textExtent(last).x, plot.y + plot.height + 2, true);
    }

    private void legend(GC gc, int x, int y) {
        MethodCode[] methods = MethodCode.values();
        int at = x;
        int box = gc.getFontMetrics().getHeight() - 4;
        for (int m = 0; m < methods.length; m++) {
            Color color = new Color(METHOD_COLORS[m % METHOD_COLORS.length]);
            gc.setBackground(color);
            gc.fillRectangle(at, y + 2, box, box);
            color.dispose();
            gc.drawText(methods[m].readableName, at + box + 4, y, true);
            at += box + 4 + gc.textExtent(methods[m].readableName).x + 16;
        }
    }

    private String tip(int mouseX) {
        Rectangle area = canvas.getClientArea();
        int plotWidth = (area.width - 3 * MARGIN) / 2;
        int x = mouseX >= 2 * MARGIN + plotWidth ? mouseX - (2 * MARGIN + plotWidth) : mouseX - MARGIN;
        if (days.isEmpty() || plotWidth <= 0 || x < 0 || x >= plotWidth) {
            return null;
        }
        DailyCounts day = days.get(Math.min(days.size() - 1, (int) (x * (long) days.size() / plotWidth)));
        StringBuilder text = new StringBuilder(String.format(Locale.US, "%s: %,d users migrated", day.day(),
                day.usersMigrated()));
        for (MethodCode method : MethodCode.values()) {
            if (day.changes(method) > 0) {
                text.append(String.format(Locale.US, "%n%s: %,d users", method.readableName, day.changes(method)));
            }
        }
        return text.toString();
    }
}
