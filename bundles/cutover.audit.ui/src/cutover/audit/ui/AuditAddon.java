package cutover.audit.ui;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.osgi.service.event.Event;

import cutover.ui.UserLinks;
import jakarta.inject.Inject;

/**
 * Brings the Audit perspective forward when another view asks for a user's events ({@link UserLinks#SHOW_AUDIT}),
 * and starts {@code cutover bench audit} once the workbench is up when asked to.
 */
public class AuditAddon {

    public static final String PERSPECTIVE_ID = "cutover.audit.ui.perspective";

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;
    @Inject
    private AuditSession session;

    @Inject
    @Optional
    public void showUser(@UIEventTopic(UserLinks.SHOW_AUDIT) String user, EPartService parts) {
        if (user == null || user.isBlank()) {
            return;
        }
        show(parts);
        session.requestUser(user);
    }

    @Inject
    @Optional
    public void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, EPartService parts) {
        if (AuditBenchmark.ASKED) {
            AuditPart part = show(parts);
            if (part != null) {
                AuditBenchmark.start(part, session);
            }
        }
    }

    /** Switches to the Audit perspective and returns its view, created if need be. */
    static AuditPart show(EPartService parts, MApplication application, EModelService models) {
        List<MPerspective> found = models.findElements(application, PERSPECTIVE_ID, MPerspective.class);
        if (!found.isEmpty()) {
            parts.switchPerspective(found.get(0));
        }
        MPart part = parts.showPart(AuditPart.PART_ID, EPartService.PartState.ACTIVATE);
        return part != null && part.getObject() instanceof AuditPart audit ? audit : null;
    }

    private AuditPart show(EPartService parts) {
        return show(parts, application, models);
    }
}
