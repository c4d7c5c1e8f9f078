package cutover.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.matching.MatchAttribute;
import cutover.core.plan.DefaultMethodMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationSettingsTest {

    @TempDir
    Path workspace;

    @Test
    void savedSettingsComeBackAndAFreshWorkspaceHasTheDefaults() throws IOException {
        assertEquals(MigrationSettings.defaults(), MigrationSettings.load(workspace));
        MigrationSettings chosen = new MigrationSettings(DefaultMethodMode.ALWAYS, MatchAttribute.EMPLOYEE_ID, true,
                false, "Wave 2 — Finance", Duration.ofMinutes(90));
        chosen.save(workspace);
        assertEquals(chosen, MigrationSettings.load(workspace));
    }

    @Test
    void aDamagedFileNamesItselfAndTheBadValue() throws IOException {
        Path file = workspace.resolve(MigrationSettings.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "defaultMethod=SOMETIMES\n");
        IOException e = assertThrows(IOException.class, () -> MigrationSettings.load(workspace));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("SOMETIMES"), e.getMessage());
    }

    @Test
    void intervalsAreReadAsPeopleWriteThem() {
        assertEquals(Duration.ofMinutes(15), MigrationSettings.parseInterval("15m"));
        assertEquals(Duration.ofMinutes(15), MigrationSettings.parseInterval("15 min"));
        assertEquals(Duration.ofMinutes(90), MigrationSettings.parseInterval("1h30m"));
        assertEquals(Duration.ofHours(2), MigrationSettings.parseInterval("2h"));
        assertNull(MigrationSettings.parseInterval("soon"));
        assertNull(MigrationSettings.parseInterval(""));
        assertEquals("1 h 30 min", MigrationSettings.describe(Duration.ofMinutes(90)));
        assertThrows(IllegalArgumentException.class, () -> MigrationSettings.defaults().withMigrateAll(false)
                .equals(new MigrationSettings(DefaultMethodMode.IF_UNSET, null, false, true, null, Duration.ZERO)));
    }
}
