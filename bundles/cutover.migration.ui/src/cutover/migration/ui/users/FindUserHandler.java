package cutover.migration.ui.users;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Ctrl+F: bring the Users view forward and put the cursor in its UPN filter. */
public class FindUserHandler {

    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.showPart(UsersPart.PART_ID, PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof UsersPart users) {
            users.focusUpnFilter();
        }
    }
}
