package cutover.importers.inventory;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Settings files that are one root element with a text element per setting, such as the MFA Server AD FS adapter's
 * configuration and MIM's MfaSettings.xml. Settings whose names mention a password, secret or key are skipped
 * unread.
 */
final class FlatXmlSettings {

    /** A setting's value and the line it is on. */
    record Setting(String value, long line) {
    }

    private static final int MAX_DEPTH = 16;
    private static final int MAX_TEXT = 64 * 1024;

    private final Map<String, Setting> settings = new LinkedHashMap<>();
    private long rootLine;

    private FlatXmlSettings() {
    }

    static FlatXmlSettings read(Reader text, String expectedRoot, String what) throws InventoryFormatException {
        FlatXmlSettings read = new FlatXmlSettings();
        try (SafeXml xml = new SafeXml(text, MAX_DEPTH, MAX_TEXT)) {
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !xml.localName().equals(expectedRoot)) {
                throw new InventoryFormatException(xml.line(), "this is not " + what + ": it must start with <"
                        + expectedRoot + ">");
            }
            read.rootLine = xml.line();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = xml.localName();
                long line = xml.line();
                if (isSecret(name)) {
                    xml.skipElement();
                } else {
                    read.settings.putIfAbsent(name.toLowerCase(Locale.ROOT), new Setting(xml.readText().trim(), line));
                }
            }
        }
        return read;
    }

    static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.endsWith("key")
                || lower.endsWith("_key");
    }

    long rootLine() {
        return rootLine;
    }

    /** A setting by name (case-insensitive), or null when absent or empty. */
    Setting get(String name) {
        Setting setting = settings.get(name.toLowerCase(Locale.ROOT));
        return setting == null || setting.value().isEmpty() ? null : setting;
    }

    boolean isTrue(String name) {
        Setting setting = get(name);
        return setting != null && (setting.value().equalsIgnoreCase("true") || setting.value().equals("1"));
    }
}
