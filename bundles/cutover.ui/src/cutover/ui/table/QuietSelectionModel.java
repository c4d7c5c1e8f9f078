package cutover.ui.table;

import org.eclipse.nebula.widgets.nattable.layer.event.IStructuralChangeEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionModel;

/**
 * NatTable's selection model, except that a refresh with nothing selected costs nothing. On a structural refresh
 * the stock model checks every row position, though only a selection could be affected: about a second of UI time
 * for a million rows, 50 ms for 50,000. Install it with {@link #install(SelectionLayer)}.
 */
public final class QuietSelectionModel extends SelectionModel {

    private QuietSelectionModel(SelectionLayer layer) {
        super(layer);
    }

    /** Replaces the layer's selection model by a quiet one. */
    public static void install(SelectionLayer layer) {
        layer.setSelectionModel(new QuietSelectionModel(layer));
    }

    @Override
    public void handleLayerEvent(IStructuralChangeEvent event) {
        if (!isEmpty()) {
            super.handleLayerEvent(event);
        }
    }
}
