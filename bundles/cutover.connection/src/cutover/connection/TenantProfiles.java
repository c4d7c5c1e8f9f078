package cutover.connection;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's tenant profiles, kept in {@code <workspace>/connections/profiles.json} (format in
 * docs/formats/connection-profiles-v1.md). The demo tenant is always the first profile and the default; it is not
 * written to the file and cannot be removed. The file holds nothing secret: a certificate's password goes to the
 * {@link SecretStore}, or, where secure storage cannot work (such as an unusable key file), stays in memory until the
 * workbench closes. A file that cannot be read is never overwritten: saving is refused until it is fixed or removed.
 */
public final class TenantProfiles {

    static final String FOLDER = "connections";
    static final String FILE = "profiles.json";
    private static final String FORMAT = "cutover-connection-profiles";
    private static final int VERSION = 1;

    /** Where a profile's certificate password is. */
    public enum PasswordState {
        /** None is kept. */
        NONE,
        /** Encrypted in secure storage. */
        STORED,
        /** In memory only, until the workbench closes: secure storage cannot work (the message said why). */
        SESSION_ONLY
    }

    /**
     * Where a password went when saved.
     *
     * @param message why it was kept for the session only (secure storage unavailable), else null
     */
    public record SavedPassword(PasswordState state, String message) {
    }

    private final Path file;
    private final SecretStore secrets;
    private final Map<String, char[]> sessionPasswords = new HashMap<>();
    private List<TenantProfile> saved;
    private String unreadable;

    public TenantProfiles(Path workspace, SecretStore secrets) {
        this.file = workspace.resolve(FOLDER).resolve(FILE);
        this.secrets = secrets;
    }

    /** The profiles file. */
    public Path file() {
        return file;
    }

    /** The demo tenant first, then the saved profiles in the order they were added. */
    public synchronized List<TenantProfile> list() {
        List<TenantProfile> all = new ArrayList<>();
        all.add(TenantProfile.demo());
        all.addAll(saved());
        return List.copyOf(all);
    }

    /** The demo tenant. */
    public TenantProfile defaultProfile() {
        return TenantProfile.demo();
    }

    public synchronized Optional<TenantProfile> find(String name) {
        return list().stream().filter(profile -> profile.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Why the profiles file could not be read, or null when it was read (or does not exist yet). */
    public synchronized String problem() {
        saved();
        return unreadable;
    }

    /** Whether another profile than {@code except} (null for none) is called {@code name}, ignoring case. */
    public synchronized boolean nameTaken(String name, String except) {
        return list().stream().anyMatch(profile -> profile.name().equalsIgnoreCase(name.strip())
                && (except == null || !profile.name().equalsIgnoreCase(except)));
    }

    /**
     * Adds {@code profile}, or replaces the one called {@code previousName} (its password follows a new name).
     *
     * @throws IllegalArgumentException when the profile has a problem, is the demo tenant, or its name is taken
     * @throws IOException when the file cannot be written, or could not be read and would be lost
     */
    public synchronized void put(String previousName, TenantProfile profile) throws IOException {
        if (profile.isDemo() || (previousName != null && previousName.equalsIgnoreCase(DemoTenant.NAME))) {
            throw new IllegalArgumentException("The demo tenant is built in and cannot be changed.");
        }
        List<TenantProfile.Problem> problems = profile.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
        if (nameTaken(profile.name(), previousName)) {
            throw new IllegalArgumentException("A profile named \"" + profile.name() + "\" exists already.");
        }
        List<TenantProfile> next = new ArrayList<>(writable());
        int index = previousName == null ? -1 : indexOf(next, previousName);
        if (index < 0) {
            next.add(profile);
        } else {
            next.set(index, profile);
        }
        write(next);
        if (index >= 0 && !next.get(index).name().equals(previousName)) {
            movePassword(previousName, profile.name());
        }
        if (!profile.needsCertificatePassword()) {
            forgetPassword(profile.name());
        }
    }

    /** Removes the profile and its password; the demo tenant cannot be removed. */
    public synchronized void remove(String name) throws IOException {
        if (name.equalsIgnoreCase(DemoTenant.NAME)) {
            throw new IllegalArgumentException("The demo tenant is built in and cannot be removed.");
        }
        List<TenantProfile> next = new ArrayList<>(writable());
        int index = indexOf(next, name);
        if (index < 0) {
            return;
        }
        next.remove(index);
        write(next);
        forgetPassword(name);
    }

    /**
     * Keeps the certificate password of the profile {@code name}: encrypted in secure storage, or, when secure
     * storage cannot work on this machine, in memory until the workbench closes (the result says which and why).
     *
     * @throws SecretStoreException when secure storage works but failed to keep it
     */
    public synchronized SavedPassword saveCertificatePassword(String name, char[] password)
            throws SecretStoreException {
        try {
            secrets.put(name, password);
            clear(sessionPasswords.remove(name));
            return new SavedPassword(PasswordState.STORED, null);
        } catch (SecretStoreException e) {
            if (!e.unavailable()) {
                throw e;
            }
            clear(sessionPasswords.put(name, password.clone()));
            return new SavedPassword(PasswordState.SESSION_ONLY, e.getMessage()
                    + " It is kept in memory until Cutover closes.");
        }
    }

    /** Where the profile's certificate password is; never the password itself. */
    public synchronized PasswordState passwordState(String name) {
        if (sessionPasswords.containsKey(name)) {
            return PasswordState.SESSION_ONLY;
        }
        try {
            return secrets.contains(name) ? PasswordState.STORED : PasswordState.NONE;
        } catch (SecretStoreException e) {
            return PasswordState.NONE;
        }
    }

    /** The password to sign in with (a copy the caller clears), or null when none is kept. */
    synchronized char[] certificatePassword(String name) throws SecretStoreException {
        char[] session = sessionPasswords.get(name);
        return session != null ? session.clone() : secrets.get(name);
    }

    private void movePassword(String from, String to) {
        char[] session = sessionPasswords.remove(from);
        if (session != null) {
            sessionPasswords.put(to, session);
            return;
        }
        try {
            char[] stored = secrets.get(from);
            if (stored != null) {
                secrets.put(to, stored);
                clear(stored);
                secrets.remove(from);
            }
        } catch (SecretStoreException e) {
            // the password stays under the old name; the specialist enters it again for the new one
        }
    }

    private void forgetPassword(String name) {
        clear(sessionPasswords.remove(name));
        try {
            secrets.remove(name);
        } catch (SecretStoreException e) {
            // nothing could be stored there either
        }
    }

    private List<TenantProfile> saved() {
        if (saved == null) {
            try {
                saved = read();
                unreadable = null;
            } catch (IOException | RuntimeException e) {
                saved = List.of();
                unreadable = file + " cannot be read (" + e.getMessage() + "); only the demo tenant is offered, and "
                        + "no profile is saved until the file is fixed or removed.";
            }
        }
        return saved;
    }

    private List<TenantProfile> writable() throws IOException {
        List<TenantProfile> current = saved();
        if (unreadable != null) {
            throw new IOException(unreadable);
        }
        return current;
    }

    private List<TenantProfile> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonObject root;
        try {
            root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException("not JSON: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(text(root, "format")) || !root.has("version") || root.get("version").getAsInt() != VERSION
                || !root.has("profiles") || !root.get("profiles").isJsonArray()) {
            throw new IOException("not a version " + VERSION + " profiles file");
        }
        List<TenantProfile> profiles = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray("profiles")) {
            JsonObject json = element.getAsJsonObject();
            TenantProfile.Kind kind = TenantProfile.Kind.valueOf(text(json, "kind"));
            String signIn = text(json, "signIn");
            if (kind == TenantProfile.Kind.DEMO) {
                continue; // built in
            }
            profiles.add(new TenantProfile(text(json, "name") == null ? "" : text(json, "name"), kind,
                    text(json, "tenant"), text(json, "cloud"), text(json, "clientId"),
                    signIn == null ? null : TenantProfile.SignIn.valueOf(signIn), text(json, "certificate")));
        }
        return List.copyOf(profiles);
    }

    private void write(List<TenantProfile> profiles) throws IOException {
        JsonArray array = new JsonArray();
        for (TenantProfile profile : profiles) {
            JsonObject json = new JsonObject();
            json.addProperty("name", profile.name());
            json.addProperty("kind", profile.kind().name());
            json.addProperty("tenant", profile.tenant());
            json.addProperty("cloud", profile.cloud());
            json.addProperty("clientId", profile.clientId());
            json.addProperty("signIn", profile.signIn() == null ? null : profile.signIn().name());
            json.addProperty("certificate", profile.certificate());
            array.add(json);
        }
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        root.add("profiles", array);
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE + ".tmp");
        Files.writeString(temporary, new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n",
                StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        saved = List.copyOf(profiles);
    }

    private static int indexOf(List<TenantProfile> profiles, String name) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String text(JsonObject json, String member) {
        JsonElement value = json.get(member);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            java.util.Arrays.fill(secret, '\0');
        }
    }
}
