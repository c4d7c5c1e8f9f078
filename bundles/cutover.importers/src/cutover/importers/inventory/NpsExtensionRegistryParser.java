package cutover.importers.inventory;

import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Facts;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code reg export} files of {@code HKLM\SYSTEM\CurrentControlSet\Services\AuthSrv\Parameters} (the DLLs NPS
 * loads: the NPS extension registers MfaNpsAuthzExt.dll and MfaNpsAuthnExt.dll there) and
 * {@code HKLM\SOFTWARE\Microsoft\AzureMfa} (the extension's settings; its host names tell the cloud).
 */
final class NpsExtensionRegistryParser {

    static final String AUTHZ_DLL = "mfanpsauthzext.dll";
    static final String AUTHN_DLL = "mfanpsauthnext.dll";
    private static final String AUTHSRV_SUFFIX = "\\SERVICES\\AUTHSRV\\PARAMETERS";
    private static final String AZURE_MFA = "HKEY_LOCAL_MACHINE\\SOFTWARE\\MICROSOFT\\AZUREMFA";
    private static final String[] CLOUD_VALUES = {"AZURE_MFA_HOSTNAME", "STS_URL", "AZURE_MFA_RESOURCE_HOSTNAME"};

    void parse(Reader text, FileFindings out) throws IOException, InventoryFormatException {
        RegistryExport export = new RegistryExport(key -> key.endsWith(AUTHSRV_SUFFIX) || key.equals(AZURE_MFA));
        export.read(text);
        String authsrvKey = null;
        for (String key : export.keys().keySet()) {
            if (key.endsWith(AUTHSRV_SUFFIX) && authsrvKey == null) {
                authsrvKey = key;
            }
        }
        Map<String, RegistryExport.Value> authsrv = authsrvKey == null ? null : export.keys().get(authsrvKey);
        Map<String, RegistryExport.Value> settings = export.keys().get(AZURE_MFA);
        if (authsrv == null && settings == null) {
            out.skip("a registry export without the AuthSrv parameters or the AzureMfa key, the only keys Cutover "
                    + "reads");
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        List<String> authorization = dlls(authsrv, "AUTHORIZATIONDLLS");
        List<String> extension = dlls(authsrv, "EXTENSIONDLLS");
        if (authsrv != null) {
            boolean installed = contains(authorization, AUTHZ_DLL) && contains(extension, AUTHN_DLL);
            attributes.put(Facts.NPS_EXTENSION_INSTALLED, Facts.yesNo(installed));
            evidence.add(out.evidence(export.lineOf(authsrvKey), authsrvKey, installed
                    ? "AuthorizationDLLs and ExtensionDLLs register the NPS extension"
                    : "AuthorizationDLLs and ExtensionDLLs do not register the NPS extension"));
            attributes.put(Facts.AUTHORIZATION_DLLS, authorization.isEmpty() ? "(none)" : String.join(", ",
                    authorization));
            attributes.put(Facts.EXTENSION_DLLS, extension.isEmpty() ? "(none)" : String.join(", ", extension));
            Set<String> others = new LinkedHashSet<>();
            for (String dll : concat(authorization, extension)) {
                String file = fileName(dll);
                if (!file.equalsIgnoreCase(AUTHZ_DLL) && !file.equalsIgnoreCase(AUTHN_DLL)) {
                    others.add(file);
                }
            }
            if (!others.isEmpty()) {
                attributes.put(Facts.OTHER_EXTENSIONS, String.join(", ", others));
            }
        }
        if (settings != null) {
            attributes.put(Facts.NPS_EXTENSION_SETTINGS, Facts.YES);
            evidence.add(out.evidence(export.lineOf(AZURE_MFA), AZURE_MFA, "the NPS extension's settings key"));
            settings(settings, export.lineOf(AZURE_MFA), attributes, evidence, out);
        }
        String name = out.source().isEmpty() ? "NPS extension" : "NPS extension on " + out.source();
        out.add(DependencyCategory.NPS_EXTENSION, name, null, attributes, evidence);
    }

    private static void settings(Map<String, RegistryExport.Value> settings, long keyLine, Map<String,
            String> attributes,
            List<Evidence> evidence, FileFindings out) {
        value(settings, "TENANT_ID").ifPresent(v -> attributes.put(Facts.TENANT_ID, v.text()));
        Set<String> clouds = new LinkedHashSet<>();
        for (String name : CLOUD_VALUES) {
            RegistryExport.Value value = settings.get(name);
            if (value == null || value.text().isBlank()) {
                continue;
            }
            String cloud = cloudOf(value.text());
            if (name.equals("AZURE_MFA_HOSTNAME")) {
                attributes.put(Facts.MFA_SERVICE_HOST, value.text());
            } else if (name.equals("STS_URL")) {
                attributes.put(Facts.STS_URL, value.text());
            }
            evidence.add(out.evidence(value.line(), AZURE_MFA + "\\" + name, name + " = " + value.text()
                    + (cloud == null ? "" : " (" + cloud + ")")));
            clouds.add(cloud == null ? "unrecognised host " + value.text() : cloud);
        }
        if (clouds.isEmpty()) {
            attributes.put(Facts.CLOUD, "Global (default endpoints)");
            evidence.add(out.evidence(keyLine, AZURE_MFA, "no AZURE_MFA_HOSTNAME or STS_URL: the extension uses "
                    + "the Global cloud's endpoints"));
        } else if (clouds.size() == 1 && !clouds.iterator().next().startsWith("unrecognised")) {
            attributes.put(Facts.CLOUD, clouds.iterator().next());
        } else {
            out.problem(keyLine, "AZURE_MFA_HOSTNAME, STS_URL and AZURE_MFA_RESOURCE_HOSTNAME do not point to one "
                    + "known cloud: " + String.join(", ", clouds));
        }
        for (String flag : new String[] {"REQUIRE_USER_MATCH", "OVERRIDE_NUMBER_MATCHING_WITH_OTP"}) {
            value(settings, flag).ifPresent(v -> attributes.put(flag, v.text()));
        }
    }

    /** The cloud a host name or URL of the NPS extension's settings belongs to, or null. */
    static String cloudOf(String hostOrUrl) {
        String host = hostOrUrl.trim().toLowerCase(Locale.ROOT);
        try {
            if (host.contains("://")) {
                host = URI.create(host).getHost();
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        if (host.endsWith(".us") || host.endsWith(".usgovcloudapi.net")) {
            return "US Government";
        }
        if (host.endsWith(".cn")) {
            return "China (21Vianet)";
        }
        if (host.endsWith("microsoft.com") || host.endsWith("microsoftonline.com") || host.endsWith("windowsazure.com")
                || host.endsWith("windows.net")) {
            return "Global";
        }
        return null;
    }

    private static java.util.Optional<RegistryExport.Value> value(Map<String, RegistryExport.Value> key, String name) {
        RegistryExport.Value value = key.get(name);
        return value == null || value.text().isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }

    private static List<String> dlls(Map<String, RegistryExport.Value> key, String name) {
        RegistryExport.Value value = key == null ? null : key.get(name);
        List<String> dlls = new ArrayList<>();
        if (value != null) {
            for (String text : value.strings()) {
                // a REG_SZ may hold several paths separated by semicolons
                for (String part : text.split(";")) {
                    if (!part.isBlank()) {
                        dlls.add(part.trim());
                    }
                }
            }
        }
        return dlls;
    }

    private static boolean contains(List<String> dlls, String fileName) {
        return dlls.stream().anyMatch(dll -> fileName(dll).equalsIgnoreCase(fileName));
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
        return path.substring(slash + 1);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
