package cutover.core.inventory;

import java.util.Locale;

/** The names under which MFA adapters are registered in AD FS (Get-AdfsAuthenticationProvider's Name). */
public final class AdfsMfaProviders {

    /** The MFA Server adapter as Microsoft's migration guide names it in claim rules. */
    public static final String MFA_SERVER = "AzureMfaServerAuthentication";
    /** The name MFA Server's adapter registration script gives the adapter. */
    public static final String MFA_SERVER_REGISTRATION = "WindowsAzureMultiFactorAuthentication";
    /** The Entra MFA adapter built into AD FS 2016 and later. */
    public static final String ENTRA_MFA = "AzureMfaAuthentication";

    private AdfsMfaProviders() {
    }

    public static boolean isMfaServer(String providerName) {
        String name = providerName.trim();
        return name.equalsIgnoreCase(MFA_SERVER) || name.equalsIgnoreCase(MFA_SERVER_REGISTRATION);
    }

    public static boolean isEntraMfa(String providerName) {
        return providerName.trim().toLowerCase(Locale.ROOT).equals(ENTRA_MFA.toLowerCase(Locale.ROOT));
    }
}
