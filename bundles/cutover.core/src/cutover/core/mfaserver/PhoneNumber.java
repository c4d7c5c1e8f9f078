package cutover.core.mfaserver;

/**
 * A phone number as MFA Server stores it: country calling code, national number and an optional extension, all
 * digits only. Together country code and number form an E.164 number of at most 15 digits.
 *
 * @param countryCode country calling code without '+', 1 to 3 digits, for example {@code "1"} or {@code "44"}
 * @param number national number, 4 to 15 digits
 * @param extension extension of 1 to 10 digits, or null when there is none
 */
public record PhoneNumber(String countryCode, String number, String extension) {

    private static final int E164_MAX_DIGITS = 15;

    public PhoneNumber {
        if (Checks.isBlank(countryCode)) {
            throw new InvalidFieldException("countryCode", "country code is missing");
        }
        if (!Checks.allDigits(countryCode)) {
            throw new InvalidFieldException("countryCode",
                    "country code " + Checks.quote(countryCode) + " must contain only digits (without '+')");
        }
        if (countryCode.length() > 3) {
            throw new InvalidFieldException("countryCode",
                    "country code " + Checks.quote(countryCode) + " must have 1 to 3 digits");
        }
        if (countryCode.charAt(0) == '0') {
            throw new InvalidFieldException("countryCode",
                    "country code " + Checks.quote(countryCode) + " must not start with 0");
        }
        if (Checks.isBlank(number)) {
            throw new InvalidFieldException("number", "phone number is missing");
        }
        if (!Checks.allDigits(number)) {
            throw new InvalidFieldException("number",
                    "phone number " + Checks.quote(number) + " must contain only digits");
        }
        if (number.length() < 4 || number.length() > E164_MAX_DIGITS) {
            throw new InvalidFieldException("number", "phone number " + Checks.quote(number)
                    + " must have 4 to 15 digits but has " + number.length());
        }
        if (countryCode.length() + number.length() > E164_MAX_DIGITS) {
            throw new InvalidFieldException("number", "phone number +" + countryCode + " " + number + " has "
                    + (countryCode.length() + number.length())
                    + " digits; E.164 allows at most 15 including the country code");
        }
        if (extension != null) {
            if (extension.isEmpty()) {
                throw new InvalidFieldException("extension", "extension is empty; leave it out when there is none");
            }
            if (!Checks.allDigits(extension)) {
                throw new InvalidFieldException("extension",
                        "extension " + Checks.quote(extension) + " must contain only digits");
            }
            if (extension.length() > 10) {
                throw new InvalidFieldException("extension",
                        "extension " + Checks.quote(extension) + " must have 1 to 10 digits");
            }
        }
    }

    /**
     * Lenient factory for values typed by people: trims the country code and drops a leading '+', removes spaces,
     * dashes, dots and parentheses from the number, and treats a blank extension as none.
     */
    public static PhoneNumber of(String countryCode, String number, String extension) {
        String cc = countryCode == null ? null : countryCode.strip();
        if (cc != null && cc.startsWith("+")) {
            cc = cc.substring(1);
        }
        String ext = Checks.isBlank(extension) ? null : extension.strip();
        return new PhoneNumber(cc, number == null ? null : stripPunctuation(number), ext);
    }

    private static String stripPunctuation(String number) {
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '\u00A0') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    public boolean hasExtension() {
        return extension != null;
    }

    /** The E.164 form without extension, for example {@code +14255550100}. */
    public String e164() {
        return "+" + countryCode + number;
    }

    /** Human readable form, for example {@code +1 4255550100} or {@code +1 4255550100 x1234}. */
    public String display() {
        String base = "+" + countryCode + " " + number;
        return extension == null ? base : base + " x" + extension;
    }

    /**
     * The form Microsoft Graph uses for phone authentication methods: {@code +1 4255550100} and, with an extension,
     * {@code +1 4255550100x1234}.
     */
    public String graphFormat() {
        String base = "+" + countryCode + " " + number;
        return extension == null ? base : base + "x" + extension;
    }

    @Override
    public String toString() {
        return display();
    }
}
