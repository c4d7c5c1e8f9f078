package cutover.core.mfaserver;

/**
 * Who a user is in the on-premises Active Directory. Only the user principal name is required; every other value is
 * null when unknown (blank values are stored as null).
 *
 * @param userPrincipalName UPN such as {@code alex.wu@contoso.com}; required, contains '@'
 * @param securityIdentifier SID such as {@code S-1-5-21-1004336348-1177238915-682003330-1104}, or null
 * @param samAccountName pre-Windows 2000 logon name, or null
 * @param objectGuid AD objectGUID as {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}, or null
 * @param distinguishedName DN such as {@code CN=Alex Wu,OU=Users,DC=contoso,DC=com}, or null
 * @param displayName display name, or null
 * @param mail primary e-mail address, or null
 * @param employeeId HR employee identifier, or null
 */
public record OnPremisesIdentity(String userPrincipalName, String securityIdentifier, String samAccountName,
        String objectGuid, String distinguishedName, String displayName, String mail, String employeeId) {

    public OnPremisesIdentity {
        checkUserPrincipalName(userPrincipalName);
        securityIdentifier = Checks.emptyToNull(securityIdentifier);
        samAccountName = Checks.emptyToNull(samAccountName);
        objectGuid = Checks.emptyToNull(objectGuid);
        distinguishedName = Checks.emptyToNull(distinguishedName);
        displayName = Checks.emptyToNull(displayName);
        mail = Checks.emptyToNull(mail);
        employeeId = Checks.emptyToNull(employeeId);
        if (securityIdentifier != null && !isSecurityIdentifier(securityIdentifier)) {
            throw new InvalidFieldException("securityIdentifier", "security identifier "
                    + Checks.quote(securityIdentifier)
                    + " must look like S-1-5-21-…-1104 (S-1- followed by numbers separated by '-')");
        }
        Checks.noControlCharacters("samAccountName", "sAMAccountName", samAccountName);
        if (objectGuid != null && !isGuid(objectGuid)) {
            throw new InvalidFieldException("objectGuid", "object GUID " + Checks.quote(objectGuid)
                    + " must look like 1b4e28ba-2fa1-11d2-883f-0016d3cca427 (32 hex digits in groups 8-4-4-4-12)");
        }
        Checks.noControlCharacters("distinguishedName", "distinguished name", distinguishedName);
        if (distinguishedName != null && distinguishedName.indexOf('=') < 0) {
            throw new InvalidFieldException("distinguishedName", "distinguished name "
                    + Checks.quote(distinguishedName) + " must look like CN=…,OU=…,DC=…");
        }
        Checks.noControlCharacters("displayName", "display name", displayName);
        Checks.noControlCharacters("mail", "mail address", mail);
        if (mail != null && mail.indexOf('@') < 1) {
            throw new InvalidFieldException("mail", "mail address " + Checks.quote(mail) + " must contain '@'");
        }
        Checks.noControlCharacters("employeeId", "employee ID", employeeId);
    }

    /** An identity that only knows the user principal name. */
    public static OnPremisesIdentity ofUpn(String userPrincipalName) {
        return new OnPremisesIdentity(userPrincipalName, null, null, null, null, null, null, null);
    }

    /** One pass over the name: it is checked for every imported user. */
    private static void checkUserPrincipalName(String upn) {
        if (upn == null || upn.isEmpty()) {
            throw new InvalidFieldException("userPrincipalName", "user principal name is missing");
        }
        int at = -1;
        for (int i = 0; i < upn.length(); i++) {
            char c = upn.charAt(i);
            if (c <= ' ' || c == 0x7F || (c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
                Checks.requireText("userPrincipalName", "user principal name", upn);
                throw new InvalidFieldException("userPrincipalName",
                        "user principal name " + Checks.quote(upn) + " must not contain spaces");
            }
            if (c == '@' && at < 0) {
                at = i;
            }
        }
        if (at < 1 || at == upn.length() - 1) {
            throw new InvalidFieldException("userPrincipalName", "user principal name " + Checks.quote(upn)
                    + " must look like name@domain (text on both sides of '@')");
        }
    }

    private static boolean isSecurityIdentifier(String sid) {
        if (!sid.startsWith("S-1-") || sid.length() > 184) {
            return false;
        }
        int groupLength = 0;
        for (int i = 4; i < sid.length(); i++) {
            char c = sid.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++groupLength > 15) {
                    return false;
                }
            } else if (c == '-' && groupLength > 0) {
                groupLength = 0;
            } else {
                return false;
            }
        }
        return groupLength > 0;
    }

    private static boolean isGuid(String guid) {
        if (guid.length() != 36 || guid.charAt(8) != '-' || guid.charAt(13) != '-' || guid.charAt(18) != '-'
                || guid.charAt(23) != '-') {
            return false;
        }
        boolean valid = true;
        for (int i = 0; i < 36; i++) {
            if (i != 8 && i != 13 && i != 18 && i != 23) {
                valid &= isHexDigit(guid.charAt(i));
            }
        }
        return valid;
    }

    /** Branch-free on purpose: GUID digits are random, so a branchy test would mispredict half the time. */
    private static boolean isHexDigit(char c) {
        return (char) (c - '0') < 10 | (char) ((c | 0x20) - 'a') < 6;
    }
}
