package cutover.importers.inventory;

import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Facts;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads an ASP.NET {@code web.config} for MFA Server Web Service SDK settings: the User portal
 * ({@code pfup.Properties.Settings}), the Mobile App Web Service ({@code pfpaws.Properties.Settings}) or another
 * application. It reads {@code appSettings} ({@code USE_WEB_SERVICE_SDK}, {@code WEB_SERVICE_SDK_AUTHENTICATION_*})
 * and the {@code *_pfwssdk_PfWsSdk} setting (the SDK URL). Keys naming a password or secret are never kept.
 */
final class WebConfigParser {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_TEXT = 256 * 1024;

    private record Found(String value, long line) {
    }

    void parse(Reader text, FileFindings out) throws InventoryFormatException {
        Map<String, Found> appSettings = new LinkedHashMap<>();
        Found sdkUrl = null;
        String section = null;
        try (SafeXml xml = new SafeXml(text, MAX_DEPTH, MAX_TEXT)) {
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !xml.localName().equals("configuration")) {
                throw new InventoryFormatException(xml.line(), "this is not a web.config: it must start with "
                        + "<configuration>");
            }
            List<String> path = new ArrayList<>();
            path.add("configuration");
            while (!path.isEmpty()) {
                int event = xml.nextTag();
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new InventoryFormatException(xml.line(),
                            "the XML ends early; the file is probably truncated");
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    path.remove(path.size() - 1);
                    continue;
                }
                String tag = xml.localName();
                String parent = path.get(path.size() - 1);
                if (tag.equals("add") && parent.equals("appSettings")) {
                    String key = xml.attribute("key");
                    if (key != null && key.toUpperCase(Locale.ROOT).contains("WEB_SERVICE_SDK")
                            && !FlatXmlSettings.isSecret(key)) {
                        appSettings.put(key.toUpperCase(Locale.ROOT), new Found(value(xml.attribute("value")),
                                xml.line()));
                    }
                } else if (tag.equals("setting") && path.size() >= 2
                        && path.get(path.size() - 2).equals("applicationSettings")) {
                    String name = xml.attribute("name");
                    if (name != null && name.toLowerCase(Locale.ROOT).endsWith("_pfwssdk_pfwssdk")) {
                        long line = xml.line();
                        sdkUrl = new Found(settingValue(xml), line);
                        section = parent;
                        continue;
                    }
                }
                path.add(tag);
            }
        }
        Found explicitUrl = appSettings.get("WEB_SERVICE_SDK_AUTHENTICATION_URL");
        if (sdkUrl == null) {
            sdkUrl = explicitUrl;
        }
        if (sdkUrl == null && appSettings.isEmpty()) {
            out.skip("a web.config without MFA Server Web Service SDK settings");
            return;
        }
        String component = component(section, out.file());
        Map<String, String> attributes = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        attributes.put(Facts.COMPONENT, component);
        Found use = appSettings.get("USE_WEB_SERVICE_SDK");
        boolean usesSdk = use != null ? use.value().equalsIgnoreCase("true") : sdkUrl != null;
        attributes.put(Facts.USES_WEB_SERVICE_SDK, Facts.yesNo(usesSdk));
        if (use != null) {
            evidence.add(out.evidence(use.line(), "appSettings/USE_WEB_SERVICE_SDK", "USE_WEB_SERVICE_SDK = "
                    + use.value()));
        }
        if (sdkUrl != null) {
            attributes.put(Facts.WEB_SERVICE_SDK_URL, sdkUrl.value());
            evidence.add(out.evidence(sdkUrl.line(), section == null ? "appSettings/WEB_SERVICE_SDK_AUTHENTICATION_URL"
                    : "applicationSettings/" + section, "Web Service SDK URL " + sdkUrl.value()));
        }
        Found user = appSettings.get("WEB_SERVICE_SDK_AUTHENTICATION_USERNAME");
        if (user != null && !user.value().isEmpty()) {
            attributes.put(Facts.WEB_SERVICE_SDK_USER, user.value());
        }
        Found thumbprint = appSettings.get("WEB_SERVICE_SDK_CERTIFICATE_THUMBPRINT");
        if (thumbprint != null && !thumbprint.value().isEmpty()) {
            attributes.put(Facts.CLIENT_CERTIFICATE, "thumbprint " + thumbprint.value());
        }
        if (evidence.isEmpty()) {
            Found any = appSettings.values().iterator().next();
            evidence.add(out.evidence(any.line(), "appSettings", "Web Service SDK settings"));
        }
        String folder = out.file().folderName();
        String name = component.equals(Facts.CUSTOM_APPLICATION)
                ? "Web Service SDK consumer " + (folder != null ? folder : out.file().fileName()) : component;
        out.add(DependencyCategory.WEB_SDK_CONSUMER, name, sdkUrl == null ? null : sdkUrl.value(), attributes,
                evidence);
    }

    /** The text of a {@code <setting>}'s {@code <value>} child; the cursor ends after the setting. */
    private static String settingValue(SafeXml xml) throws InventoryFormatException {
        String value = "";
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (xml.localName().equals("value")) {
                value = xml.readText().trim();
            } else {
                xml.skipElement();
            }
        }
        return value;
    }

    /** Which MFA Server component a web.config belongs to: by its settings section, else by where it was found. */
    private static String component(String section, CollectedFile file) {
        String lowerSection = section == null ? "" : section.toLowerCase(Locale.ROOT);
        String where = file.displayName().toLowerCase(Locale.ROOT);
        if (lowerSection.startsWith("pfpaws") || where.contains("mobileappwebservice")
                || where.contains("mobile app web service")) {
            return Facts.MOBILE_APP_WEB_SERVICE;
        }
        if (lowerSection.startsWith("pfup") || where.contains("userportal") || where.contains("user portal")) {
            return Facts.USER_PORTAL;
        }
        return Facts.CUSTOM_APPLICATION;
    }

    private static String value(String text) {
        return text == null ? "" : text.trim();
    }
}
