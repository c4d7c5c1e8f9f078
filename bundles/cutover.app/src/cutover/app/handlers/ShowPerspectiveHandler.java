package cutover.app.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Window › Migration, Window › Dependencies …: switches to the perspective the menu item names. */
public class ShowPerspectiveHandler {

    public static final String COMMAND_ID = "cutover.app.command.showPerspective";
    public static final String PERSPECTIVE_PARAMETER = "cutover.app.command.showPerspective.id";

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts,
            @Named(PERSPECTIVE_PARAMETER) String perspectiveId) {
        List<MPerspective> found = models.findElements(application, perspectiveId, MPerspective.class);
        if (!found.isEmpty()) {
            parts.switchPerspective(found.get(0));
        }
    }
}
