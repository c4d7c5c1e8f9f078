package cutover.connection;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A saved way to reach a tenant: the workspace's demo tenant, a local tenant at an address on this machine, or a
 * Microsoft Entra ID tenant with its cloud, app registration and sign-in method. Holds nothing secret: a
 * certificate's password lives in secure storage ({@link TenantProfiles#saveCertificatePassword}).
 *
 * @param name what the specialist calls it, unique among the profiles: "Contoso (Global)"
 * @param kind demo, local address or Entra ID
 * @param tenant for {@link Kind#LOCAL_URL} the address (http://127.0.0.1:PORT); for {@link Kind#ENTRA} the tenant
 *        id (a GUID) or a domain of the tenant; null for the demo tenant
 * @param cloud for Entra ID: global, usgov, dod or china (see {@link cutover.graph.CloudProfile#named})
 * @param clientId for Entra ID: the app registration's application (client) id
 * @param signIn for Entra ID: how to sign in
 * @param certificate for certificate sign-in: the .pem or .pfx file
 */
public record TenantProfile(String name, Kind kind, String tenant, String cloud, String clientId, SignIn signIn,
        String certificate) {

    /** Where the tenant is. */
    public enum Kind {
        DEMO("Demo tenant (in the workspace)"),
        LOCAL_URL("Local tenant (address on this machine)"),
        ENTRA("Microsoft Entra ID");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a specialist signs in to Entra ID. */
    public enum SignIn {
        BROWSER("Browser"),
        DEVICE_CODE("Device code (another device's browser)"),
        CERTIFICATE("Certificate (unattended, app permissions)");

        private final String label;

        SignIn(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The field a problem is about, so an editor can show it beside that field. */
    public enum Field {
        NAME, TENANT, CLOUD, CLIENT_ID, SIGN_IN, CERTIFICATE
    }

    /** One thing wrong with a profile, said so the specialist can fix it. */
    public record Problem(Field field, String message) {
    }

    /** The clouds {@link cutover.graph.CloudProfile#named} knows, by the names profiles store. */
    public static final List<String> CLOUDS = List.of("global", "usgov", "dod", "china");
    static final int NAME_LENGTH = 64;
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{4,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}");
    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    public TenantProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        name = name.strip();
        tenant = blankToNull(tenant);
        cloud = blankToNull(cloud);
        clientId = blankToNull(clientId);
        certificate = blankToNull(certificate);
    }

    /** The workspace's demo tenant: always there, first, and the default. */
    public static TenantProfile demo() {
        return new TenantProfile(DemoTenant.NAME, Kind.DEMO, null, null, null, null, null);
    }

    /** A local, Graph-compatible tenant at {@code address} ({@code cutover emulator}). */
    public static TenantProfile local(String name, String address) {
        return new TenantProfile(name, Kind.LOCAL_URL, address, null, null, null, null);
    }

    /** A Microsoft Entra ID tenant. */
    public static TenantProfile entra(String name, String tenant, String cloud, String clientId, SignIn signIn,
            String certificate) {
        return new TenantProfile(name, Kind.ENTRA, tenant, cloud, clientId, signIn,
                signIn == SignIn.CERTIFICATE ? certificate : null);
    }

    public boolean isDemo() {
        return kind == Kind.DEMO;
    }

    /** Whether the certificate is a PFX file, which needs a password (a PEM file carries its key unencrypted). */
    public boolean needsCertificatePassword() {
        return kind == Kind.ENTRA && signIn == SignIn.CERTIFICATE && certificate != null
                && certificate.toLowerCase(Locale.ROOT).endsWith(".pfx");
    }

    /** Everything wrong with this profile, in field order; empty when it can be saved and used. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        checkName(problems);
        switch (kind) {
            case DEMO -> {
                // nothing to configure: the workspace holds the demo tenant
            }
            case LOCAL_URL -> checkAddress(problems);
            case ENTRA -> checkEntra(problems);
        }
        return problems;
    }

    private void checkName(List<Problem> problems) {
        if (name.isEmpty()) {
            problems.add(new Problem(Field.NAME, "Give the profile a name, for example \"Contoso (Global)\"."));
        } else if (name.length() > NAME_LENGTH) {
            problems.add(new Problem(Field.NAME, "The name is longer than " + NAME_LENGTH + " characters."));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problems.add(new Problem(Field.NAME, "The name contains a control character."));
        } else if (kind != Kind.DEMO && name.equalsIgnoreCase(DemoTenant.NAME)) {
            problems.add(new Problem(Field.NAME, "\"" + DemoTenant.NAME + "\" is the workspace's demo tenant; choose "
                    + "another name."));
        }
    }

    private void checkAddress(List<Problem> problems) {
        String hint = "Give the local tenant's address, such as http://127.0.0.1:8080 (http or https, on this "
                + "machine: 127.0.0.1 or localhost).";
        if (tenant == null) {
            problems.add(new Problem(Field.TENANT, hint));
            return;
        }
        try {
            URI uri = new URI(tenant);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problems.add(new Problem(Field.TENANT, "The address must start with http:// or https://. " + hint));
            } else if (uri.getHost() == null || !LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(Field.TENANT, "A local tenant runs on this machine: the host must be "
                        + "127.0.0.1 or localhost, not " + (uri.getHost() == null ? "missing" : uri.getHost())
                        + ". A tenant in the cloud is a Microsoft Entra ID profile."));
            } else if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
                problems.add(new Problem(Field.TENANT, "The address takes no user name, query or fragment. " + hint));
            }
        } catch (URISyntaxException e) {
            problems.add(new Problem(Field.TENANT, "This is not an address. " + hint));
        }
    }

    private void checkEntra(List<Problem> problems) {
        if (tenant == null) {
            problems.add(new Problem(Field.TENANT, "Give the tenant: its id (a GUID) or one of its domains, such as "
                    + "contoso.onmicrosoft.com."));
        } else if (!GUID.matcher(tenant).matches() && !DOMAIN.matcher(tenant).matches()) {
            problems.add(new Problem(Field.TENANT, "The tenant must be its id (a GUID such as "
                    + "72f988bf-86f1-41af-91ab-2d7cd011db47) or a domain such as contoso.onmicrosoft.com."));
        }
        if (cloud == null || !CLOUDS.contains(cloud)) {
            problems.add(new Problem(Field.CLOUD, "Choose the cloud: global, usgov, dod or china."));
        }
        if (clientId == null) {
            problems.add(new Problem(Field.CLIENT_ID, "Give the app registration's Application (client) ID, a GUID."));
        } else if (!GUID.matcher(clientId).matches()) {
            problems.add(new Problem(Field.CLIENT_ID, "The client id must be a GUID, such as "
                    + "0f3c5e2a-1b4d-4c6e-8f90-123456789abc: the Application (client) ID of the app registration."));
        }
        if (signIn == null) {
            problems.add(new Problem(Field.SIGN_IN, "Choose how to sign in."));
        } else if (signIn == SignIn.CERTIFICATE) {
            String lower = certificate == null ? "" : certificate.toLowerCase(Locale.ROOT);
            if (certificate == null) {
                problems.add(new Problem(Field.CERTIFICATE, "Choose the app's certificate file (.pem, or .pfx with "
                        + "its password)."));
            } else if (!lower.endsWith(".pem") && !lower.endsWith(".pfx")) {
                problems.add(new Problem(Field.CERTIFICATE, "The certificate must be a .pem file, or a .pfx file "
                        + "with its password."));
            }
        }
    }

    /** For messages and the Tenant view: "tenant contoso.com (Global)", "local tenant at http://127.0.0.1:8080". */
    public String describe() {
        return switch (kind) {
            case DEMO -> "the workspace's demo tenant";
            case LOCAL_URL -> "local tenant at " + tenant;
            case ENTRA -> "tenant " + tenant + " (" + (cloud != null && CLOUDS.contains(cloud)
                    ? cutover.graph.CloudProfile.named(cloud).name() : "unknown cloud") + ")";
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
