package cutover.importers.mfaserver;

import cutover.core.mfaserver.MfaServerUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reading one file: checks that it is a text export, reads the format and header lines, then pushes batches of
 * lines through a {@link DecodePipeline} and delivers the results in file order, rejecting duplicate users and
 * reporting progress and checking for cancellation after every batch.
 */
final class ImportRun {

    /** Files smaller than this are decoded on the calling thread; starting threads is not worth it. */
    private static final long PARALLEL_THRESHOLD_BYTES = 4L << 20;
    private static final int MAX_WORKERS = 4;

    private final Path file;
    private final LineSource lines;
    private final long fileSize;
    private final int totalUnits;
    private final Consumer<MfaServerUser> users;
    private final Consumer<ImportProblem> rejected;
    private final IProgressMonitor monitor;
    private final long startNanos;
    private final UpnIndex upns;

    private SubMonitor progress;
    private int reportedUnits;
    /** The last line whose outcome reached the consumers; lines read ahead after it are not counted. */
    private long lastDeliveredLine;
    private long accepted;
    private long rejectedLines;
    private boolean cancelled;

    ImportRun(Path file, InputStream in, long fileSize, Consumer<MfaServerUser> users,
            Consumer<ImportProblem> rejected, IProgressMonitor monitor, long startNanos) {
        this.file = file;
        this.lines = new LineSource(in);
        this.fileSize = fileSize;
        this.totalUnits = (int) Math.min(Integer.MAX_VALUE, fileSize / 1024 + 1);
        this.users = users;
        this.rejected = rejected;
        this.monitor = monitor;
        this.startNanos = startNanos;
        // sized for about 400 bytes per user, the typical line length of an export
        this.upns = new UpnIndex((int) Math.min(Integer.MAX_VALUE, fileSize / 400));
    }

    ImportSummary run() throws IOException {
        checkIsTextExport();
        progress = SubMonitor.convert(monitor, "Reading " + file.getFileName(), totalUnits);
        lines.next();
        byte first = lines.end() > lines.start() ? lines.buffer()[lines.start()] : 0;
        ExportEncoding encoding;
        LineDecoder decoder;
        if (!lines.tooLong() && first == '{') {
            encoding = ExportEncoding.JSON_LINES;
            decoder = jsonDecoder();
        } else if (!lines.tooLong() && first == '#') {
            encoding = ExportEncoding.CSV;
            decoder = csvDecoder();
        } else {
            throw fatal(1, missingFormatLineMessage());
        }
        try {
            readData(decoder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
        if (!cancelled && totalUnits > reportedUnits) {
            progress.worked(totalUnits - reportedUnits);
        }
        return new ImportSummary(file, encoding, lastDeliveredLine, accepted, rejectedLines, cancelled,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private void checkIsTextExport() throws IOException {
        int buffered = lines.prefetch(ContentSniffer.SAMPLE_BYTES);
        if (buffered == 0) {
            throw fatal(0, "the file is empty");
        }
        int headStart = lines.unconsumedStart();
        byte[] head = lines.buffer();
        String notText = ContentSniffer.whyNotText(head, 0,
                headStart + Math.min(buffered, ContentSniffer.SAMPLE_BYTES));
        if (notText != null) {
            throw fatal(0, "the file " + notText);
        }
        if (buffered < ContentSniffer.SAMPLE_BYTES && isBlank(head, headStart, headStart + buffered)) {
            throw fatal(0, "the file is empty (it contains only blank lines)");
        }
    }

    private LineDecoder csvDecoder() throws IOException {
        try {
            CsvFormatLine.check(lines.buffer(), lines.start(), lines.end());
        } catch (LineRejectedException e) {
            throw fatal(1, e.getMessage());
        }
        if (!lines.next() || isBlank(lines.buffer(), lines.start(), lines.end())) {
            throw fatal(2, "the header line with the column names is missing");
        }
        if (lines.tooLong()) {
            throw fatal(2, "the header line is longer than 1 MiB");
        }
        try {
            CsvLineSplitter header = new CsvLineSplitter();
            header.split(lines.buffer(), lines.start(), lines.end());
            return CsvUserDecoder.fromHeader(header);
        } catch (LineRejectedException e) {
            throw fatal(2, e.getMessage());
        }
    }

    private LineDecoder jsonDecoder() throws IOException {
        JsonLineDecoder decoder = new JsonLineDecoder();
        try {
            decoder.checkHeader(lines.buffer(), lines.start(), lines.end());
        } catch (LineRejectedException e) {
            throw fatal(1, e.getMessage());
        }
        return decoder;
    }

    private String missingFormatLineMessage() {
        String expectation = ExportEncoding.fromFileName(file) == ExportEncoding.JSON_LINES
                ? "a JSON Lines export must start with the header " + ExportFormat.JSON_HEADER_LINE
                : "a CSV export must start with the line " + ExportFormat.CSV_FORMAT_LINE;
        boolean columnNames = !lines.tooLong() && lines.end() - lines.start() >= 4
                && new AsciiSlice().set(lines.buffer(), lines.start(), lines.start() + 4).equalsIgnoreCase("upn,");
        return (columnNames ? "the format line is missing above the column names; "
                : "this is not a Cutover MFA Server export: ") + expectation;
    }

    private void readData(LineDecoder decoder) throws IOException, InterruptedException {
        Deque<LineBatch> spare = new ArrayDeque<>();
        lastDeliveredLine = lines.lineNumber();
        try (DecodePipeline pipeline = new DecodePipeline(decoder, workerThreads())) {
            boolean moreLines = true;
            cancelled = progress.isCanceled();
            while (!cancelled && (moreLines || pipeline.inFlight() > 0)) {
                if (moreLines && pipeline.hasRoom()) {
                    LineBatch batch = spare.isEmpty() ? new LineBatch() : spare.pop();
                    moreLines = fill(batch);
                    if (batch.count() > 0) {
                        pipeline.submit(batch);
                    } else {
                        spare.push(batch);
                    }
                } else {
                    LineBatch batch = pipeline.next();
                    deliver(batch);
                    lastDeliveredLine = batch.lineNumber(batch.count() - 1);
                    spare.push(batch);
                    reportProgress(batch.bytesConsumedAfter());
                }
            }
        }
    }

    private int workerThreads() {
        if (fileSize < PARALLEL_THRESHOLD_BYTES) {
            return 0;
        }
        int processors = Runtime.getRuntime().availableProcessors();
        return processors < 2 ? 0 : Math.min(MAX_WORKERS, processors);
    }

    /** Copies lines into the batch until it is full; false when the input has ended. */
    private boolean fill(LineBatch batch) throws IOException {
        batch.clear(lines.lineNumber() + 1);
        boolean more = true;
        while (!batch.isFull() && (more = lines.next())) {
            if (lines.tooLong()) {
                batch.addTooLong();
            } else {
                batch.add(lines.buffer(), lines.start(), lines.end());
            }
        }
        batch.setBytesConsumedAfter(lines.bytesConsumed());
        return more;
    }

    private void deliver(LineBatch batch) {
        for (int i = 0; i < batch.count(); i++) {
            Object result = batch.result(i);
            if (result instanceof MfaServerUser user) {
                long firstLine = upns.putIfAbsent(user.upn(), batch.lineNumber(i));
                if (firstLine < 0) {
                    users.accept(user);
                    accepted++;
                } else {
                    reject(batch.lineNumber(i), ExportColumn.UPN.columnName() + ": duplicate user "
                            + UserAssembler.shown(user.upn()) + "; the same user principal name is already on line "
                            + firstLine);
                }
            } else if (result instanceof String message) {
                reject(batch.lineNumber(i), message);
            }
        }
    }

    private void reject(long line, String message) {
        rejectedLines++;
        rejected.accept(new ImportProblem(file, line, message));
    }

    private void reportProgress(long bytesConsumed) {
        int units = (int) Math.min(totalUnits, bytesConsumed / 1024);
        if (units > reportedUnits) {
            progress.worked(units - reportedUnits);
            reportedUnits = units;
        }
        cancelled = progress.isCanceled();
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private MfaServerImportException fatal(long line, String message) {
        return new MfaServerImportException(new ImportProblem(file, line, message));
    }
}
