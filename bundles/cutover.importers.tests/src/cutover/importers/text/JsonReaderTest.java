package cutover.importers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    private static JsonReader reader(String json) {
        return new JsonReader(new StringReader(json), 100, 8);
    }

    @Test
    void readsOneValueWithTheLinesOfItsFields() throws Exception {
        JsonObject root = (JsonObject) reader("{\"format\":\"x\",\n\"version\":1.0,\n\"records\":[{\"a\":null}]}")
                .readValue();
        assertEquals(List.of("format", "version", "records"), List.copyOf(root.fields().keySet()));
        assertEquals(1, root.line());
        assertEquals(2, root.lineOf("version"));
        assertEquals(0, BigDecimal.ONE.compareTo(((JsonReader.Number) root.get("version")).value()));
        JsonObject record = (JsonObject) ((List<?>) root.get("records")).get(0);
        assertTrue(record.has("a"));
        assertEquals(3, record.lineOf("missing"), "an absent field is on the object's line");
    }

    @Test
    void handsOverTheElementsOfATopLevelArrayOneByOne() throws Exception {
        List<String> seen = new ArrayList<>();
        reader("[\"a\", \"b\\u00e9\\n\"]").readTopLevel((value, index) -> seen.add(index + ":" + value));
        assertEquals(List.of("0:a", "1:bé\n"), seen);
        assertEquals(List.of("a"), reader(" [\"a\"] ").readValue(), "read whole when asked for one value");
    }

    @Test
    void refusesWhatIsNotStrictJsonWithItsLine() {
        InvalidJsonException empty = refused(" \n ");
        assertEquals("the file is empty", empty.getMessage());
        assertEquals(0, empty.line());
        InvalidJsonException twice = refused("{\"a\":1,\n\"a\":2}");
        assertEquals(2, twice.line());
        assertEquals("invalid JSON: the field \"a\" appears twice", twice.getMessage());
        assertEquals("invalid JSON: unexpected text after the end of the JSON value", refused("{} x").getMessage());
        assertEquals("invalid JSON: \\u must be followed by four hex digits", refused("\"\\u00\uFF21\uFF21\"")
                .getMessage(), "full-width digits are not hex digits");
        assertEquals("invalid JSON: objects and arrays are nested deeper than 8 levels",
                refused("[".repeat(9)).getMessage());
    }

    private static InvalidJsonException refused(String json) {
        return assertThrows(InvalidJsonException.class, () -> reader(json).readValue());
    }
}
