package cutover.importers.mfaserver;

import java.nio.file.Path;
import java.util.Locale;

/** The two encodings of the MFA Server user export format v1. */
public enum ExportEncoding {

    /** Comma-separated values, RFC 4180 quoting, UTF-8. */
    CSV(".csv"),
    /** One JSON object per line, UTF-8. */
    JSON_LINES(".jsonl");

    private final String fileExtension;

    ExportEncoding(String fileExtension) {
        this.fileExtension = fileExtension;
    }

    /** The usual file name extension, including the dot. */
    public String fileExtension() {
        return fileExtension;
    }

    /** Guesses the encoding from a file name: {@code .jsonl}, {@code .ndjson} and {@code .json} mean JSON Lines. */
    public static ExportEncoding fromFileName(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json") ? JSON_LINES : CSV;
    }
}
