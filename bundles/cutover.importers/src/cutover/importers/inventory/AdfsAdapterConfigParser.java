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
 * Reads the MFA Server AD FS adapter's configuration ({@code MultiFactorAuthenticationAdfsAdapter.config}, or
 * {@code Export-AdfsAuthenticationProviderConfigurationData} for the adapter): whether the adapter reaches MFA
 * Server through the Web Service SDK, at which URL and as which user. The SDK password is never read.
 */
final class AdfsAdapterConfigParser {

    static final String ROOT = "ConfigurationData";

    void parse(Reader text, FileFindings out) throws InventoryFormatException {
        FlatXmlSettings settings = FlatXmlSettings.read(text, ROOT, "an MFA Server AD FS adapter configuration");
        Map<String, String> attributes = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        attributes.put(Facts.ADAPTER_CONFIGURATION, Facts.YES);
        evidence.add(out.evidence(settings.rootLine(), ROOT, "MFA Server AD FS adapter configuration"));
        boolean sdk = settings.isTrue("UseWebServiceSdk");
        attributes.put(Facts.USES_WEB_SERVICE_SDK, Facts.yesNo(sdk));
        FlatXmlSettings.Setting url = settings.get("WebServiceSdkUrl");
        if (url != null) {
            attributes.put(Facts.WEB_SERVICE_SDK_URL, url.value());
            evidence.add(out.evidence(url.line(), ROOT + "/WebServiceSdkUrl", "Web Service SDK URL " + url.value()));
        }
        FlatXmlSettings.Setting user = settings.get("WebServiceSdkUsername");
        if (user != null) {
            attributes.put(Facts.WEB_SERVICE_SDK_USER, user.value());
        }
        FlatXmlSettings.Setting thumbprint = settings.get("WebServiceSdkCertificateThumbprint");
        if (thumbprint != null) {
            attributes.put(Facts.CLIENT_CERTIFICATE, "thumbprint " + thumbprint.value());
        }
        out.add(DependencyCategory.ADFS_ADAPTER, AdfsObjects.FARM_ADAPTERS, url == null ? null : url.value(),
                attributes, evidence);
    }
}
