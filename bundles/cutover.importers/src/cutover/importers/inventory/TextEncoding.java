package cutover.importers.inventory;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Decides how a collected file's bytes are encoded, from its first bytes. Windows tools write UTF-16 LE with a
 * byte order mark (PowerShell 5's {@code >} and {@code Out-File}, {@code Export-Clixml}, {@code reg export}), UTF-8
 * with or without one (PowerShell 7, {@code -Encoding utf8}), and XML may name its encoding in its declaration.
 *
 * @param charset the encoding
 * @param skip how many bytes the byte order mark takes
 */
record TextEncoding(Charset charset, int skip) {

    /** Reads a head of at least this many bytes where the file has them. */
    static final int HEAD_BYTES = 64 * 1024;

    static TextEncoding detect(byte[] head, int length) throws InventoryFormatException {
        if (startsWith(head, length, 0xFF, 0xFE, 0x00, 0x00) || startsWith(head, length, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new InventoryFormatException(0, "the file is encoded as UTF-32, which Cutover does not read; "
                    + "save it as UTF-8 or UTF-16");
        }
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, length, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, length, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        // UTF-16 without a byte order mark: ASCII characters with a zero byte beside each
        if (length >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0);
        }
        if (length >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0);
        }
        String declared = declaredXmlEncoding(head, length);
        if (declared == null || declared.equals("utf-8") || declared.equals("utf8")) {
            return new TextEncoding(StandardCharsets.UTF_8, 0);
        }
        if (declared.startsWith("utf-16") || declared.equals("unicode")) {
            throw new InventoryFormatException(1, "the XML declaration says the file is " + declared
                    + ", but its bytes are not UTF-16; it was probably converted without changing the declaration");
        }
        try {
            return new TextEncoding(Charset.forName(declared), 0);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InventoryFormatException(1, "the XML declaration names the encoding \"" + declared
                    + "\", which Java does not know; save the file as UTF-8");
        }
    }

    /** The encoding named by {@code <?xml ... encoding="..."?>} at the start, lower case, or null. */
    private static String declaredXmlEncoding(byte[] head, int length) {
        int end = Math.min(length, 200);
        String start = new String(head, 0, end, StandardCharsets.ISO_8859_1);
        if (!start.startsWith("<?xml")) {
            return null;
        }
        int close = start.indexOf("?>");
        String declaration = close < 0 ? start : start.substring(0, close);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return null;
        }
        int quote = at + "encoding".length();
        while (quote < declaration.length() && declaration.charAt(quote) != '"' && declaration.charAt(quote) != '\'') {
            quote++;
        }
        if (quote >= declaration.length()) {
            return null;
        }
        int endQuote = declaration.indexOf(declaration.charAt(quote), quote + 1);
        return endQuote < 0 ? null : declaration.substring(quote + 1, endQuote).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
