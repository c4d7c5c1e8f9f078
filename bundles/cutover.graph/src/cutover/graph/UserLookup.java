package cutover.graph;

import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds Entra users by the identifiers an MFA Server export carries. Graph filters {@code userPrincipalName} and
 * {@code onPremisesSecurityIdentifier} plainly; the other on-premises attributes are advanced queries that Graph
 * answers only with {@code ConsistencyLevel: eventual} and {@code $count=true}, which are sent where needed.
 */
public final class UserLookup {

    /** An identifier to look a user up by, with the Graph property it is compared with. */
    public enum Key {
        UPN("userPrincipalName", false),
        SID("onPremisesSecurityIdentifier", false),
        SAM_ACCOUNT_NAME("onPremisesSamAccountName", true),
        IMMUTABLE_ID("onPremisesImmutableId", true),
        EMPLOYEE_ID("employeeId", true),
        MAIL("mail", true);

        private final String property;
        private final boolean advanced;

        Key(String property, boolean advanced) {
            this.property = property;
            this.advanced = advanced;
        }

        public String property() {
            return property;
        }

        /** Whether Graph treats a filter on it as an advanced query. */
        public boolean advanced() {
            return advanced;
        }

        /** The key named on a command line: upn, sid, sam, immutable-id, employee-id or mail. */
        public static Key fromName(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "upn", "userprincipalname" -> UPN;
                case "sid" -> SID;
                case "sam", "samaccountname" -> SAM_ACCOUNT_NAME;
                case "immutable-id", "immutableid" -> IMMUTABLE_ID;
                case "employee-id", "employeeid" -> EMPLOYEE_ID;
                case "mail" -> MAIL;
                default -> throw new IllegalArgumentException("unknown user key '" + name
                        + "': use upn, sid, sam, immutable-id, employee-id or mail");
            };
        }
    }

    /** A user found: enough to show and to address further requests to. */
    public record FoundUser(String id, String userPrincipalName, String displayName, String samAccountName,
            String securityIdentifier) {
    }

    private static final String[] FIELDS = {"id", "userPrincipalName", "displayName", "onPremisesSamAccountName",
        "onPremisesSecurityIdentifier"};

    private final GraphConnection connection;

    public UserLookup(GraphConnection connection) {
        this.connection = connection;
    }

    /** Every user whose {@code key} equals {@code value}: none, one, or (for non-unique attributes) several. */
    public List<FoundUser> find(Key key, String value) {
        String filter = key.property() + " eq '" + value.replace("'", "''") + "'";
        try {
            UserCollectionResponse page = connection.client().users().get(request -> {
                request.queryParameters.filter = filter;
                request.queryParameters.select = FIELDS;
                if (key.advanced()) {
                    request.queryParameters.count = true;
                    request.headers.add("ConsistencyLevel", "eventual");
                }
            });
            List<FoundUser> found = new ArrayList<>();
            if (page != null && page.getValue() != null) {
                for (User user : page.getValue()) {
                    found.add(new FoundUser(user.getId(), user.getUserPrincipalName(), user.getDisplayName(),
                            user.getOnPremisesSamAccountName(), user.getOnPremisesSecurityIdentifier()));
                }
            }
            return found;
        } catch (com.microsoft.kiota.ApiException e) {
            throw new GraphException(e.getResponseStatusCode(), null, "cannot look up users by " + key.property()
                    + ": " + e.getMessage(), e);
        }
    }
}
