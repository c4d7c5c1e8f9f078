package cutover.core.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the claims that AD FS claim rule language text issues: the {@code Type} and literal {@code Value} of every
 * {@code issue(...)} and {@code add(...)} statement. Enough to see what additional authentication rules do without
 * a full parser; conditions ({@code c:[...]}) are not interpreted.
 */
final class ClaimRules {

    /** A claim a rule issues; {@code value} is null when it is not a literal (such as {@code c.Value}). */
    record IssuedClaim(String type, String value) {
    }

    static final String AUTHN_METHODS_PROVIDERS = "http://schemas.microsoft.com/claims/authnmethodsproviders";
    static final String AUTHENTICATION_METHOD =
            "http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationmethod";
    static final String MULTIPLE_AUTHN = "http://schemas.microsoft.com/claims/multipleauthn";

    private ClaimRules() {
    }

    static List<IssuedClaim> issuedClaims(String rules) {
        List<IssuedClaim> claims = new ArrayList<>();
        if (rules == null) {
            return claims;
        }
        int arrow = rules.indexOf("=>");
        while (arrow >= 0) {
            int i = skipSpace(rules, arrow + 2);
            int open = statementStart(rules, i);
            int next = arrow + 2;
            if (open >= 0) {
                int close = closingParenthesis(rules, open);
                String arguments = rules.substring(open + 1, close < 0 ? rules.length() : close);
                String type = argument(arguments, "type");
                if (type != null) {
                    claims.add(new IssuedClaim(type, argument(arguments, "value")));
                }
                if (close < 0) {
                    // the statement runs to the end of the text: anything after it is inside it
                    break;
                }
                // an "=>" within the statement's arguments is not a rule; skipping them keeps the reading linear
                // in the length of the text, however hostile
                next = close + 1;
            }
            arrow = rules.indexOf("=>", next);
        }
        return claims;
    }

    /** The position of the '(' of an {@code issue(} or {@code add(} starting at {@code i}, or -1. */
    private static int statementStart(String text, int i) {
        for (String keyword : new String[] {"issue", "add"}) {
            if (text.regionMatches(true, i, keyword, 0, keyword.length())) {
                int open = skipSpace(text, i + keyword.length());
                if (open < text.length() && text.charAt(open) == '(') {
                    return open;
                }
            }
        }
        return -1;
    }

    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The quoted literal after {@code name =} at the top level of the arguments, or null. */
    private static String argument(String arguments, String name) {
        boolean quoted = false;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                continue;
            }
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(arguments.charAt(i - 1));
            if (quoted || !wordStart || !arguments.regionMatches(true, i, name, 0, name.length())) {
                continue;
            }
            int j = skipSpace(arguments, i + name.length());
            if (j >= arguments.length() || arguments.charAt(j) != '=' || j + 1 < arguments.length()
                    && arguments.charAt(j + 1) == '=') {
                continue;
            }
            j = skipSpace(arguments, j + 1);
            if (j < arguments.length() && arguments.charAt(j) == '"') {
                int end = arguments.indexOf('"', j + 1);
                return end < 0 ? null : arguments.substring(j + 1, end);
            }
            return null;
        }
        return null;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean issuesMfaServerProvider(String rules) {
        for (IssuedClaim claim : issuedClaims(rules)) {
            if (claim.type().equalsIgnoreCase(AUTHN_METHODS_PROVIDERS) && claim.value() != null
                    && AdfsMfaProviders.isMfaServer(claim.value())) {
                return true;
            }
        }
        return false;
    }

    static boolean issuesMultipleAuthn(String rules) {
        for (IssuedClaim claim : issuedClaims(rules)) {
            if (claim.type().equalsIgnoreCase(AUTHENTICATION_METHOD) && claim.value() != null
                    && claim.value().toLowerCase(Locale.ROOT).equals(MULTIPLE_AUTHN)) {
                return true;
            }
        }
        return false;
    }
}
