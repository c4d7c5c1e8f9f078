package cutover.core.inventory;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The password protocol between a RADIUS client and its server. It decides which Entra MFA methods the NPS
 * extension can use: PAP carries a typed code, the others cannot.
 */
public enum AuthenticationProtocol {

    PAP("PAP"),
    CHAP("CHAP"),
    MS_CHAP("MS-CHAP"),
    MS_CHAPV2("MS-CHAPv2"),
    EAP("EAP"),
    /** NPS's "allow clients to connect without negotiating an authentication method". */
    UNAUTHENTICATED("Unauthenticated");

    private final String label;

    AuthenticationProtocol(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The protocol a name stands for, as NPS, MFA Server or a person writes it; null if none. */
    public static AuthenticationProtocol fromName(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace("_", "-");
        return switch (n) {
            case "PAP", "SPAP", "PAP/SPAP" -> PAP;
            case "CHAP", "MD5-CHAP", "MD5CHAP" -> CHAP;
            case "MS-CHAP", "MSCHAP", "MS-CHAPV1", "MSCHAPV1" -> MS_CHAP;
            case "MS-CHAPV2", "MSCHAPV2", "MS-CHAP-V2", "MSCHAP2", "MS-CHAP2" -> MS_CHAPV2;
            case "EAP", "PEAP", "EAP-MSCHAPV2", "EAP-TLS", "PEAP-MSCHAPV2" -> EAP;
            case "NONE", "UNAUTHENTICATED" -> UNAUTHENTICATED;
            default -> null;
        };
    }

    /** Reads a list written by {@link #format}; names it does not know are ignored. */
    public static Set<AuthenticationProtocol> parseList(String text) {
        Set<AuthenticationProtocol> protocols = EnumSet.noneOf(AuthenticationProtocol.class);
        if (text == null) {
            return protocols;
        }
        for (String part : text.split("[,;|]")) {
            AuthenticationProtocol protocol = part.isBlank() ? null : fromName(part);
            if (protocol != null) {
                protocols.add(protocol);
            }
        }
        return protocols;
    }

    /** "PAP, MS-CHAPv2": the form attributes show. */
    public static String format(Set<AuthenticationProtocol> protocols) {
        StringJoiner joined = new StringJoiner(", ");
        for (AuthenticationProtocol protocol : protocols) {
            joined.add(protocol.label);
        }
        return joined.toString();
    }
}
