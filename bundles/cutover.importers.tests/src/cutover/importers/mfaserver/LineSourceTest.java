package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSourceTest {

    /** Reads all lines; a line that is too long shows up as "<too long>". */
    private static List<String> lines(LineSource source) throws IOException {
        List<String> lines = new ArrayList<>();
        while (source.next()) {
            lines.add(source.tooLong() ? "<too long>"
                    : new String(source.buffer(), source.start(), source.end() - source.start(), StandardCharsets.UTF_8));
            assertEquals(lines.size(), source.lineNumber());
        }
        return lines;
    }

    private static LineSource source(String text) {
        return new LineSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void splitsOnLfAndCrLfAndKeepsALastLineWithoutTerminator() throws IOException {
        assertEquals(List.of("a", "b", "", "c"), lines(source("a\r\nb\n\r\nc")));
        assertEquals(List.of("a", "b"), lines(source("a\nb\n")));
        assertEquals(List.of(), lines(source("")));
        assertEquals(List.of("a\rb"), lines(source("a\rb")));
    }

    @Test
    void skipsAByteOrderMarkOnlyAtTheStart() throws IOException {
        LineSource source = source("\uFEFFa\n\uFEFFb");
        source.prefetch(8192);

        assertEquals(List.of("a", "\uFEFFb"), lines(source));
    }

    @Test
    void handlesLinesAcrossBufferBoundaries() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String line = "line " + i + " " + "x".repeat(i % 97);
            expected.add(line);
            text.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        InputStream trickle = new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1000));
            }
        };

        LineSource source = new LineSource(trickle);

        assertEquals(expected, lines(source));
        assertEquals(text.length(), source.bytesConsumed());
    }

    @Test
    void skipsOverLongLinesAndCarriesOn() throws IOException {
        LineSource source = new LineSource(new ByteArrayInputStream(("short\n" + "y".repeat(100) + "\n" + "z".repeat(10)
                + "\r\n" + "w".repeat(11) + "\nlast").getBytes(StandardCharsets.US_ASCII)), 10);

        assertEquals(List.of("short", "<too long>", "z".repeat(10), "<too long>", "last"), lines(source));
    }

    @Test
    void overLongLastLineWithoutTerminator() throws IOException {
        LineSource source = new LineSource(new ByteArrayInputStream(("ok\n" + "q".repeat(5_000_000))
                .getBytes(StandardCharsets.US_ASCII)), 1_000);

        assertEquals(List.of("ok", "<too long>"), lines(source));
        assertFalse(source.next());
    }

    @Test
    void veryLongLineWithinTheLimitIsKept() throws IOException {
        String longLine = "v".repeat(ExportFormat.MAX_LINE_BYTES);
        LineSource source = source("a\n" + longLine + "\r\nb");

        List<String> lines = lines(source);

        assertEquals(3, lines.size());
        assertTrue(lines.get(1).equals(longLine), "the 1 MiB line is read whole");
    }
}
