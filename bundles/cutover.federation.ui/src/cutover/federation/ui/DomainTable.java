package cutover.federation.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cutover.graph.FederationSettings.FederatedDomain;
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
        column("Domain", 220);
        column("Sign-in", 90);
        column("Federation server", 330);
        column("federatedIdpMfaBehavior", 380);
        table.addListener(SWT.Selection, e -> {
            FederatedDomain domain = selected();
            if (domain != null) {
                selected.accept(domain);
            }
        });
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
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
        return java.util.Arrays.stream(table.getItems()).map(item -> item.getText(0) + "\t" + item.getText(1)
                + "\t" + item.getText(2) + "\t" + item.getText(3)).toList();
    }
}
