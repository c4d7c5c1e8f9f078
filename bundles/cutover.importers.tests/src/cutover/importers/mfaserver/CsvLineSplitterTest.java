package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvLineSplitterTest {

    private final CsvLineSplitter splitter = new CsvLineSplitter();

    private List<String> split(String line) throws LineRejectedException {
        byte[] bytes = ("padding" + line).getBytes(StandardCharsets.UTF_8);
        splitter.split(bytes, 7, bytes.length);
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < splitter.count(); i++) {
            fields.add(splitter.text(i));
        }
        return fields;
    }

    @Test
    void splitsPlainAndQuotedFields() throws LineRejectedException {
        assertEquals(List.of("a", "b", "c"), split("a,b,c"));
        assertEquals(Arrays.asList("a", null, "c", null), split("a,,c,"));
        assertEquals(Arrays.asList((String) null), split(""));
        assertEquals(List.of("x,y", "say \"hi\"", "z"), split("\"x,y\",\"say \"\"hi\"\"\",z"));
        assertEquals(Arrays.asList(null, "\"", "é,ü"), split("\"\",\"\"\"\",\"é,ü\""));
        assertEquals(List.of(" spaced ", "a'b"), split(" spaced ,a'b"));
    }

    @Test
    void longFieldsUseTheWordAtATimeScanCorrectly() throws LineRejectedException {
        String longAscii = "abcdefghijklmnopqrstuvwxyz0123456789";
        String longUnicode = "Zoë Søren Łukasz Jürgen Siobhán";

        assertEquals(List.of(longAscii, longUnicode, longAscii), split(longAscii + "," + longUnicode + "," + longAscii));
        assertTrue(splitter.isAscii(0));
        assertFalse(splitter.isAscii(1));
        assertTrue(splitter.isAscii(2));
        assertEquals(List.of("12345678", "9"), split("12345678,9"));
        assertEquals(List.of("1234567", "89"), split("1234567,89"));
    }

    @Test
    void manyFieldsGrowTheArrays() throws LineRejectedException {
        String line = String.join(",", java.util.Collections.nCopies(100, "v"));

        assertEquals(100, split(line).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "\"open | field 1: a quoted value is not closed",
        "a,\"b\"c | field 2: unexpected text after the closing quote",
        "a,b\"c | field 2: a quote inside an unquoted value",
        "abcdefghij\"klmnop | field 1: a quote inside an unquoted value",
        "a,\"b\"\"\" \" | field 2: unexpected text after the closing quote",
    })
    void rejectsMalformedQuoting(String line, String message) {
        LineRejectedException problem = assertThrows(LineRejectedException.class, () -> split(line.strip()));

        assertTrue(problem.getMessage().startsWith(message), problem.getMessage());
    }
}
