package cutover.core.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the NPS extension for Entra MFA can and cannot do, as Microsoft documents it, phrased for the caveats of a
 * recommendation.
 */
final class NpsExtensionLimits {

    static final String NO_CONDITIONAL_ACCESS = "No Conditional Access: the NPS extension does not evaluate "
            + "Conditional Access policies; every request it handles must pass MFA, whatever the user's location, "
            + "device or risk.";
    static final String DEFAULT_METHOD_ONLY = "Only the user's default method is used: the user cannot choose "
            + "another method at sign-in, so each user's default method must be one this client's protocol allows.";
    static final String PAP = "PAP allows every method: push notification, phone call, text message code, "
            + "Authenticator code and OATH token. The code methods (OTP, text message) work only if the RADIUS client "
            + "shows NPS's Access-Challenge so the user can type the code.";
    static final String MSCHAPV2 = "MS-CHAPv2 allows only push notification and phone call: no text message code, "
            + "no Authenticator code, no OATH token. Users whose default method is a code cannot sign in through "
            + "this client; change their default method or move the client to PAP.";
    static final String EAP = "EAP, like MS-CHAPv2, allows only push notification and phone call; no code methods.";
    static final String CHAP = "CHAP and MS-CHAP (version 1) are not protocols Microsoft documents for the NPS "
            + "extension (PAP, MS-CHAPv2 and EAP are); move the client to one of those.";
    static final String UNAUTHENTICATED = "Unauthenticated access is allowed: NPS checks no password, so there is "
            + "nothing for the NPS extension to add MFA to. Remove this setting.";
    static final String PROTOCOL_UNKNOWN = "The authentication protocol is not known from the collected files. "
            + "With PAP every method can work (codes only if the client shows an Access-Challenge); with MS-CHAPv2 or "
            + "EAP only push notification and phone call.";
    static final String NUMBER_MATCHING = "NPS cannot show a number to match: NPS extension 1.2.2216.1 and later ask "
            + "users who have an Authenticator or other TOTP code for that code instead of a push approval, which "
            + "needs PAP and Access-Challenge support.";
    static final String ALL_REQUESTS = "Once installed, the extension requires MFA for every request this NPS server "
            + "authenticates; RADIUS clients that must not get MFA need a separate NPS server.";
    static final String REQUIRE_USER_MATCH = "Users who have not registered for Entra MFA are rejected unless the "
            + "REQUIRE_USER_MATCH registry value is FALSE; keep that only for the rollout.";
    static final String RD_GATEWAY = "RD Gateway does not pass NPS's Access-Challenge to the user, so only push "
            + "notification and phone call work for it.";

    private NpsExtensionLimits() {
    }

    /** The caveats of the NPS extension for a client or policy using these protocols. */
    static List<String> forProtocols(Set<AuthenticationProtocol> protocols) {
        List<String> caveats = new ArrayList<>();
        caveats.add(NO_CONDITIONAL_ACCESS);
        caveats.add(DEFAULT_METHOD_ONLY);
        if (protocols.isEmpty()) {
            caveats.add(PROTOCOL_UNKNOWN);
        }
        if (protocols.contains(AuthenticationProtocol.PAP)) {
            caveats.add(PAP);
            caveats.add(NUMBER_MATCHING);
        }
        if (protocols.contains(AuthenticationProtocol.MS_CHAPV2)) {
            caveats.add(MSCHAPV2);
        }
        if (protocols.contains(AuthenticationProtocol.EAP)) {
            caveats.add(EAP);
        }
        if (protocols.contains(AuthenticationProtocol.CHAP) || protocols.contains(AuthenticationProtocol.MS_CHAP)) {
            caveats.add(CHAP);
        }
        if (protocols.contains(AuthenticationProtocol.UNAUTHENTICATED)) {
            caveats.add(UNAUTHENTICATED);
        }
        return caveats;
    }
}
