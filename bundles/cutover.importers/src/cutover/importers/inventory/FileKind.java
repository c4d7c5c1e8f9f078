package cutover.importers.inventory;

import java.io.IOException;
import java.io.Reader;

/** The kinds of collected files Cutover reads, each with its parser. */
enum FileKind {

    /** netsh nps export or Export-NpsConfiguration. */
    NPS_CONFIGURATION,
    /** reg export of AuthSrv\Parameters and SOFTWARE\Microsoft\AzureMfa. */
    REGISTRY_EXPORT,
    /** Get-Adfs... | ConvertTo-Json. */
    ADFS_JSON,
    /** Get-Adfs... | Export-Clixml. */
    ADFS_CLIXML,
    /** Get-AdfsAdditionalAuthenticationRule written to a text file: the farm's own additional authentication rule. */
    ADFS_FARM_RULE,
    /** MultiFactorAuthenticationAdfsAdapter.config. */
    ADFS_ADAPTER_CONFIGURATION,
    /** web.config of the User portal, the Mobile App Web Service or another SDK consumer. */
    WEB_CONFIG,
    /** MIM's MfaSettings.xml. */
    MIM_MFA_SETTINGS,
    /** Cutover's CSV templates for MFA Server's RADIUS and LDAP clients. */
    MFA_SERVER_CLIENTS_CSV;

    void parse(Reader text, FileFindings out) throws IOException, InventoryFormatException {
        switch (this) {
            case NPS_CONFIGURATION -> new NpsConfigurationParser().parse(text, out);
            case REGISTRY_EXPORT -> new NpsExtensionRegistryParser().parse(text, out);
            case ADFS_JSON -> new AdfsJsonParser().parse(text, out);
            case ADFS_CLIXML -> new AdfsClixmlParser().parse(text, out);
            case ADFS_FARM_RULE -> new AdfsFarmRuleParser().parse(text, out);
            case ADFS_ADAPTER_CONFIGURATION -> new AdfsAdapterConfigParser().parse(text, out);
            case WEB_CONFIG -> new WebConfigParser().parse(text, out);
            case MIM_MFA_SETTINGS -> new MimMfaSettingsParser().parse(text, out);
            case MFA_SERVER_CLIENTS_CSV -> new MfaServerClientsCsvParser().parse(text, out);
        }
    }
}
