package cutover.cli.tests;

import cutover.cli.commands.SyncCommand;
import cutover.connection.DemoTenant;
import cutover.core.mfaserver.MfaServerUser;
import cutover.emulator.LocalTenant;
import cutover.graph.GraphConnection;
import cutover.importers.mfaserver.ImportProblem;
import cutover.migration.SyncCycle;
import cutover.store.Journal;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * {@code cutover sync} in a JVM of its own, so that a test can send it SIGTERM: a plain class path made of the
 * bundles the command uses (their folders or jars as the test runtime has them) and the Graph SDK's jars.
 */
public final class SyncChild {

    private SyncChild() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(new SyncCommand().run(List.of(args), System.out, System.err));
    }

    /** Starts {@code cutover sync ARGS} with the workspace; its stderr goes to {@code errors}. */
    static Process start(Path workspace, Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Dcutover.workspace=" + workspace, "-cp", String.join(File.pathSeparator,
                        classPath()), SyncChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(errors.toFile()).start();
    }

    private static Set<String> classPath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(SyncChild.class, SyncCommand.class, MfaServerUser.class, ImportProblem.class,
                Journal.class, GraphConnection.class, LocalTenant.class, DemoTenant.class, SyncCycle.class,
                IProgressMonitor.class)) {
            entries.add(location(type).toString());
        }
        entries.add(location(load(Journal.class, "org.h2.jdbcx.JdbcDataSource")).toString());
        entries.add(location(load(LocalTenant.class, "com.google.gson.Gson")).toString());
        entries.add(location(load(IProgressMonitor.class, "org.eclipse.osgi.service.debug.DebugOptionsListener"))
                .toString());
        // the SDK is embedded in the graph bundle (Bundle-ClassPath lib/*.jar); its jars lie side by side
        Path sdkJars = location(load(GraphConnection.class, "com.microsoft.graph.serviceclient.GraphServiceClient"))
                .getParent();
        try (Stream<Path> jars = Files.list(sdkJars)) {
            jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().forEach(jar -> entries.add(jar.toString()));
        }
        return entries;
    }

    private static Class<?> load(Class<?> neighbour, String name) throws IOException {
        try {
            return Class.forName(name, false, neighbour.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException(name + " is not visible from " + neighbour.getName(), e);
        }
    }

    private static Path location(Class<?> type) throws IOException {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
