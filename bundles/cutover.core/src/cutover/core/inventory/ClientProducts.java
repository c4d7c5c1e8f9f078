package cutover.core.inventory;

import java.util.List;
import java.util.Locale;

/**
 * Recognises well-known RADIUS client products from the words in a client's name, vendor and application, to
 * tell whether it could sign users in with SAML instead of RADIUS. A hint, not proof: the recommendation says so.
 */
final class ClientProducts {

    /**
     * @param name the product as people call it
     * @param saml whether current versions can sign users in with SAML against Entra ID
     * @param phrases words or phrases, any of which identifies the product (lower case, whole words)
     */
    record Product(String name, boolean saml, List<String> phrases) {
    }

    static final Product RD_GATEWAY = new Product("Remote Desktop Gateway", false,
            List.of("rd gateway", "rds gateway", "rdgateway", "rdgw", "rdsgw", "rdg", "remote desktop gateway",
                    "ts gateway", "tsgateway"));

    private static final List<Product> PRODUCTS = List.of(
            new Product("Cisco Secure Client (AnyConnect) on ASA or Firepower", true,
                    List.of("anyconnect", "asa", "firepower", "ftd", "secure client")),
            new Product("Palo Alto Networks GlobalProtect", true,
                    List.of("globalprotect", "palo alto", "paloalto", "pan os", "panos")),
            new Product("Fortinet FortiGate", true, List.of("fortigate", "fortinet", "fortios", "fgt")),
            new Product("Citrix Gateway (NetScaler)", true, List.of("netscaler", "citrix gateway", "citrix adc",
                    "citrix")),
            new Product("F5 BIG-IP APM", true, List.of("big ip", "bigip", "f5", "apm")),
            new Product("Ivanti Connect Secure (Pulse Secure)", true,
                    List.of("pulse secure", "pulse", "ivanti", "connect secure")),
            new Product("Check Point Remote Access VPN", true, List.of("checkpoint", "check point")),
            RD_GATEWAY);

    private ClientProducts() {
    }

    /** The product the client's words point to, or null. */
    static Product find(Dependency client) {
        String words = words(false, client.name(), client.attribute(Facts.VENDOR), client.attribute(Facts.APPLICATION));
        // names often run a number into the product ("RDGW01", "asa5525"): try with letters and digits apart too
        String split = words(true, client.name(), client.attribute(Facts.VENDOR), client.attribute(Facts.APPLICATION));
        for (Product product : PRODUCTS) {
            for (String phrase : product.phrases()) {
                String wanted = " " + phrase + " ";
                if (words.contains(wanted) || split.contains(wanted)) {
                    return product;
                }
            }
        }
        return null;
    }

    /**
     * Lower-case words separated by single spaces, with a space at each end; with {@code splitDigits}, a change
     * between letters and digits also separates words.
     */
    private static String words(boolean splitDigits, String... texts) {
        StringBuilder out = new StringBuilder(" ");
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
                if (letterOrDigit) {
                    char before = out.charAt(out.length() - 1);
                    if (splitDigits && before != ' ' && Character.isDigit(before) != Character.isDigit(c)) {
                        out.append(' ');
                    }
                    out.append(c);
                } else if (out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            }
            if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
