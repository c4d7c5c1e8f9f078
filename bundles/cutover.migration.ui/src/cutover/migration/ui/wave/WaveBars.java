package cutover.migration.ui.wave;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cutover.migration.ChangeStatus;
import cutover.ui.WidgetIds;

/** The Group view's two bars: the group and what to show, then the filter and the steps of a migration. */
final class WaveBars {

    /** What the buttons and fields do. */
    record Handlers(Runnable list, Runnable entraToggled, Runnable seeds, Runnable settings, Runnable runs, Runnable filter,
            Runnable planSelection, Runnable planAll, Runnable migrate, Runnable verify) {
    }

    final Text group;
    final Button entraColumns;
    final Button resume;
    final Text filterText;
    final Combo filterChange;

    WaveBars(Composite parent, Handlers on) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(8, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(top, SWT.NONE).setText("&Group:");
        group = WidgetIds.tag(new Text(top, SWT.BORDER | SWT.SEARCH), "wave.group");
        group.setMessage("name or object id of the migration group");
        group.setToolTipText("The Entra group to migrate; its nested groups are expanded. Enter lists its members.");
        group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        group.addListener(SWT.DefaultSelection, e -> on.list().run());
        button(top, "&List members", "wave.load", "Read the group's members and match them with the MFA Server "
                + "export", on.list());
        entraColumns = WidgetIds.tag(new Button(top, SWT.CHECK), "wave.entra");
        entraColumns.setText("&Entra columns");
        entraColumns.setToolTipText("Show the Entra side's methods. Off: those Graph reads are skipped, as the MFA "
                + "Server Migration Utility does; the methods of planned users are still read.");
        entraColumns.addListener(SWT.Selection, e -> on.entraToggled().run());
        button(top, "Token s&eeds…", "wave.seeds", "The hardware token vendor's seed file: OATH tokens are created "
                + "from it (the secrets stay in memory only)", on.seeds());
        button(top, "Se&ttings…", "wave.settings", "Default method, matching, which users, automatic sync",
                on.settings());
        button(top, "&Runs", "wave.runs", "The journal's runs, including automatic sync", on.runs());
        resume = button(top, "Resume", "wave.resume", "Continue the migration run that was interrupted; writes "
                + "already confirmed are not sent again", () -> { });

        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(6, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterText = WidgetIds.tag(new Text(bar, SWT.BORDER | SWT.SEARCH), "wave.filter.text");
        filterText.setMessage("filter by UPN");
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterText.addListener(SWT.Modify, e -> on.filter().run());
        filterChange = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), "wave.filter.change");
        filterChange.add("Every status");
        for (ChangeStatus change : ChangeStatus.values()) {
            filterChange.add(change.label());
        }
        filterChange.select(0);
        filterChange.addListener(SWT.Selection, e -> on.filter().run());
        button(bar, "&Plan selection", "wave.plan.selection", "Plan the selected rows (Ctrl+click, Shift+click)",
                on.planSelection());
        button(bar, "Plan &all", "wave.plan.all", "Plan every member with MFA Server data", on.planAll());
        button(bar, "&Migrate…", "wave.migrate", "Write the plan to Entra ID after a confirmation", on.migrate());
        button(bar, "&Verify", "wave.verify", "Check every member against Entra ID as it is now", on.verify());
    }

    /** The status chosen in the filter, or null for every status. */
    ChangeStatus changeFilter() {
        int index = filterChange.getSelectionIndex();
        return index <= 0 ? null : ChangeStatus.values()[index - 1];
    }

    private static Button button(Composite parent, String text, String id, String tip, Runnable run) {
        return cutover.ui.Controls.push(parent, id, text, tip, run);
    }
}
