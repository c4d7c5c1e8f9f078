package cutover.core.tenant;

import cutover.core.mfaserver.InvalidFieldException;
import java.util.List;
import java.util.Objects;

/** Validation helpers shared by the tenant snapshot model. */
final class TenantChecks {

    private static final int MAX_QUOTED_VALUE = 60;

    private TenantChecks() {
    }

    /** Returns null for null or blank text, otherwise the text, which must hold no control characters. */
    static String optionalText(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        noControlCharacters(field, value);
        return value;
    }

    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, field + " is missing");
        }
        noControlCharacters(field, value);
        return value;
    }

    static String requireGuid(String field, String value) {
        requireText(field, value);
        if (!isGuid(value)) {
            throw new InvalidFieldException(field, field + " " + quote(value)
                    + " must be a GUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        }
        return value;
    }

    static <T> List<T> copyOf(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            Objects.requireNonNull(value, () -> field + " contains null");
        }
        return List.copyOf(values);
    }

    static boolean isGuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    static void noControlCharacters(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new InvalidFieldException(field, field + " " + quote(value)
                        + " contains a control character at position " + (i + 1));
            }
        }
    }

    static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        return '"' + (value.length() > MAX_QUOTED_VALUE ? value.substring(0, MAX_QUOTED_VALUE) + "…" : value) + '"';
    }
}
