package cutover.importers.mfaserver;

import cutover.core.mfaserver.InvalidFieldException;
import cutover.core.mfaserver.MobileAppDevice;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Encodes the mobile app devices of a user into the single {@code mobile_app_devices} CSV cell:
 * {@code name;device_token;activated_at;oath_secret_known}, devices separated by {@code |}. In names and tokens the
 * characters {@code %}, {@code ;}, {@code |} and control characters are written as {@code %XX} (UTF-8 bytes in
 * hex), so any name survives the round trip; the CSV layer then quotes the cell if it contains commas or quotes.
 */
final class DeviceCellCodec {

    private static final char DEVICE_SEPARATOR = '|';
    private static final char PART_SEPARATOR = ';';
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private DeviceCellCodec() {
    }

    static void encode(List<MobileAppDevice> devices, StringBuilder out) {
        for (int i = 0; i < devices.size(); i++) {
            MobileAppDevice device = devices.get(i);
            if (i > 0) {
                out.append(DEVICE_SEPARATOR);
            }
            appendEscaped(device.name(), out);
            out.append(PART_SEPARATOR);
            appendEscaped(device.deviceToken(), out);
            out.append(PART_SEPARATOR);
            IsoInstantFormatter.append(device.activatedAt(), out);
            out.append(PART_SEPARATOR).append(device.oathSecretKnown());
        }
    }

    private static void appendEscaped(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == PART_SEPARATOR || c == DEVICE_SEPARATOR || c < 0x20 || c == 0x7F) {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
    }

    /** Decodes a cell; null or empty means no devices. Problems name the 1-based device number. */
    static List<MobileAppDevice> decode(String cell, StringPool pool) throws LineRejectedException {
        return cell == null ? List.of() : decode(cell, cell.length(), pool);
    }

    /**
     * Decodes a cell given as a string or as an {@link AsciiSlice} of the line buffer (which spares copying the
     * cell before cutting it into names and tokens).
     */
    static List<MobileAppDevice> decode(CharSequence cell, int length, StringPool pool)
            throws LineRejectedException {
        if (length == 0) {
            return List.of();
        }
        int count = 1;
        for (int i = 0; i < length; i++) {
            if (cell.charAt(i) == DEVICE_SEPARATOR) {
                count++;
            }
        }
        int end = indexOf(cell, DEVICE_SEPARATOR, 0, length);
        MobileAppDevice first = decodeDevice(cell, 0, end, 1, pool);
        if (count == 1) {
            return List.of(first);
        }
        MobileAppDevice[] devices = new MobileAppDevice[count];
        devices[0] = first;
        for (int number = 1; number < count; number++) {
            int start = end + 1;
            end = indexOf(cell, DEVICE_SEPARATOR, start, length);
            devices[number] = decodeDevice(cell, start, end, number + 1, pool);
        }
        // an immutable list, which the user model then keeps without copying it again
        return List.of(devices);
    }

    private static MobileAppDevice decodeDevice(CharSequence cell, int start, int end, int number, StringPool pool)
            throws LineRejectedException {
        if (start == end) {
            throw problem(number, " is empty (two '|' in a row or a '|' at the end)");
        }
        int nameEnd = indexOf(cell, PART_SEPARATOR, start, end);
        int tokenEnd = indexOf(cell, PART_SEPARATOR, Math.min(nameEnd + 1, end), end);
        int activatedEnd = indexOf(cell, PART_SEPARATOR, Math.min(tokenEnd + 1, end), end);
        if (activatedEnd == end || indexOf(cell, PART_SEPARATOR, activatedEnd + 1, end) != end) {
            int parts = 1;
            for (int i = start; i < end; i++) {
                parts += cell.charAt(i) == PART_SEPARATOR ? 1 : 0;
            }
            throw problem(number, " has " + parts
                    + " parts; expected 4 separated by ';': name;device_token;activated_at;oath_secret_known");
        }
        String name = cell instanceof AsciiSlice slice && indexOf(cell, '%', start, nameEnd) == nameEnd
                ? slice.share(pool, start, nameEnd) : pool.share(unescape(cell, start, nameEnd, number, "name"));
        String token = unescape(cell, nameEnd + 1, tokenEnd, number, "device token");
        Instant activatedAt;
        try {
            activatedAt = IsoInstantParser.parse(cell, tokenEnd + 1, activatedEnd);
        } catch (IllegalArgumentException e) {
            throw problem(number, ": activated_at " + shown(text(cell, tokenEnd + 1, activatedEnd))
                    + " is not an ISO-8601 timestamp such as 2024-03-05T10:15:30Z (" + e.getMessage() + ")");
        }
        boolean oathSecretKnown;
        if (equalsIgnoreCase(cell, activatedEnd + 1, end, "true")) {
            oathSecretKnown = true;
        } else if (equalsIgnoreCase(cell, activatedEnd + 1, end, "false")) {
            oathSecretKnown = false;
        } else {
            throw problem(number, ": oath_secret_known " + shown(text(cell, activatedEnd + 1, end))
                    + " must be true or false");
        }
        try {
            return new MobileAppDevice(name, token, activatedAt, oathSecretKnown);
        } catch (InvalidFieldException e) {
            throw problem(number, ": " + e.getMessage());
        }
    }

    private static String unescape(CharSequence cell, int start, int end, int number, String what)
            throws LineRejectedException {
        int percent = indexOf(cell, '%', start, end);
        if (percent == end) {
            return start == end ? null : text(cell, start, end);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(end - start);
        int i = start;
        while (i < end) {
            char c = cell.charAt(i);
            if (c == '%') {
                int high = i + 2 < end ? hexValue(cell.charAt(i + 1)) : -1;
                int low = i + 2 < end ? hexValue(cell.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    throw problem(number, ": " + what + " has a '%' that is not followed by two hex digits");
                }
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                int runEnd = indexOf(cell, '%', i, end);
                bytes.writeBytes(text(cell, i, runEnd).getBytes(StandardCharsets.UTF_8));
                i = runEnd;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw problem(number, ": " + what + " has %-escapes that do not form valid UTF-8");
        }
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /** Index of {@code c} in {@code [from, to)}, or {@code to} when absent. */
    private static int indexOf(CharSequence text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return to;
    }

    private static boolean equalsIgnoreCase(CharSequence text, int from, int to, String expected) {
        if (to - from != expected.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (Character.toLowerCase(text.charAt(from + i)) != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String text(CharSequence text, int from, int to) {
        return text instanceof AsciiSlice slice ? slice.substring(from, to) : text.toString().substring(from, to);
    }

    private static String shown(String value) {
        return '"' + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + '"';
    }

    private static LineRejectedException problem(int number, String message) {
        return LineRejectedException.in(ExportColumn.MOBILE_APP_DEVICES, "device " + number + message);
    }
}
