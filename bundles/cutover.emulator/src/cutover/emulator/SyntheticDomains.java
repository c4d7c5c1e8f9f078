package cutover.emulator;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The domains of a synthetic tenant, a pure function of the seed and the users:
 * <ul>
 * <li>the users' UPN domain (contoso.com), federated with AD FS, with {@code federatedIdpMfaBehavior} not set: the
 * legacy {@code SupportsMfa} setting still decides, as in a tenant whose users still sign in through MFA Server;</li>
 * <li>the default domain, managed: the domain of most mail addresses outside the UPN domain (fabrikam.com);</li>
 * <li>the initial {@code <name>.onmicrosoft.com} domain, managed.</li>
 * </ul>
 */
final class SyntheticDomains {

    private static final String FALLBACK_UPN_DOMAIN = "contoso.com";
    private static final String FALLBACK_DEFAULT_DOMAIN = "fabrikam.com";
    private static final int CERTIFICATE_BYTES = 690;

    private SyntheticDomains() {
    }

    static void addTo(TenantData data, long seed) {
        List<UserState> users = data.users();
        String upnDomain = mostCommonDomain(users, u -> u.userPrincipalName, null, FALLBACK_UPN_DOMAIN);
        String defaultDomain = mostCommonDomain(users, u -> u.mail, upnDomain, FALLBACK_DEFAULT_DOMAIN);
        String tenantName = upnDomain.substring(0, upnDomain.indexOf('.') < 0 ? upnDomain.length()
                : upnDomain.indexOf('.'));
        data.addDomain(new DomainState(upnDomain, false, false, true,
                List.of("Email", "OfficeCommunicationsOnline", "Intune"), adfs(upnDomain, seed)));
        data.addDomain(new DomainState(defaultDomain, true, false, true, List.of("Email"), null));
        data.addDomain(new DomainState(tenantName + ".onmicrosoft.com", false, true, true,
                List.of("Email", "OfficeCommunicationsOnline"), null));
    }

    private static FederationState adfs(String domain, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x3C6EF372FE94F82BL);
        String sts = "https://sts." + domain + "/adfs";
        return new FederationState(SyntheticIds.uuid(random))
                .set("displayName", domain)
                .set("issuerUri", "http://sts." + domain + "/adfs/services/trust")
                .set("metadataExchangeUri", sts + "/services/trust/mex")
                .set("passiveSignInUri", sts + "/ls/")
                .set("activeSignInUri", sts + "/services/trust/2005/usernamemixed")
                .set("signOutUri", sts + "/ls/?wa=wsignout1.0")
                .set("signingCertificate", certificate(random))
                .set("preferredAuthenticationProtocol", "wsFed")
                .set("promptLoginBehavior", "nativeSupport")
                .set("isSignedAuthenticationRequestRequired", false);
    }

    /** Base64 of random bytes behind a DER sequence header: looks like a certificate, is none. */
    private static String certificate(SplittableRandom random) {
        byte[] bytes = new byte[CERTIFICATE_BYTES];
        random.nextBytes(bytes);
        bytes[0] = 0x30;
        bytes[1] = (byte) 0x82;
        bytes[2] = (byte) ((CERTIFICATE_BYTES - 4) >> 8);
        bytes[3] = (byte) (CERTIFICATE_BYTES - 4);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String mostCommonDomain(List<UserState> users, Function<UserState, String> address,
            String excluded, String fallback) {
        Map<String, Integer> counts = new HashMap<>();
        for (UserState user : users) {
            String value = address.apply(user);
            int at = value == null ? -1 : value.lastIndexOf('@');
            if (at >= 0) {
                String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
                if (!domain.equals(excluded)) {
                    counts.merge(domain, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(fallback);
    }
}
