package cutover.importers.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import cutover.core.plan.OathSeed;
import cutover.importers.mfaserver.ImportProblem;
import cutover.importers.text.CsvFields;
import cutover.importers.text.UnclosedQuoteException;

/**
 * Reads a hardware token vendor's seed file, CSV {@code upn,serial number,secret key,time interval,manufacturer,model}.
 * The planner needs only to know that a secret exists, so the secret key is checked (Base32) and then dropped: it
 * is never kept, logged or put into a message. Rejected lines are reported as {@code file:line: reason}.
 */
public final class OathSeedFileReader {

    static final List<String> COLUMNS = List.of("upn", "serial number", "secret key", "time interval", "manufacturer",
            "model");

    /** @return seeds by serial number, in file order */
    public Map<String, OathSeed> read(Path file, Consumer<ImportProblem> rejected) throws IOException {
        return read(file, rejected, null);
    }

    /**
     * The secret keys by serial number, for the one moment a token is created in Entra ID: kept in memory only,
     * upper case without blanks. The caller clears the arrays when done. Rejected rows are reported as by
     * {@link #read(Path, Consumer)}.
     */
    public Map<String, char[]> readSecrets(Path file, Consumer<ImportProblem> rejected) throws IOException {
        Map<String, char[]> secrets = new LinkedHashMap<>();
        read(file, rejected, secrets);
        return secrets;
    }

    private Map<String, OathSeed> read(Path file, Consumer<ImportProblem> rejected, Map<String, char[]> secrets)
            throws IOException {
        Map<String, OathSeed> seeds = new LinkedHashMap<>();
        Map<String, Long> firstLine = new LinkedHashMap<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            String header = reader.readLine();
            if (header == null || !normalize(split(stripBom(header))).equals(COLUMNS)) {
                throw new IOException(file + ":1: the header must be " + String.join(",", COLUMNS));
            }
            long number = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    List<String> fields = split(line);
                    OathSeed seed = parse(fields);
                    Long earlier = firstLine.putIfAbsent(seed.serialNumber(), number);
                    if (earlier != null) {
                        throw new IllegalArgumentException("serial number " + seed.serialNumber()
                                + " is already on line " + earlier);
                    }
                    seeds.put(seed.serialNumber(), seed);
                    if (secrets != null) {
                        secrets.put(seed.serialNumber(), fields.get(2).replace(" ", "").trim()
                                .toUpperCase(java.util.Locale.ROOT).toCharArray());
                    }
                } catch (IllegalArgumentException e) {
                    rejected.accept(new ImportProblem(file, number, e.getMessage()));
                }
            }
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": the file is not UTF-8 text");
        }
        return seeds;
    }

    private static OathSeed parse(List<String> fields) {
        if (fields.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " fields but found " + fields.size());
        }
        String serial = fields.get(1).trim();
        if (serial.isEmpty()) {
            throw new IllegalArgumentException("serial number is missing");
        }
        boolean secret = isBase32(fields.get(2));
        if (!secret) {
            throw new IllegalArgumentException("secret key of token " + serial
                    + " is missing or not Base32 (A–Z, 2–7); the value is not shown");
        }
        int interval;
        try {
            interval = Integer.parseInt(fields.get(3).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("time interval of token " + serial + " must be 30 or 60");
        }
        String upn = fields.get(0).trim();
        return new OathSeed(upn.isEmpty() ? null : upn, serial, interval, blankToNull(fields.get(4)),
                blankToNull(fields.get(5)), secret);
    }

    static boolean isBase32(String value) {
        String v = value.trim().replace(" ", "");
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = Character.toUpperCase(v.charAt(i));
            if (!(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7' || c == '=')) {
                return false;
            }
        }
        return true;
    }

    /** Splits one CSV line; a quote anywhere starts a quoted stretch, and "" inside one stands for a quote. */
    static List<String> split(String line) {
        try {
            return CsvFields.split(line, ',', CsvFields.Quotes.ANYWHERE);
        } catch (UnclosedQuoteException e) {
            throw new IllegalArgumentException("a quoted value is not closed");
        }
    }

    private static List<String> normalize(List<String> header) {
        return header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
