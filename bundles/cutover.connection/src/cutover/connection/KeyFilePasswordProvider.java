package cutover.connection;

import java.io.IOException;
import java.util.Arrays;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * Cutover's Equinox secure-storage password provider (plugin.xml, extension {@code keyFile}): the master password is
 * the user's {@link MasterKeyFile}, made on first use, so secure storage works on every platform without asking
 * anybody. Its priority, 3, is above the prompting provider of {@code org.eclipse.equinox.security.ui} (2) and below
 * the operating systems' keyrings (5): if the product ever ships one, new passwords go there, and Equinox still asks
 * this provider for those it encrypted.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

    /** The extension's unique id as Equinox keeps it, in lower case, beside every value this provider encrypted. */
    static final String MODULE_ID = "cutover.connection.keyfile";

    /** Equinox's record of each provider's master password (a value encrypted with it), internal to its format. */
    private static final String VERIFICATION_NODE = "/org.eclipse.equinox.secure.storage/verification";

    /** The key file cannot give a master password; the message says which file and what to do. */
    static final class KeyFileException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        KeyFileException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Equinox makes it through the extension registry. */
    public KeyFilePasswordProvider() {
        // the key file is read when a password is asked for: Equinox makes providers just to list them
    }

    /**
     * @throws KeyFileException when the key file is unusable, or missing while Equinox holds passwords encrypted
     *         with it: a PasswordProvider cannot throw a checked exception, and null would read as "no password"
     */
    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        MasterKeyFile key = MasterKeyFile.ofUser();
        boolean firstUse = (passwordType & CREATE_NEW_PASSWORD) != 0 && !key.exists();
        char[] password = null;
        try {
            password = firstUse ? key.create() : key.read();
            return new PBEKeySpec(password);
        } catch (IOException e) {
            throw new KeyFileException(e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * When the user's key file is gone, makes secure storage forget that this provider ever gave it a master
     * password, so that the next value stored makes a new key file; the values encrypted with the lost key stay
     * unreadable. Without this, Equinox would check every new key against the old one and refuse it forever.
     */
    static void startOverIfKeyLost(ISecurePreferences root) {
        if (!MasterKeyFile.ofUser().exists() && root.nodeExists(VERIFICATION_NODE)) {
            root.node(VERIFICATION_NODE).remove(MODULE_ID);
        }
    }
}
