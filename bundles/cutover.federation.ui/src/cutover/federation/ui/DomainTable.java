package cutover.federation.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import cutover.graph.FederationSettings.FederatedDomain;
import cutover.ui.Controls;
import cutover.ui.WidgetIds;

/** The tenant's domains: how their users sign in and, for federated ones, who does MFA. */
final class DomainTable {

    private final Table table;
    private final Consumer<FederatedDomain> selected;
    private List<FederatedDomain> domains = List.of();

    DomainTable(Composite parent, Consumer<FederatedDomain> selected) {
        this.selected = selected;
        table = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "federation.domains");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        Controls.column(table, "Domain", 220);
        Controls.column(table, "Sign-in", 90);
        Controls.column(table, "Federation server", 330);
        Controls.column(table, "federatedIdpMfaBehavior", 380);
        table.addListener(SWT.Selection, e -> {
            FederatedDomain domain = selected();
            if (domain != null) {
                selected.accept(domain);
            }
        });
    }

    /** Shows the domains, keeping the one named {@code keep} selected. */
    void show(List<FederatedDomain> read, String keep) {
        domains = List.copyOf(read);
        table.removeAll();
        for (FederatedDomain domain : domains) {
            boolean federated = domain.hasFederation();
            String behavior = !federated ? "" : domain.federation().federatedIdpMfaBehavior() == null
                    ? "unset: the legacy SupportsMfa setting decides" : domain.federation().federatedIdpMfaBehavior();
            new TableItem(table, SWT.NONE).setText(new String[] {domain.name(), federated ? "federated" : "managed",
                    federated ? domain.federation().issuerUri() : "", behavior});
        }
        for (int i = 0; i < domains.size(); i++) {
            if (domains.get(i).name().equals(keep)) {
                table.setSelection(i);
            }
        }
    }

    FederatedDomain selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= domains.size() ? null : domains.get(index);
    }

    /** Selects a domain as a click would. */
    void select(String name) {
        for (int i = 0; i < domains.size(); i++) {
            if (domains.get(i).name().equalsIgnoreCase(name)) {
                table.setSelection(i);
                selected.accept(domains.get(i));
                return;
            }
        }
        throw new IllegalArgumentException("no domain " + name);
    }

    List<String> rows() {
        return Controls.rows(table);
    }
}
