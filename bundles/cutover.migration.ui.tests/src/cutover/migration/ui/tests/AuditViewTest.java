package cutover.migration.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import cutover.audit.ui.AuditPart;
import cutover.core.audit.AuditColumn;
import cutover.core.audit.AuditLog;
import cutover.core.audit.SyntheticAuditLog;
import cutover.ui.UserLinks;

/** The Audit view over a million generated events, as a specialist uses it: sort, filter, read the details. */
@Timeout(300)
class AuditViewTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int EVENTS = 1_000_000;

    @Test
    void aMillionEventsAreSortedFilteredAndExplained() throws Exception {
        AuditPart part = showAudit();
        Ui.waitUntil("the workspace read", WAIT, () -> !part.stateText().isEmpty());
        AuditLog log = SyntheticAuditLog.generate(EVENTS, 3, Instant.now());
        log.warmUp();
        shown(part, () -> part.show(log));
        assertEquals(EVENTS, part.rowCount());
        assertTrue(part.stateText().startsWith("Showing 1,000,000 of 1,000,000 events"), part.stateText());
        assertEquals(log.text(EVENTS - 1, AuditColumn.TIME), part.cell(0, AuditColumn.TIME), "newest first");
        Ui.save(Ui.capture(Workbench.shell()), screenshots().resolve("audit-1-million.png"));

        shown(part, () -> part.sortBy(AuditColumn.USER));
        assertEquals(EVENTS, part.rowCount());
        List<String> users = new java.util.ArrayList<>();
        for (int row = 0; row < 200; row++) {
            users.add(part.cell(row, AuditColumn.USER).toLowerCase(Locale.ROOT));
        }
        assertEquals(users.stream().sorted().toList(), users, "the first rows are in user order");
        String last = part.cell(EVENTS - 1, AuditColumn.USER).toLowerCase(Locale.ROOT);
        assertTrue(last.compareTo(users.get(199)) >= 0, last + " sorts after " + users.get(199));

        String someone = part.cell(500_000, AuditColumn.USER);
        shown(part, () -> part.filterUser(someone));
        int expected = log.rowsOfUser(someone).length;
        assertTrue(expected > 0);
        assertEquals(expected, part.rowCount(), "exactly that user's events");
        for (int row = 0; row < part.rowCount(); row++) {
            assertTrue(part.cell(row, AuditColumn.USER).equalsIgnoreCase(someone), part.cell(row, AuditColumn.USER));
        }

        part.selectRow(0);
        Ui.waitUntil("the details", WAIT, () -> !part.detailsLines().isEmpty());
        List<String> details = part.detailsLines();
        assertTrue(details.stream().anyMatch(l -> l.startsWith("User: " + part.cell(0, AuditColumn.USER))),
                details.toString());
        assertTrue(details.contains("Changes: " + part.cell(0, AuditColumn.SUMMARY)), details.toString());
        assertTrue(details.contains("Activity: " + part.cell(0, AuditColumn.ACTIVITY)), details.toString());
        assertTrue(part.detailsTitle().contains(someone), part.detailsTitle());
        Ui.save(Ui.capture(Workbench.shell()), screenshots().resolve("audit-2-user.png"));

        Ui.type("audit.filter.from", "yesterday");
        Ui.waitUntil("the problem with the time", WAIT, () -> part.problemText().contains("is not a time"));
        assertEquals(expected, part.rowCount(), "a time that cannot be read changes nothing");
        shown(part, part::clearFilters);
        assertEquals(EVENTS, part.rowCount());
        assertEquals("", part.problemText());

        Canvas chart = Ui.find(Canvas.class, "audit.chart");
        Ui.waitUntil("the per-day chart", WAIT, () -> colouredShare(Ui.capture(chart)) > 0.02);
        Ui.save(Ui.capture(Workbench.shell()), screenshots().resolve("audit-3-chart.png"));
    }

    @Test
    void aUserIsLinkedBetweenTheAuditAndMigrationPerspectives() {
        AuditPart part = showAudit();
        Ui.waitUntil("the workspace read", WAIT, () -> !part.stateText().isEmpty());
        AuditLog log = SyntheticAuditLog.generate(20_000, 4, Instant.now());
        shown(part, () -> part.show(log));
        int row = 0;
        while (part.cell(row, AuditColumn.USER).isEmpty()) {
            row++; // a Staged Rollout change has no target user
        }
        String someone = part.cell(row, AuditColumn.USER);
        part.selectRow(row);
        Ui.waitUntil("the details", WAIT, () -> !part.detailsLines().isEmpty());
        assertTrue(part.detailsTitle().contains(someone), part.detailsTitle());
        Ui.click("audit.details.showInMigration");
        Ui.waitUntil("the Migration perspective", WAIT, () -> "cutover.migration.ui.perspective".equals(active()));

        long before = part.shownVersion();
        Workbench.context().get(IEventBroker.class).send(UserLinks.SHOW_AUDIT, someone);
        Ui.waitUntil("the Audit perspective with the user's events", WAIT,
                () -> "cutover.audit.ui.perspective".equals(active()) && part.shownVersion() > before);
        assertEquals(log.rowsOfUser(someone).length, part.rowCount());
        shown(part, part::clearFilters);
    }

    /** The other UI tests start in the Migration perspective, as the workbench does. */
    @AfterEach
    void backToMigration() {
        showPerspective("cutover.migration.ui.perspective");
    }

    private static void showPerspective(String id) {
        IEclipseContext context = Workbench.context();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(
                "cutover.app.command.showPerspective", Map.of("cutover.app.command.showPerspective.id", id));
        context.get(EHandlerService.class).executeHandler(command);
        Ui.pump(200);
    }

    private static void shown(AuditPart part, Runnable action) {
        long before = part.shownVersion();
        action.run();
        Ui.waitUntil("the rows", WAIT, () -> part.shownVersion() > before);
    }

    private static String active() {
        EModelService models = Workbench.context().get(EModelService.class);
        MPerspective perspective = models.getActivePerspective(Workbench.window());
        return perspective == null ? null : perspective.getElementId();
    }

    /** Share of clearly coloured pixels: the chart's bars, not text or background. */
    private static double colouredShare(ImageData data) {
        long coloured = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                int max = Math.max(rgb.red, Math.max(rgb.green, rgb.blue));
                int min = Math.min(rgb.red, Math.min(rgb.green, rgb.blue));
                if (max - min > 60) {
                    coloured++;
                }
            }
        }
        return (double) coloured / ((long) data.width * data.height);
    }

    private static AuditPart showAudit() {
        showPerspective("cutover.audit.ui.perspective");
        EPartService parts = Workbench.context().get(EPartService.class);
        Ui.waitUntil("the Audit view", WAIT, () -> {
            MPart part = parts.findPart(AuditPart.PART_ID);
            return part != null && part.getObject() instanceof AuditPart;
        });
        return (AuditPart) parts.findPart(AuditPart.PART_ID).getObject();
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("cutover.screenshots", "target/screenshots"));
    }
}
