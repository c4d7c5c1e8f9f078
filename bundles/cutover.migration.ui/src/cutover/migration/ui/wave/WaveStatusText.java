package cutover.migration.ui.wave;

import java.util.Map;

import cutover.migration.ChangeStatus;
import cutover.migration.Wave;

/** The Group view's status line: what to do next, or what the listed group holds. */
final class WaveStatusText {

    private WaveStatusText() {
    }

    static String beforeListing(WaveSession session) {
        if (session.export().isEmpty()) {
            return "Open an MFA Server export (Ctrl+O), then list a group.";
        }
        return WavePart.COUNT.format(session.export().size()) + " MFA Server users in "
                + session.exportFile().getFileName()
                + ". Enter the migration group and press Enter, or double-click a group in the Tenant view.";
    }

    /** "Wave 1: 1,204 members · 12 new · … · 40 shown · Entra methods read for 600". */
    static String of(Wave wave, int shown, boolean entraColumns) {
        Map<ChangeStatus, Long> counts = wave.countByChange();
        StringBuilder text = new StringBuilder();
        text.append(wave.group().displayName()).append(": ").append(WavePart.COUNT.format(wave.users().size()))
                .append(" members");
        for (ChangeStatus change : ChangeStatus.values()) {
            text.append(" · ").append(WavePart.COUNT.format(counts.getOrDefault(change, 0L))).append(' ')
                    .append(change.label());
        }
        if (shown != wave.users().size()) {
            text.append(" · ").append(WavePart.COUNT.format(shown)).append(" shown");
        }
        if (entraColumns) {
            text.append(" · Entra methods read for ").append(WavePart.COUNT.format(wave.methodsRead()));
        }
        return text.toString();
    }
}
