package cutover.audit.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import cutover.core.audit.DailyCounts;
import cutover.migration.audit.AuditReport;
import cutover.ui.ProgressRow;

/** Export…: the rows shown, in their order, as CSV, JSON or an HTML report with the per-day summary, in a Job. */
final class AuditExportAction {

    private AuditExportAction() {
    }

    static void run(Shell shell, AuditSession.Selection shown, List<DailyCounts> daily, ProgressRow progress,
            Consumer<String> say, Consumer<String> problem) {
        if (shown.rows().length == 0) {
            problem.accept("Nothing to export: no event is shown.");
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export the audit events shown");
        dialog.setFilterExtensions(new String[] {"*.html", "*.csv", "*.json"});
        dialog.setFilterNames(new String[] {"HTML report with the per-day summary (*.html)", "CSV (*.csv)",
            "JSON, cutover-audit-v1 (*.json)"});
        dialog.setFileName("audit-trail.html");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        AuditReport.Format format = format(file, dialog.getFilterIndex());
        progress.start("Exporting " + AuditPart.COUNT.format(shown.rows().length) + " events…");
        Job job = Job.create("Exporting audit events", monitor -> {
            Runnable report;
            try {
                AuditReport.write(shown.log(), shown.rows(), daily, format, file);
                String done = String.format(Locale.US, "Exported %,d events to %s.", shown.rows().length, file);
                report = () -> say.accept(done);
            } catch (IOException e) {
                String failed = "Cannot write " + file + ": " + e.getMessage() + ". Nothing was written.";
                report = () -> problem.accept(failed);
            }
            Runnable outcome = report;
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    progress.finish();
                    outcome.run();
                }
            });
        });
        job.schedule();
    }

    private static AuditReport.Format format(Path file, int filterIndex) {
        AuditReport.Format named = AuditReport.Format.ofFile(file);
        if (named != null) {
            return named;
        }
        return switch (filterIndex) {
            case 1 -> AuditReport.Format.CSV;
            case 2 -> AuditReport.Format.JSON;
            default -> AuditReport.Format.HTML;
        };
    }
}
