package cutover.connection;

import cutover.graph.GraphConnection;
import java.util.Objects;

/**
 * The tenant the workbench works with: a name the specialist knows it by, where it is, and the Graph connection
 * to it.
 *
 * @param name for example "Demo tenant" or "Contoso (Global)"
 * @param location where the tenant is answered from, for example the local tenant's address or the cloud
 * @param graph the signed-in connection
 */
public record TenantConnection(String name, String location, GraphConnection graph) {

    public TenantConnection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(graph, "graph");
    }
}
