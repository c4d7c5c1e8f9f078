package cutover.core.tenant;

import cutover.core.mfaserver.InvalidFieldException;

/**
 * A phone number registered as an authentication method in Entra ID.
 *
 * @param type the slot the number is in
 * @param phoneNumber the number as Graph writes it: {@code +{country code} {number}[x{extension}]}, for example
 *            {@code +1 2065555555x555}
 */
public record EntraPhoneMethod(PhoneType type, String phoneNumber) {

    private static final int MAX_COUNTRY_CODE_DIGITS = 3;
    private static final int MAX_E164_DIGITS = 15;
    private static final int MAX_EXTENSION_DIGITS = 10;

    public EntraPhoneMethod {
        if (type == null) {
            throw new InvalidFieldException("type", "phone type is missing");
        }
        TenantChecks.requireText("phoneNumber", phoneNumber);
        String problem = formatProblem(phoneNumber);
        if (problem != null) {
            throw new InvalidFieldException("phoneNumber", "phone number " + TenantChecks.quote(phoneNumber)
                    + " " + problem + "; Graph writes numbers as +{country code} {number}[x{extension}], for "
                    + "example +1 2065555555x555");
        }
    }

    /** The country code without '+', for example {@code 1}. */
    public String countryCode() {
        return phoneNumber.substring(1, phoneNumber.indexOf(' '));
    }

    /** The number without country code and extension. */
    public String number() {
        int x = phoneNumber.indexOf('x');
        return phoneNumber.substring(phoneNumber.indexOf(' ') + 1, x < 0 ? phoneNumber.length() : x);
    }

    /** The extension, or null. */
    public String extension() {
        int x = phoneNumber.indexOf('x');
        return x < 0 ? null : phoneNumber.substring(x + 1);
    }

    /** Null when the text is in Graph format, otherwise what is wrong with it. */
    private static String formatProblem(String text) {
        if (text.charAt(0) != '+') {
            return "must start with '+'";
        }
        int space = text.indexOf(' ');
        if (space < 0) {
            return "needs a space after the country code";
        }
        int countryDigits = space - 1;
        if (countryDigits < 1 || countryDigits > MAX_COUNTRY_CODE_DIGITS || !allDigits(text, 1, space)
                || text.charAt(1) == '0') {
            return "has an invalid country code (1 to 3 digits, not starting with 0)";
        }
        int x = text.indexOf('x', space);
        int numberEnd = x < 0 ? text.length() : x;
        int numberDigits = numberEnd - space - 1;
        if (numberDigits < 1 || !allDigits(text, space + 1, numberEnd)) {
            return "must have only digits between the space and the end or 'x'";
        }
        if (countryDigits + numberDigits > MAX_E164_DIGITS) {
            return "is longer than " + MAX_E164_DIGITS + " digits";
        }
        if (x >= 0) {
            int extensionDigits = text.length() - x - 1;
            if (extensionDigits < 1 || extensionDigits > MAX_EXTENSION_DIGITS || !allDigits(text, x + 1,
                    text.length())) {
                return "must have 1 to " + MAX_EXTENSION_DIGITS + " digits after 'x'";
            }
        }
        return null;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
