package cutover.migration.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import cutover.ui.WidgetIds;

/**
 * A small stand-in for SWTBot (not on Maven Central): finds widgets by their {@link WidgetIds} key and drives
 * them on the UI thread, which is where the UI harness runs the tests. Waiting always pumps the event loop
 * ({@code readAndDispatch} + short sleeps), never {@code Display.sleep()}.
 */
final class Ui {

    private Ui() {
    }

    static Display display() {
        return Display.getCurrent();
    }

    static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            pump(10);
        }
    }

    /** Processes pending UI events for about {@code millis}. */
    static void pump(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        Display display = display();
        do {
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.nanoTime() < end);
    }

    static <W extends Widget> W find(Class<W> type, String id) {
        for (Shell shell : display().getShells()) {
            W found = find(shell, type, id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " with id " + id + " is on screen");
    }

    static Shell shell(String id) {
        for (Shell shell : display().getShells()) {
            if (!shell.isDisposed() && id.equals(WidgetIds.idOf(shell))) {
                return shell;
            }
        }
        return null;
    }

    private static <W extends Widget> W find(Control control, Class<W> type, String id) {
        if (control.isDisposed()) {
            return null;
        }
        if (type.isInstance(control) && id.equals(WidgetIds.idOf(control))) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                W found = find(child, type, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static void type(String id, String text) {
        Text field = find(Text.class, id);
        field.setFocus();
        field.setText(text);
    }

    static void select(String comboId, String item) {
        Combo combo = find(Combo.class, comboId);
        int index = combo.indexOf(item);
        if (index < 0) {
            throw new AssertionError("combo " + comboId + " has no item " + item + "; it has " + List.of(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    static void click(String buttonId) {
        Button button = find(Button.class, buttonId);
        if (!button.isEnabled() || !button.isVisible()) {
            throw new AssertionError("button " + buttonId + " is not clickable (enabled " + button.isEnabled()
                    + ", visible " + button.isVisible() + ")");
        }
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** What the screen shows inside {@code control}, as pixels. */
    static ImageData capture(Control control) {
        Rectangle bounds = control instanceof Shell shell ? shell.getClientArea() : control.getBounds();
        Point origin = control.toDisplay(0, 0);
        Image image = new Image(display(), bounds.width, bounds.height);
        GC gc = new GC(display());
        try {
            gc.copyArea(image, origin.x, origin.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    static void save(ImageData data, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }

    /** Share of pixels clearly darker than the background: text and grid lines, not an empty white area. */
    static double darkPixelShare(ImageData data, Rectangle area) {
        long dark = 0;
        long all = 0;
        for (int y = area.y; y < area.y + area.height && y < data.height; y++) {
            for (int x = area.x; x < area.x + area.width && x < data.width; x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.red + rgb.green + rgb.blue < 3 * 140) {
                    dark++;
                }
                all++;
            }
        }
        return all == 0 ? 0 : (double) dark / all;
    }

    static List<Shell> visibleShells() {
        List<Shell> shells = new ArrayList<>();
        for (Shell shell : display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible()) {
                shells.add(shell);
            }
        }
        return shells;
    }
}
