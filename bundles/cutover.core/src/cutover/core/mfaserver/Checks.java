package cutover.core.mfaserver;

/** Small validation helpers shared by the model types. */
final class Checks {

    private static final int MAX_QUOTED_VALUE = 60;

    private Checks() {
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Returns null for null or blank text, otherwise the text unchanged. */
    static String emptyToNull(String value) {
        return isBlank(value) ? null : value;
    }

    static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Rejects line breaks, tabs and other control characters, which would break the export files and the UI. */
    static void noControlCharacters(String field, String label, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new InvalidFieldException(field, label + " " + quote(value)
                        + " contains a control character (line break, tab or similar) at position " + (i + 1));
            }
        }
    }

    static String requireText(String field, String label, String value) {
        if (isBlank(value)) {
            throw new InvalidFieldException(field, label + " is missing");
        }
        noControlCharacters(field, label, value);
        return value;
    }

    /** Quotes a value for an error message, shortening very long values. */
    static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        String shown = value.length() > MAX_QUOTED_VALUE ? value.substring(0, MAX_QUOTED_VALUE) + "…" : value;
        return '"' + shown + '"';
    }
}
