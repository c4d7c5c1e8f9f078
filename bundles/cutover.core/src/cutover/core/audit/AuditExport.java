package cutover.core.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes rows of an audit log as CSV, JSON ({@code cutover-audit-v1}) or a self-contained HTML page. Rows are
 * written one at a time, so a million rows never become one string. The writer is flushed, not closed.
 */
public final class AuditExport {

    /** The columns of the CSV file, in order. */
    static final List<String> CSV_HEADER = List.of(AuditColumn.TIME.label, AuditColumn.ORIGIN.label,
            AuditColumn.ACTIVITY.label, AuditColumn.INITIATOR.label, AuditColumn.USER.label, "User object id",
            AuditColumn.METHODS.label, AuditColumn.RESULT.label, AuditColumn.SUMMARY.label, "Key");

    private static final AuditColumn[] HTML_COLUMNS = {AuditColumn.TIME, AuditColumn.ORIGIN, AuditColumn.ACTIVITY,
        AuditColumn.INITIATOR, AuditColumn.USER, AuditColumn.METHODS, AuditColumn.RESULT, AuditColumn.SUMMARY};

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1b1b1b}
            h1{font-size:20px}h2{font-size:16px;margin-top:28px}
            table{border-collapse:collapse;margin-top:8px}
            th,td{border:1px solid #c8c8c8;padding:3px 8px;text-align:left;vertical-align:top}
            th{background:#f0f0f0}td.n{text-align:right}
            tbody tr:nth-child(even){background:#fafafa}
            @media print{body{margin:0}th{background:none}}
            """;

    private AuditExport() {
    }

    /**
     * CSV (RFC 4180, CRLF line ends): a header of column labels, then one line per row with the time as an
     * ISO-8601 instant, the user's object id and the row's key added; cells that a spreadsheet would run as a
     * formula start with {@code '}.
     */
    public static void csv(AuditLog log, int[] rows, Writer out) throws IOException {
        BufferedWriter writer = new BufferedWriter(out, 1 << 16);
        writeCsvLine(writer, CSV_HEADER.toArray(String[]::new));
        for (int row : rows) {
            writeCsvLine(writer, log.time(row).toString(), log.origin(row).label,
                    log.text(row, AuditColumn.ACTIVITY), log.text(row, AuditColumn.INITIATOR),
                    log.text(row, AuditColumn.USER), log.userIds().text(row), log.text(row, AuditColumn.METHODS),
                    log.text(row, AuditColumn.RESULT), log.text(row, AuditColumn.SUMMARY), log.key(row));
        }
        writer.flush();
    }

    private static void writeCsvLine(Writer writer, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(TextEscapes.csv(cells[i]));
        }
        writer.write("\r\n");
    }

    /**
     * JSON: {@code {"format":"cutover-audit-v1","events":[…]}}, one event per line, each with {@code source}
     * ({@code entra} or {@code journal}), {@code key}, {@code time} (ISO-8601 instant), {@code activity},
     * {@code initiator}, {@code user}, {@code userId}, {@code result}, {@code methods} (the {@link MethodCode}
     * constants' names) and {@code summary}; an absent value is null.
     */
    public static void json(AuditLog log, int[] rows, Writer out) throws IOException {
        BufferedWriter writer = new BufferedWriter(out, 1 << 16);
        writer.write("{\"format\":\"cutover-audit-v1\",\"events\":[");
        for (int i = 0; i < rows.length; i++) {
            writer.write(i == 0 ? "\n" : ",\n");
            writeJsonEvent(writer, log.record(rows[i]));
        }
        writer.write("\n]}\n");
        writer.flush();
    }

    private static void writeJsonEvent(Writer writer, AuditRecord record) throws IOException {
        writer.write("{\"source\":");
        writer.write(TextEscapes.json(record.origin().name().toLowerCase(Locale.ROOT)));
        writer.write(",\"key\":" + TextEscapes.json(record.key()));
        writer.write(",\"time\":" + TextEscapes.json(record.time().toString()));
        writer.write(",\"activity\":" + TextEscapes.json(record.activity()));
        writer.write(",\"initiator\":" + TextEscapes.json(record.initiator()));
        writer.write(",\"user\":" + TextEscapes.json(record.userPrincipalName()));
        writer.write(",\"userId\":" + TextEscapes.json(record.userId()));
        writer.write(",\"result\":" + TextEscapes.json(record.result()));
        writer.write(",\"methods\":[");
        boolean first = true;
        for (MethodCode method : MethodCode.values()) {
            if ((record.methods() & method.bit()) != 0) {
                writer.write(first ? "\"" : ",\"");
                writer.write(method.name());
                writer.write('"');
                first = false;
            }
        }
        writer.write("],\"summary\":" + TextEscapes.json(record.summary()) + "}");
    }

    /**
     * A self-contained printable page (inline style, no script, a policy that forbids loading anything): the title,
     * the per-day summary (users migrated, changes per method) and the events, all text escaped.
     *
     * @param daily the per-day summary, usually {@link AuditDaily#of} of the same rows
     */
    public static void html(AuditLog log, int[] rows, List<DailyCounts> daily, String title, Writer out)
            throws IOException {
        BufferedWriter writer = new BufferedWriter(out, 1 << 16);
        String shownTitle = TextEscapes.html(title);
        writer.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">\n");
        writer.write("<title>" + shownTitle + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        writer.write("<h1>" + shownTitle + "</h1>\n");
        writer.write(String.format(Locale.ROOT, "<p>%,d events; times in UTC.</p>\n", rows.length));
        writeDaily(writer, daily);
        writeEvents(writer, log, rows);
        writer.write("</body>\n</html>\n");
        writer.flush();
    }

    private static void writeDaily(Writer writer, List<DailyCounts> daily) throws IOException {
        writer.write("<h2>Per day</h2>\n<table>\n<thead><tr><th>Day</th><th>Users migrated</th>");
        for (MethodCode method : MethodCode.values()) {
            writer.write("<th>" + TextEscapes.html(method.readableName) + "</th>");
        }
        writer.write("</tr></thead>\n<tbody>\n");
        for (DailyCounts day : daily) {
            writer.write("<tr><td>" + day.day() + "</td><td class=\"n\">" + day.usersMigrated() + "</td>");
            for (MethodCode method : MethodCode.values()) {
                writer.write("<td class=\"n\">" + day.changes(method) + "</td>");
            }
            writer.write("</tr>\n");
        }
        writer.write("</tbody>\n</table>\n");
    }

    private static void writeEvents(Writer writer, AuditLog log, int[] rows) throws IOException {
        writer.write("<h2>Events</h2>\n<table>\n<thead><tr>");
        for (AuditColumn column : HTML_COLUMNS) {
            writer.write("<th>" + TextEscapes.html(column.label) + "</th>");
        }
        writer.write("</tr></thead>\n<tbody>\n");
        for (int row : rows) {
            writer.write("<tr>");
            for (AuditColumn column : HTML_COLUMNS) {
                writer.write("<td>");
                writer.write(TextEscapes.html(log.text(row, column)));
                writer.write("</td>");
            }
            writer.write("</tr>\n");
        }
        writer.write("</tbody>\n</table>\n");
    }
}
