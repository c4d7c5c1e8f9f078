package cutover.importers.inventory;

import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Facts;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Microsoft Identity Manager's {@code MfaSettings.xml} (MIM Service: PAM and self-service password reset with
 * MFA Server): the MFA Server URL, the user and client certificate it signs in with. Passwords and SDK keys are
 * never read.
 */
final class MimMfaSettingsParser {

    static final String ROOT = "MfaSettings";

    void parse(Reader text, FileFindings out) throws InventoryFormatException {
        FlatXmlSettings settings = FlatXmlSettings.read(text, ROOT, "a MIM MfaSettings.xml");
        Map<String, String> attributes = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        attributes.put(Facts.COMPONENT, Facts.IDENTITY_MANAGER);
        evidence.add(out.evidence(settings.rootLine(), ROOT, "MIM MFA settings"));
        attributes.put(Facts.USES_WEB_SERVICE_SDK, Facts.yesNo(settings.isTrue("UseMfaServer")));
        FlatXmlSettings.Setting url = first(settings, "MfaServerUrl", "ServiceUrl", "WebServiceSdkUrl");
        if (url != null) {
            attributes.put(Facts.MFA_SERVER_URL, url.value());
            evidence.add(out.evidence(url.line(), ROOT + "/MfaServerUrl", "MFA Server URL " + url.value()));
        }
        FlatXmlSettings.Setting user = first(settings, "Username", "UserName");
        if (user != null) {
            attributes.put(Facts.WEB_SERVICE_SDK_USER, user.value());
        }
        FlatXmlSettings.Setting certificate = first(settings, "CertFilename", "CertificatePath", "CertThumbprint",
                "CertificateThumbprint");
        if (certificate != null) {
            attributes.put(Facts.CLIENT_CERTIFICATE, certificate.value());
        }
        out.add(DependencyCategory.WEB_SDK_CONSUMER, Facts.IDENTITY_MANAGER, url == null ? null : url.value(),
                attributes, evidence);
    }

    private static FlatXmlSettings.Setting first(FlatXmlSettings settings, String... names) {
        for (String name : names) {
            FlatXmlSettings.Setting setting = settings.get(name);
            if (setting != null) {
                return setting;
            }
        }
        return null;
    }
}
