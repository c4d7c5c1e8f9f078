package cutover.migration.ui.wave;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import cutover.migration.WaveUser;
import cutover.ui.StatusLine;
import cutover.ui.UserLinks;
import jakarta.inject.Inject;

/**
 * Shows a user in the Migration perspective when another view asks ({@link UserLinks#SHOW_MIGRATION}): the member
 * of the listed group in the User details view, or a status line message when the group listed does not hold them.
 */
public class MigrationLinkAddon {

    public static final String PERSPECTIVE_ID = "cutover.migration.ui.perspective";

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;
    @Inject
    private WaveSession session;

    @Inject
    @Optional
    public void showUser(@UIEventTopic(UserLinks.SHOW_MIGRATION) String user, EPartService parts) {
        if (user == null || user.isBlank()) {
            return;
        }
        List<MPerspective> found = models.findElements(application, PERSPECTIVE_ID, MPerspective.class);
        if (!found.isEmpty()) {
            parts.switchPerspective(found.get(0));
        }
        WaveUser member = member(user);
        if (member == null) {
            application.getContext().set(StatusLine.CONTEXT_KEY, session.wave() == null
                    ? "No group is listed in the Group view: list the migration group to see " + user + "."
                    : user + " is not a member of " + session.wave().group().displayName() + ".");
            parts.showPart(WavePart.PART_ID, EPartService.PartState.ACTIVATE);
            return;
        }
        session.focus(member);
        parts.showPart(UserDetailsPart.PART_ID, EPartService.PartState.ACTIVATE);
        application.getContext().set(StatusLine.CONTEXT_KEY, "Showing " + member.upn() + " from the Audit view.");
    }

    private WaveUser member(String user) {
        if (session.wave() == null) {
            return null;
        }
        for (WaveUser member : session.wave().users()) {
            if (member.upn().equalsIgnoreCase(user) || user.equalsIgnoreCase(member.entra().objectId())) {
                return member;
            }
        }
        return null;
    }
}
