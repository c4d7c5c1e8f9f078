package cutover.migration;

import cutover.core.matching.MatchAttribute;
import cutover.core.plan.DefaultMethodMode;
import cutover.core.plan.PlanOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The specialist's choices for migrating groups, kept in {@code <workspace>/migration/settings.properties} so the
 * workbench and {@code cutover sync} agree.
 *
 * @param defaultMethod when to set the Entra default method
 * @param matchAttribute the on-premises attribute tried after the UPN, or null for none
 * @param migrateAll plan every user, not only new or changed ones
 * @param readEntraMethods read the Entra side's methods while listing; off skips those Graph reads (they are then
 *        read only for the users being planned)
 * @param syncGroup the group automatic sync migrates, or null when sync is not set up
 * @param syncInterval how often automatic sync runs
 */
public record MigrationSettings(DefaultMethodMode defaultMethod, MatchAttribute matchAttribute, boolean migrateAll,
        boolean readEntraMethods, String syncGroup, Duration syncInterval) {

    static final String FILE = "migration/settings.properties";
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    public MigrationSettings {
        Objects.requireNonNull(defaultMethod, "defaultMethod");
        Objects.requireNonNull(syncInterval, "syncInterval");
        if (syncInterval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("the sync interval must be at least 1 minute");
        }
        syncGroup = syncGroup == null || syncGroup.isBlank() ? null : syncGroup.strip();
    }

    /** Default method when unset, UPN then SID matching, changed users only, Entra columns read, sync every 15 min. */
    public static MigrationSettings defaults() {
        return new MigrationSettings(DefaultMethodMode.IF_UNSET, null, false, true, null, Duration.ofMinutes(15));
    }

    public PlanOptions planOptions() {
        return new PlanOptions(defaultMethod, migrateAll);
    }

    public MigrationSettings withMigrateAll(boolean value) {
        return new MigrationSettings(defaultMethod, matchAttribute, value, readEntraMethods, syncGroup, syncInterval);
    }

    public MigrationSettings withReadEntraMethods(boolean value) {
        return new MigrationSettings(defaultMethod, matchAttribute, migrateAll, value, syncGroup, syncInterval);
    }

    /** The saved settings, or the defaults when none were saved; a damaged file says which line is wrong. */
    public static MigrationSettings load(Path workspace) throws IOException {
        Path file = workspace.resolve(FILE);
        if (!Files.exists(file)) {
            return defaults();
        }
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        }
        MigrationSettings d = defaults();
        try {
            return new MigrationSettings(
                    DefaultMethodMode.valueOf(saved.getProperty("defaultMethod", d.defaultMethod.name())),
                    attribute(saved.getProperty("matchAttribute", "NONE")),
                    Boolean.parseBoolean(saved.getProperty("migrateAll", "false")),
                    Boolean.parseBoolean(saved.getProperty("readEntraMethods", "true")),
                    saved.getProperty("syncGroup"),
                    Duration.ofMinutes(Long.parseLong(saved.getProperty("syncIntervalMinutes", "15"))));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static MatchAttribute attribute(String name) {
        return name.equals("NONE") ? null : MatchAttribute.valueOf(name);
    }

    /** Writes the settings through a temporary file, so a crash never leaves half a file. */
    public void save(Path workspace) throws IOException {
        Path file = workspace.resolve(FILE);
        Files.createDirectories(file.getParent());
        Properties saved = new Properties();
        saved.setProperty("defaultMethod", defaultMethod.name());
        saved.setProperty("matchAttribute", matchAttribute == null ? "NONE" : matchAttribute.name());
        saved.setProperty("migrateAll", Boolean.toString(migrateAll));
        saved.setProperty("readEntraMethods", Boolean.toString(readEntraMethods));
        if (syncGroup != null) {
            saved.setProperty("syncGroup", syncGroup);
        }
        saved.setProperty("syncIntervalMinutes", Long.toString(syncInterval.toMinutes()));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            saved.store(out, "Cutover migration settings");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** "15 min", "2 h", "1 h 30 min". */
    public static String describe(Duration interval) {
        long minutes = interval.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format(Locale.ROOT, "%d h %d min", minutes / 60,
                minutes % 60);
    }

    /** Parses "15m", "2h", "90s" is refused (under a minute), "1h30m"; null when the text is not a duration. */
    public static Duration parseInterval(String text) {
        var matcher = java.util.regex.Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?:in)?)?").matcher(
                text.strip().toLowerCase(Locale.ROOT).replace(" ", ""));
        if (text.isBlank() || !matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
            return null;
        }
        long hours = matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
        long minutes = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
        return Duration.ofMinutes(hours * 60 + minutes);
    }
}
