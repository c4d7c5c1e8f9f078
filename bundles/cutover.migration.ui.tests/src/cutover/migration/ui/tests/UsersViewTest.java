package cutover.migration.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.importers.mfaserver.ExportEncoding;
import cutover.importers.mfaserver.MfaServerExportWriter;
import cutover.migration.ui.users.UserRows;
import cutover.migration.ui.users.UsersPart;

/** The Users view as a specialist uses it, inside the real e4 window. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(300)
class UsersViewTest {

    private static final int USERS = 20_000;
    private static final long SEED = 7;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    static Path export;
    static List<MfaServerUser> expected;

    @BeforeAll
    static void writeExport() throws Exception {
        export = dir.resolve("users.csv");
        expected = new SyntheticMfaServerUsers(SEED).users(USERS).toList();
        new MfaServerExportWriter(ExportEncoding.CSV).write(export, expected.stream());
        Workbench.window();
    }

    @Test
    @Order(1)
    void openingAnExportThroughTheRealCommandShowsEveryUser() throws Exception {
        Workbench.openExport(export);
        UsersPart part = Workbench.usersPart();
        Ui.waitUntil("all users in the table", WAIT, () -> !part.isImporting() && part.rows().size() == USERS);

        NatTable table = Ui.find(NatTable.class, "users.table");
        assertEquals(1, column(table, "UPN"));
        assertEquals(expected.get(0).upn(), table.getDataValueByPosition(1, 1), "first row, UPN column");
        assertEquals(expected.get(1).upn(), table.getDataValueByPosition(1, 2), "second row, UPN column");
        assertEquals(expected.get(1).defaultMethod().label(),
                table.getDataValueByPosition(column(table, "Default method"), 2), "second row, default method");
        Label status = Ui.find(Label.class, "cutover.statusline");
        Ui.waitUntil("the row count in the status line", WAIT, () -> status.getText().startsWith("20,000 users in users.csv"));

        Ui.pump(300);
        ImageData pixels = Ui.capture(table);
        Rectangle body = new Rectangle(80, 40, Math.min(600, pixels.width - 80), Math.min(300, pixels.height - 40));
        double ink = Ui.darkPixelShare(pixels, body);
        assertTrue(ink > 0.02, "the table body shows text (dark pixel share " + ink + "); a blank NatTable is below 0.01");
        Ui.save(Ui.capture(Workbench.shell()), screenshots().resolve("users-view.png"));
    }

    @BeforeEach
    void noFilter() {
        if (Ui.display().getShells().length > 0 && Workbench.usersPart().openFile() != null) {
            Ui.click("users.filter.clear");
            UsersPart part = Workbench.usersPart();
            Ui.waitUntil("the unfiltered rows", WAIT, () -> part.rows().size() == part.rows().total());
        }
    }

    @Test
    @Order(2)
    void filtersNarrowTheRows() {
        UsersPart part = Workbench.usersPart();
        MfaServerUser wanted = expected.get(4242);
        Ui.type("users.filter.upn", wanted.upn());
        Ui.waitUntil("one row for " + wanted.upn(), WAIT, () -> part.rows().size() == 1);
        NatTable table = Ui.find(NatTable.class, "users.table");
        assertEquals(wanted.upn(), table.getDataValueByPosition(1, 1));
        Ui.waitUntil("the filtered count in the status line", WAIT,
                () -> Ui.find(Label.class, "cutover.statusline").getText().contains("1 shown by the filter"));

        Ui.click("users.filter.clear");
        Ui.waitUntil("all rows back", WAIT, () -> part.rows().size() == USERS);

        long oath = expected.stream().filter(u -> u.defaultMethod() == DefaultMethod.OATH_TOKEN).count();
        assertTrue(oath > 0 && oath < USERS, "the generated data has some OATH-token users");
        Ui.select("users.filter.method", DefaultMethod.OATH_TOKEN.label());
        Ui.waitUntil(oath + " OATH-token rows", WAIT, () -> part.rows().size() == oath);
        assertEquals(DefaultMethod.OATH_TOKEN.label(), table.getDataValueByPosition(column(table, "Default method"), 1));

        long withExtensionAndManyDevices = expected.stream()
                .filter(u -> u.defaultMethod() == DefaultMethod.OATH_TOKEN && u.hasExtension() && u.deviceCount() >= 6)
                .count();
        Ui.select("users.filter.extension", "With extension");
        Ui.select("users.filter.devices", "6 or more");
        Ui.waitUntil(withExtensionAndManyDevices + " rows for all three filters", WAIT,
                () -> part.rows().size() == withExtensionAndManyDevices);

        Ui.click("users.filter.clear");
        Ui.waitUntil("all rows back", WAIT, () -> part.rows().size() == USERS);
    }

    @Test
    @Order(3)
    void clickingSortOnTheUpnColumnOrdersTheRows() {
        UsersPart part = Workbench.usersPart();
        NatTable table = Ui.find(NatTable.class, "users.table");
        Comparator<String> byText = String.CASE_INSENSITIVE_ORDER;
        String first = expected.stream().map(MfaServerUser::upn).min(byText).orElseThrow();
        String last = expected.stream().map(MfaServerUser::upn).max(byText).orElseThrow();

        table.doCommand(new SortColumnCommand(table, 1, false));
        Ui.waitUntil("ascending UPN order", WAIT, () -> first.equals(table.getDataValueByPosition(1, 1)));
        assertSorted(part.rows(), byText);

        table.doCommand(new SortColumnCommand(table, 1, false));
        Ui.waitUntil("descending UPN order", WAIT, () -> last.equals(table.getDataValueByPosition(1, 1)));
        assertSorted(part.rows(), byText.reversed());

        table.doCommand(new SortColumnCommand(table, 1, false));
        Ui.waitUntil("import order again", WAIT, () -> expected.get(0).upn().equals(table.getDataValueByPosition(1, 1)));
    }

    @Test
    @Order(4)
    void cancellingALongImportKeepsTheUiResponsiveAndTheUsersShown() throws Exception {
        Path big = dir.resolve("big.csv");
        new MfaServerExportWriter(ExportEncoding.CSV).write(big, new SyntheticMfaServerUsers(99).users(600_000));
        UsersPart part = Workbench.usersPart();

        Workbench.openExport(big);
        assertTrue(part.isImporting(), "the import runs in the background");
        long worstEventLoopDelay = measureEventLoopDelay(Duration.ofMillis(400));
        Ui.click("users.import.cancel");
        Ui.waitUntil("the import to stop", WAIT, () -> !part.isImporting());

        assertTrue(worstEventLoopDelay < 500, "UI thread answered within " + worstEventLoopDelay + " ms during the import");
        assertEquals(USERS, part.rows().total(), "the users shown before are still shown");
        assertTrue(part.statusText().contains("cancelled"), part.statusText());
        Ui.type("users.filter.upn", expected.get(10).upn());
        Ui.waitUntil("filtering still works after the cancel", WAIT, () -> part.rows().size() == 1);
        Ui.click("users.filter.clear");
        Ui.waitUntil("all rows back", WAIT, () -> part.rows().size() == USERS);
    }

    @Test
    @Order(5)
    void rejectedLinesAreListedWithFileAndLineWhileTheRestIsImported() throws Exception {
        Path bad = dir.resolve("some-bad-lines.csv");
        new MfaServerExportWriter(ExportEncoding.CSV).write(bad, expected.stream().limit(10));
        List<String> lines = Files.readAllLines(bad, StandardCharsets.UTF_8);
        int headerLines = lines.size() - 10;
        Files.writeString(bad, "this line,is not,an export line\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        int badLine = lines.size() + 1;

        Workbench.openExport(bad);
        UsersPart part = Workbench.usersPart();
        Ui.waitUntil("the 10 valid users", WAIT, () -> !part.isImporting() && part.rows().total() == 10);
        Ui.waitUntil("the import report", WAIT, () -> Ui.shell("users.import.report") != null);
        Shell report = Ui.shell("users.import.report");
        String problems = Ui.find(Text.class, "users.import.report.problems").getText();
        assertTrue(problems.contains("some-bad-lines.csv:" + badLine + ":"), problems);
        assertTrue(headerLines >= 1);
        report.close();
    }

    @Test
    @Order(6)
    void aBinaryFileIsRefusedWithAClearMessageAndNothingIsLost() throws Exception {
        Path binary = dir.resolve("photo.csv");
        byte[] bytes = new byte[4096];
        new java.util.Random(1).nextBytes(bytes);
        bytes[10] = 0;
        Files.write(binary, bytes);
        UsersPart part = Workbench.usersPart();
        int before = part.rows().total();

        Workbench.openExport(binary);
        Ui.waitUntil("the import to finish", WAIT, () -> !part.isImporting());
        Ui.waitUntil("the error report", WAIT, () -> Ui.shell("users.import.report") != null);
        String problems = Ui.find(Text.class, "users.import.report.problems").getText();
        assertTrue(problems.contains("photo.csv"), problems);
        assertEquals(before, part.rows().total(), "the users shown before are still shown");
        Ui.shell("users.import.report").close();
    }

    @Test
    @Order(7)
    void theColumnChooserShowsHiddenAndVisibleColumns() {
        Shell main = Workbench.shell();
        List<List<String>> trees = new java.util.ArrayList<>();
        Ui.display().timerExec(300, () -> {
            for (Shell shell : Ui.display().getShells()) {
                if (shell != main && shell.isVisible()) {
                    collectTrees(shell, trees);
                    shell.close();
                }
            }
        });
        Ui.click("users.columns"); // the chooser is modal: this returns when the timer above closed it
        assertEquals(2, trees.size(), "available and selected column lists, found " + trees);
        List<String> all = trees.stream().flatMap(List::stream).toList();
        List<String> hidden = trees.stream().filter(t -> t.contains("SID")).findFirst().orElseThrow(
                () -> new AssertionError("SID is in neither list: " + trees));
        assertTrue(hidden.contains("sAMAccountName") && hidden.contains("Language") && !hidden.contains("UPN"), hidden.toString());
        assertTrue(all.contains("UPN") && all.contains("Default method"), all.toString());
    }

    @Test
    @Order(8)
    void openingAgainWhileAnImportRunsShowsTheNewerImport() {
        UsersPart part = Workbench.usersPart();
        Workbench.openExport(export);
        Workbench.openExport(export);
        Ui.waitUntil("the users of the second import in the table", WAIT,
                () -> !part.isImporting() && part.rows().total() == USERS);
        Ui.waitUntil("the status line for the finished import", WAIT,
                () -> Ui.find(Label.class, "cutover.statusline").getText().startsWith("20,000 users in users.csv"));
    }

    private static void collectTrees(org.eclipse.swt.widgets.Control control, List<List<String>> trees) {
        if (control instanceof org.eclipse.swt.widgets.Tree tree) {
            List<String> items = new java.util.ArrayList<>();
            for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                items.add(item.getText());
            }
            trees.add(items);
        } else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                collectTrees(child, trees);
            }
        }
    }

    /** The grid position of the column whose header shows {@code label} (hidden columns have none). */
    private static int column(NatTable table, String label) {
        for (int position = 0; position < table.getColumnCount(); position++) {
            if (label.equals(table.getDataValueByPosition(position, 0))) {
                return position;
            }
        }
        throw new AssertionError("no visible column " + label);
    }

    private static long measureEventLoopDelay(Duration during) {
        AtomicLong worst = new AtomicLong();
        long end = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < end) {
            long posted = System.nanoTime();
            AtomicLong ran = new AtomicLong();
            Ui.display().asyncExec(() -> ran.set(System.nanoTime()));
            Ui.waitUntil("a queued UI runnable", Duration.ofSeconds(10), () -> ran.get() != 0);
            worst.accumulateAndGet((ran.get() - posted) / 1_000_000, Math::max);
        }
        return worst.get();
    }

    private static void assertSorted(UserRows rows, Comparator<String> order) {
        for (int i = 1; i < rows.size(); i++) {
            assertFalse(order.compare(rows.user(i - 1).upn(), rows.user(i).upn()) > 0,
                    "rows " + (i - 1) + " and " + i + " are out of order");
        }
        assertNotNull(rows.user(0));
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("cutover.screenshots", "target/screenshots"));
    }
}
