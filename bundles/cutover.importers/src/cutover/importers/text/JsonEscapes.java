package cutover.importers.text;

/** The escapes of a JSON string (RFC 8259), for Cutover's JSON readers alike. */
public final class JsonEscapes {

    private JsonEscapes() {
    }

    /**
     * The character a one-letter escape such as {@code \n} stands for, or -1 when there is no such escape; {@code u}
     * starts a four-digit escape instead and is not one.
     */
    public static int letter(int c) {
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> -1;
        };
    }

    /** The value of a digit of a four-digit escape, or -1: JSON allows ASCII hex digits only. */
    public static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
