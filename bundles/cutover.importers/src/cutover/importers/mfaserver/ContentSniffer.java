package cutover.importers.mfaserver;

/**
 * Decides from the first bytes of a file whether it is a text file at all, so that a workbook, archive or UTF-16
 * file is refused with one clear message instead of thousands of rejected lines.
 */
final class ContentSniffer {

    /** How many bytes at the start of a file are inspected. */
    static final int SAMPLE_BYTES = 8192;
    /** More than this share of suspicious bytes (control characters, broken UTF-8) means "not text". */
    private static final int MAX_SUSPICIOUS_PERCENT = 10;

    private ContentSniffer() {
    }

    /**
     * Returns null when {@code bytes[from..to)} looks like UTF-8 text, otherwise the reason it does not. The range
     * should start at the beginning of the file (a UTF-8 byte order mark is fine).
     */
    static String whyNotText(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length >= 2 && ((bytes[from] & 0xFF) == 0xFF && (bytes[from + 1] & 0xFF) == 0xFE
                || (bytes[from] & 0xFF) == 0xFE && (bytes[from + 1] & 0xFF) == 0xFF)) {
            return "is encoded as UTF-16; save it as UTF-8 (in Excel: \"CSV UTF-8\") and import it again";
        }
        if (length >= 4 && bytes[from] == 'P' && bytes[from + 1] == 'K' && bytes[from + 2] == 3
                && bytes[from + 3] == 4) {
            return "is a ZIP archive or an Excel workbook (.xlsx), not a text export; save it as CSV UTF-8";
        }
        if (length >= 4 && (bytes[from] & 0xFF) == 0xD0 && (bytes[from + 1] & 0xFF) == 0xCF
                && (bytes[from + 2] & 0xFF) == 0x11 && (bytes[from + 3] & 0xFF) == 0xE0) {
            return "is an old-style Office document (.xls), not a text export; save it as CSV UTF-8";
        }
        int suspicious = 0;
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "contains NUL bytes, so it is a binary file, not a text export";
            }
            if (b < 0x80) {
                if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                    suspicious++;
                }
                i++;
                continue;
            }
            int continuation = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (continuation < 0) {
                suspicious++;
                i++;
                continue;
            }
            int j = 1;
            while (j <= continuation && i + j < to && (bytes[i + j] & 0xC0) == 0x80) {
                j++;
            }
            if (j <= continuation && i + j < to) {
                suspicious++;
            }
            i += j;
        }
        if (length > 0 && suspicious * 100L > (long) length * MAX_SUSPICIOUS_PERCENT) {
            return "is mostly not text (" + suspicious + " of the first " + length
                    + " bytes are control characters or broken UTF-8), so it is probably a binary file";
        }
        return null;
    }
}
