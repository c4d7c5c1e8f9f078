package cutover.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StrongAuthenticationDecoderTest {

    private static List<String> methods(String oldValue, String newValue) {
        return StrongAuthenticationDecoder.decode(new PropertyChange("StrongAuthenticationMethod", oldValue, newValue));
    }

    private static List<String> details(String oldValue, String newValue) {
        return StrongAuthenticationDecoder.decode(new PropertyChange("StrongAuthenticationUserDetails", oldValue,
                newValue));
    }

    @ParameterizedTest
    @CsvSource({"0, voice mobile", "2, voice office", "3, voice alternate mobile", "5, SMS", "6, Authenticator push",
        "7, hardware or software OTP"})
    void eachMethodCodeHasItsReadableName(int code, String name) {
        assertEquals(List.of("added " + name, "default: none → " + name),
                methods("[]", "[{\"MethodType\":" + code + ",\"Default\":true}]"));
        assertEquals(code, MethodCode.of(code).code);
    }

    @Test
    void anUnknownCodeIsNamedByItsNumber() {
        assertNull(MethodCode.of(4));
        assertEquals(List.of("added method code 4"), methods("[]", "[{\"MethodType\":4,\"Default\":false}]"));
    }

    @Test
    void migrationFromNothingAddsEveryMethodAndSetsTheDefault() {
        assertEquals(List.of("added Authenticator push", "added voice mobile", "added SMS",
                "default: none → Authenticator push"), methods("[]", "[{\"MethodType\":6,\"Default\":true},"
                        + "{\"MethodType\":0,\"Default\":false},{\"MethodType\":5,\"Default\":false}]"));
    }

    @Test
    void aDefaultChangeAloneIsOneLine() {
        assertEquals(List.of("default: voice mobile → Authenticator push"),
                methods("[{\"MethodType\":0,\"Default\":true},{\"MethodType\":6,\"Default\":false}]",
                        "[{\"MethodType\":6,\"Default\":true},{\"MethodType\":0,\"Default\":false}]"));
    }

    @Test
    void removedMethodsAndAClearedDefault() {
        assertEquals(List.of("removed voice office", "removed hardware or software OTP",
                "default: voice office → none"), methods(
                        "[{\"MethodType\":2,\"Default\":true},{\"MethodType\":7,\"Default\":false}]", "[]"));
    }

    @Test
    void emptyAndNullValuesMeanNoMethods() {
        assertEquals(List.of(), methods("[]", "[]"));
        assertEquals(List.of(), methods(null, " [ ] "));
        assertEquals(List.of("added SMS"), methods(null, "[{\"MethodType\":5,\"Default\":false}]"));
    }

    @Test
    void phoneNumbersAreComparedFieldByField() {
        String before = "[{\"PhoneNumber\":\"+1 4255550100\",\"AlternativePhoneNumber\":null,\"Email\":null,"
                + "\"VoiceOnlyPhoneNumber\":\"+1 4255550199\"}]";
        String after = "[{\"PhoneNumber\":\"+1 2065550100\",\"AlternativePhoneNumber\":\"+44 7700900123\","
                + "\"Email\":null,\"VoiceOnlyPhoneNumber\":\"+1 4255550199\"}]";
        assertEquals(List.of("phone +1 4255550100 → +1 2065550100", "alternate phone none → +44 7700900123"),
                details(before, after));
        assertEquals(List.of("phone +1 4255550100 → none", "office phone +1 4255550199 → none"),
                details(before, "[]"));
    }

    @Test
    void authenticatorDevicesAreListedByIdWithTheirNames() {
        List<String> lines = StrongAuthenticationDecoder.decode(new PropertyChange("StrongAuthenticationPhoneAppDetail",
                "[{\"Id\":\"a1\",\"DeviceName\":\"Pixel 8\"}]",
                "[{\"Id\":\"b2\",\"DeviceName\":\"iPhone 15\",\"AuthenticationType\":3}]"));
        assertEquals(List.of("added Authenticator device iPhone 15", "removed Authenticator device Pixel 8"), lines);
    }

    @Test
    void malformedValuesAreShownRawWithANote() {
        List<String> lines = methods("[{\"MethodType\":6,\"Default\":tru}]", "[]");
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("StrongAuthenticationMethod: old value unreadable"), lines.get(0));
        assertTrue(lines.get(0).endsWith("shown raw: [{\"MethodType\":6,\"Default\":tru}] → []"), lines.get(0));
        assertTrue(details("[]", "{\"PhoneNumber\":\"+1\"}").get(0).contains("new value unreadable"));
        assertTrue(methods("[]", "[{\"MethodType\":\"push\"}]").get(0).contains("not a method code"));
        assertTrue(methods("[]", "[{\"MethodType\":[6]}]").get(0).contains("unreadable"));
    }

    @Test
    void otherPropertiesArePassedThrough() {
        PropertyChange change = new PropertyChange("Department", "[\"Sales\"]", "[\"Marketing\"]");
        assertFalse(StrongAuthenticationDecoder.decodes(change));
        assertEquals(List.of("Department: [\"Sales\"] → [\"Marketing\"]"), StrongAuthenticationDecoder.decode(change));
    }

    @Test
    void theParserReadsEscapesNumbersAndRefusesTrailingText() {
        List<Map<String, Object>> objects = FlatJsonArray.parse(" [ {\"a\" : \"x\\\"\\u00e9\\n\", \"b\": -1.5e3,"
                + " \"c\": false, \"d\": null}, {} ] ");
        assertEquals("x\"é\n", objects.get(0).get("a"));
        assertEquals("-1.5e3", objects.get(0).get("b"));
        assertEquals(Boolean.FALSE, objects.get(0).get("c"));
        assertTrue(objects.get(0).containsKey("d"));
        assertEquals(Map.of(), objects.get(1));
        assertThrows(IllegalArgumentException.class, () -> FlatJsonArray.parse("[] x"));
        assertThrows(IllegalArgumentException.class, () -> FlatJsonArray.parse("[{\"a\":1}"));
        assertThrows(IllegalArgumentException.class, () -> FlatJsonArray.parse("[{\"a\":\"open}]"));
        assertThrows(IllegalArgumentException.class, () -> FlatJsonArray.parse(""));
    }
}
