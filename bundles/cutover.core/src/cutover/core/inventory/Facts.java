package cutover.core.inventory;

import java.util.Locale;

/**
 * The names of the facts importers record in {@link Dependency#attributes()} and the analysis reads. The names are
 * what the user sees, so they are words, not identifiers. Yes/no facts hold {@link #YES} or {@link #NO}.
 */
public final class Facts {

    public static final String YES = "yes";
    public static final String NO = "no";
    /** For yes/no facts the collected files cannot answer. */
    public static final String UNKNOWN = "unknown";

    public static final String ENABLED = "enabled";
    public static final String VENDOR = "vendor";
    public static final String AUTHENTICATION_PROTOCOLS = "authentication protocols";
    /** Whether a RADIUS shared secret is configured. The secret itself is never kept. */
    public static final String SHARED_SECRET_SET = "shared secret set";
    public static final String NETWORK_POLICIES = "network policies";
    public static final String CONNECTION_REQUEST_POLICIES = "connection request policies";
    public static final String APPLICATION = "application";
    /** What MFA Server checks the password against for a RADIUS client: RADIUS, Windows domain or LDAP. */
    public static final String MFA_SERVER_TARGET = "MFA Server target";
    public static final String NOTES = "notes";
    public static final String DEFINED_IN = "defined in";

    public static final String BASE_DN = "base DN";
    public static final String PORT = "port";
    public static final String SSL = "SSL";
    /** What an LDAP client uses MFA Server for: authentication, password reset, self-service. */
    public static final String PURPOSE = "purpose";

    public static final String IDENTIFIERS = "identifiers";
    public static final String PROTOCOL_PROFILE = "protocol";
    public static final String ACCESS_CONTROL_POLICY = "access control policy";
    public static final String ADDITIONAL_AUTHENTICATION_RULES = "additional authentication rules";
    /**
     * The AD FS farm's own additional authentication rule ({@code Get-AdfsAdditionalAuthenticationRule}), which applies
     * to every relying party trust of the farm; {@link #NO_FARM_RULE} when the farm has none.
     */
    public static final String FARM_ADDITIONAL_AUTHENTICATION_RULE = "farm additional authentication rule";
    public static final String ADDITIONAL_AUTHENTICATION_PROVIDERS = "additional authentication providers";
    public static final String MFA_SERVER_ADAPTER = "MFA Server adapter";
    public static final String ENTRA_MFA_ADAPTER = "Entra MFA adapter";
    /** Whether the MFA Server adapter's own configuration file was collected: the adapter is installed. */
    public static final String ADAPTER_CONFIGURATION = "MFA Server adapter configuration";

    public static final String COMPONENT = "component";
    public static final String USES_WEB_SERVICE_SDK = "uses Web Service SDK";
    public static final String WEB_SERVICE_SDK_URL = "Web Service SDK URL";
    public static final String WEB_SERVICE_SDK_USER = "Web Service SDK user";
    public static final String CLIENT_CERTIFICATE = "client certificate";
    public static final String MFA_SERVER_URL = "MFA Server URL";

    /** Whether AuthSrv\Parameters registers the extension's DLLs. */
    public static final String NPS_EXTENSION_INSTALLED = "NPS extension installed";
    /** Whether the extension's own settings key (SOFTWARE\Microsoft\AzureMfa) was collected. */
    public static final String NPS_EXTENSION_SETTINGS = "NPS extension settings";
    public static final String CLOUD = "cloud";
    public static final String TENANT_ID = "tenant ID";
    public static final String MFA_SERVICE_HOST = "Entra MFA service host";
    public static final String STS_URL = "STS URL";
    public static final String AUTHORIZATION_DLLS = "AuthorizationDLLs";
    public static final String EXTENSION_DLLS = "ExtensionDLLs";
    public static final String OTHER_EXTENSIONS = "other NPS extensions";

    public static final String ACCESS = "access";
    public static final String PROCESSING_ORDER = "processing order";
    public static final String CONDITIONS = "conditions";
    public static final String FORWARDS_TO = "forwards to server group";
    public static final String SERVERS = "servers";
    public static final String MESSAGE_AUTHENTICATOR = "Message-Authenticator required";
    public static final String EAP_TYPES = "EAP types";

    /** The value of {@link #FARM_ADDITIONAL_AUTHENTICATION_RULE} when the farm has no such rule. */
    public static final String NO_FARM_RULE = "(none)";

    /** Values of {@link #DEFINED_IN}. */
    public static final String IN_NPS = "NPS";
    public static final String IN_MFA_SERVER = "MFA Server";

    /** Values of {@link #COMPONENT}. */
    public static final String USER_PORTAL = "MFA Server User portal";
    public static final String MOBILE_APP_WEB_SERVICE = "MFA Server Mobile App Web Service";
    public static final String IDENTITY_MANAGER = "Microsoft Identity Manager";
    public static final String CUSTOM_APPLICATION = "application";

    /** Attribute names that mention secrets may only say whether one is set. */
    private static final String[] SECRET_WORDS = {"secret", "password", "psk"};

    private Facts() {
    }

    public static String yesNo(boolean value) {
        return value ? YES : NO;
    }

    /**
     * Refuses an attribute that could carry a secret: its name mentions a secret or password but its value is not
     * a plain yes or no. This is a last line of defence; importers drop secrets as soon as they read them.
     */
    static void checkNotSecret(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word) && !YES.equals(value) && !NO.equals(value) && !UNKNOWN.equals(value)) {
                throw new IllegalArgumentException("attribute \"" + name
                        + "\" may only say yes, no or unknown: Cutover never keeps secrets or passwords");
            }
        }
    }
}
