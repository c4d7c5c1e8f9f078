package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLineParserTest {

    private final JsonLineParser parser = new JsonLineParser();

    private Map<String, Object> parse(String json) throws JsonLineParser.JsonSyntaxException {
        return parser.parseObject(json.toCharArray(), json.length());
    }

    @Test
    void parsesAllValueKinds() throws Exception {
        Map<String, Object> object = parse("{\"s\":\"x\",\"n\":-12.5e3,\"z\":0,\"t\":true,\"f\":false,\"nil\":null,"
                + "\"a\":[1,\"two\",[],{}],\"o\":{\"k\":\"v\"}}");

        assertEquals("x", object.get("s"));
        assertEquals(0, new BigDecimal("-12500").compareTo((BigDecimal) object.get("n")));
        assertEquals(BigDecimal.ZERO, object.get("z"));
        assertEquals(Boolean.TRUE, object.get("t"));
        assertEquals(Boolean.FALSE, object.get("f"));
        assertTrue(object.containsKey("nil"));
        assertNull(object.get("nil"));
        assertEquals(List.of(BigDecimal.ONE, "two", List.of(), Map.of()), object.get("a"));
        assertEquals(Map.of("k", "v"), object.get("o"));
    }

    @Test
    void decodesEveryEscape() throws Exception {
        Map<String, Object> object = parse("{\"e\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\udcf1\"}");

        assertEquals("\"\\/\b\f\n\r\té📱", object.get("e"));
    }

    @Test
    void parserIsReusable() throws Exception {
        assertEquals(Map.of("a", "1"), parse("{\"a\":\"1\"}"));
        assertEquals(Map.of("b", "2"), parse("  {\"b\" : \"2\"}\t"));
        assertEquals(Map.of(), parse("{}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":[1,]}", "{'a':1}", "{a:1}",
        "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1e}", "{\"a\":NaN}", "{\"a\":tru}",
        "{\"a\":nul}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"open}", "{\"a\":\"tab\there\"}",
        "{\"a\":1} // comment", "{\"a\":1}{}", "{\"a\":1 \"b\":2}", "[]", "\"text\"", "{\"a\":1,\"a\":2}"})
    void rejectsWhatIsNotStrictJson(String json) {
        JsonLineParser.JsonSyntaxException problem = assertThrows(JsonLineParser.JsonSyntaxException.class,
                () -> parse(json));

        assertTrue(problem.getMessage().startsWith("invalid JSON at character "), problem.getMessage());
    }
}
