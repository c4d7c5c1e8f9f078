package cutover.importers.inventory;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells from a file's first bytes which kind of collected file it is. The content decides, not the name: a
 * collector may name files anything. The name only decides whether something unreadable is worth an error (it
 * looks like one of ours) or just a skipped file, and that an empty {@code additional-authentication-rule.txt} is
 * the AD FS farm's additional authentication rule saying there is none (an empty rule has no content to tell it by).
 */
final class FileSniffer {

    /** What sniffing found: a kind to parse with its encoding, or the reason to skip the file. */
    record Verdict(FileKind kind, TextEncoding encoding, String skipReason) {

        static Verdict skip(String reason) {
            return new Verdict(null, null, reason);
        }
    }

    private static final Set<String> OUR_EXTENSIONS = Set.of("xml", "json", "reg", "csv", "config", "clixml", "txt");
    private static final List<String> ADFS_PROPERTIES = List.of("\"AdditionalAuthenticationRules\"",
            "\"IssuanceTransformRules\"", "\"AccessControlPolicyName\"", "\"AdditionalAuthenticationProvider\"",
            "\"PolicyMetadata\"", "\"ClaimsProviderName\"");

    private FileSniffer() {
    }

    /**
     * @throws InventoryFormatException when the file is of a kind Cutover reads but cannot be decoded (UTF-32, a
     *             wrong XML declaration), or is binary while its name says it should be one of ours
     */
    static Verdict sniff(byte[] head, int length, String fileName) throws InventoryFormatException {
        boolean ours = OUR_EXTENSIONS.contains(extension(fileName));
        boolean farmRule = AdfsFarmRuleParser.isFarmRuleFileName(fileName);
        if (length == 0 && farmRule) {
            return new Verdict(FileKind.ADFS_FARM_RULE, new TextEncoding(StandardCharsets.UTF_8, 0), null);
        }
        if (length == 0) {
            if (ours) {
                throw new InventoryFormatException(0, "the file is empty");
            }
            return Verdict.skip("the file is empty");
        }
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Verdict.skip("a ZIP archive inside the collection; import it on its own");
        }
        if (length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11) {
            return Verdict.skip("an Office document; save lists as CSV UTF-8");
        }
        TextEncoding encoding = TextEncoding.detect(head, length);
        String text = decodeLeniently(head, length, encoding);
        String binary = whyBinary(text);
        if (binary != null) {
            if (ours) {
                throw new InventoryFormatException(0, "the file " + binary + "; it is not the text export its name "
                        + "suggests");
            }
            return Verdict.skip("a binary file (" + binary + ")");
        }
        String start = text.stripLeading();
        if (start.startsWith("Windows Registry Editor Version 5.00") || start.startsWith("REGEDIT4")) {
            return new Verdict(FileKind.REGISTRY_EXPORT, encoding, null);
        }
        if (start.startsWith("<")) {
            return xml(start, encoding);
        }
        if ((start.isEmpty() && farmRule) || AdfsFarmRuleParser.looksLikeClaimRules(start)) {
            return new Verdict(FileKind.ADFS_FARM_RULE, encoding, null);
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            for (String property : ADFS_PROPERTIES) {
                if (start.contains(property)) {
                    return new Verdict(FileKind.ADFS_JSON, encoding, null);
                }
            }
            return Verdict.skip("JSON, but not an AD FS export (no relying party trust, global authentication "
                    + "policy or access control policy properties)");
        }
        if (isClientCsv(start)) {
            return new Verdict(FileKind.MFA_SERVER_CLIENTS_CSV, encoding, null);
        }
        if (farmRule) {
            return Verdict.skip("named like the AD FS farm's additional authentication rule, but it is not claim rule "
                    + "language (a rule such as c:[...] => issue(...);)");
        }
        return Verdict.skip("not one of the files Cutover reads (NPS export, registry export, AD FS JSON or CLIXML, "
                + "AD FS additional authentication rule, adapter configuration, web.config, MfaSettings.xml, MFA "
                + "Server CSV template)");
    }

    private static Verdict xml(String text, TextEncoding encoding) {
        String root = rootElement(text);
        if (root == null) {
            return Verdict.skip("XML whose first element could not be found in its first "
                    + TextEncoding.HEAD_BYTES / 1024 + " KiB");
        }
        return switch (root) {
            case "Root" -> text.contains("Microsoft_Internet_Authentication_Service")
                    || text.contains("urn:schemas-microsoft-com:datatypes")
                            ? new Verdict(FileKind.NPS_CONFIGURATION, encoding, null)
                            : Verdict.skip("XML with a <Root> element that is not an NPS export");
            case "Objs" -> new Verdict(FileKind.ADFS_CLIXML, encoding, null);
            case AdfsAdapterConfigParser.ROOT -> new Verdict(FileKind.ADFS_ADAPTER_CONFIGURATION, encoding, null);
            case "configuration" -> new Verdict(FileKind.WEB_CONFIG, encoding, null);
            case MimMfaSettingsParser.ROOT -> new Verdict(FileKind.MIM_MFA_SETTINGS, encoding, null);
            default -> Verdict.skip("XML with the root element <" + root + ">, none of the files Cutover reads");
        };
    }

    /** The local name of the first element, skipping the declaration, comments and a DOCTYPE; null if not found. */
    static String rootElement(String text) {
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('<', i);
            if (open < 0 || open + 1 >= text.length()) {
                return null;
            }
            char next = text.charAt(open + 1);
            if (next == '?') {
                i = endOf(text, open, "?>");
            } else if (text.startsWith("<!--", open)) {
                i = endOf(text, open, "-->");
            } else if (next == '!') {
                // a DOCTYPE, possibly with an internal subset in brackets
                int bracket = text.indexOf('[', open);
                int close = text.indexOf('>', open);
                i = bracket >= 0 && bracket < close ? endOf(text, bracket, "]") : close + 1;
                if (i <= 0) {
                    return null;
                }
            } else {
                int end = open + 1;
                while (end < text.length() && " \t\r\n/>".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                String name = text.substring(open + 1, end);
                int colon = name.indexOf(':');
                return colon >= 0 ? name.substring(colon + 1) : name;
            }
            if (i < 0) {
                return null;
            }
        }
        return null;
    }

    private static int endOf(String text, int from, String terminator) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? -1 : end + terminator.length();
    }

    private static boolean isClientCsv(String text) {
        for (String line : text.split("\r\n|\n|\r", 50)) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            String lower = stripped.toLowerCase(Locale.ROOT);
            return lower.contains("name") && lower.contains("ip_address");
        }
        return false;
    }

    private static String decodeLeniently(byte[] head, int length, TextEncoding encoding) {
        var decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            int skip = Math.min(encoding.skip(), length);
            return decoder.decode(ByteBuffer.wrap(head, skip, length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return "";
        }
    }

    /** Null when the text looks like text; otherwise why not. */
    private static String whyBinary(String text) {
        int suspicious = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "contains NUL characters, so it is binary";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == '\uFFFD') {
                suspicious++;
            }
        }
        if (text.length() > 0 && suspicious * 10L > text.length()) {
            return "is mostly not text (" + suspicious + " of its first " + text.length()
                    + " characters are control characters or undecodable bytes)";
        }
        return null;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
