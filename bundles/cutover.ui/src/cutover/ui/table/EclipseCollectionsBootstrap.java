package cutover.ui.table;

import java.net.URL;
import java.util.Enumeration;

import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.impl.set.mutable.UnifiedSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * NatTable uses Eclipse Collections, whose API bundle finds its implementation through
 * {@link java.util.ServiceLoader} with the thread context class loader. Under OSGi that loader cannot see the
 * implementation bundle, every factory silently stays unimplemented, and NatTable paints a blank table (the
 * failure is caught while painting). Initialising every factory holder once, with the implementation bundle as
 * context loader, fixes them for the life of the JVM. Call before creating the first NatTable.
 */
public final class EclipseCollectionsBootstrap {

    private static final String FACTORY_PATH = "org/eclipse/collections/api/factory";
    private static volatile boolean initialized;

    private EclipseCollectionsBootstrap() {
    }

    public static synchronized void ensureInitialized() {
        if (initialized) {
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(UnifiedSet.class.getClassLoader());
        try {
            initializeFactoryHolders();
        } finally {
            thread.setContextClassLoader(previous);
        }
        initialized = true;
    }

    private static void initializeFactoryHolders() {
        ClassLoader apiLoader = Sets.class.getClassLoader();
        Bundle api = FrameworkUtil.getBundle(Sets.class);
        if (api == null) {
            return; // plain class path: ServiceLoader already sees the implementation
        }
        // only the holders (Sets, Lists, Maps …) look up implementations; NatTable's primitive collections come
        // from holders in the implementation bundle that need no lookup, so sub-packages are left alone
        Enumeration<URL> entries = api.findEntries(FACTORY_PATH, "*.class", false);
        while (entries != null && entries.hasMoreElements()) {
            String path = entries.nextElement().getPath();
            if (path.contains("$")) {
                continue;
            }
            String className = path.substring(path.indexOf(FACTORY_PATH), path.length() - ".class".length())
                    .replace('/', '.');
            try {
                Class.forName(className, true, apiLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                // a holder that cannot load is one NatTable does not need; the pixel test guards the ones it does
            }
        }
    }
}
