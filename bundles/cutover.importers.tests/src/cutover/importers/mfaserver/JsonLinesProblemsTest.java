package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesProblemsTest {

    private static final String GOOD = "{\"upn\":\"user3@contoso.com\",\"enabled\":true,"
            + "\"default_method\":\"text-message-otp\",\"phone_country_code\":\"1\",\"phone_number\":\"4255500003\"}";

    @TempDir
    Path dir;

    @Test
    void theReferenceLineIsValid() throws IOException {
        Fixtures.Result result = readAround(GOOD);

        assertEquals(List.of(), result.problems());
        assertEquals(3, result.users().size());
        assertEquals("user3@contoso.com", result.users().get(1).upn());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "not JSON | {\"upn\": } | invalid JSON at character 9: unexpected character '}'",
        "trailing comma | {\"upn\":\"a@b\",} | invalid JSON at character 14: expected a field name in double quotes",
        "single quotes | {'upn':'a@b'} | invalid JSON at character 2: expected a field name in double quotes",
        "array instead of object | [1,2] | invalid JSON at character 1: expected a JSON object starting with '{'",
        "garbage after object | {} x | invalid JSON at character 4: unexpected text after the end of the object",
        "duplicate field | {\"upn\":\"a@b\",\"upn\":\"c@d\"} | invalid JSON at character 14: field \"upn\" appears twice",
        "too deep | {\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]} | invalid JSON at character"
            + " 37: objects and arrays are nested deeper than 32 levels",
        "unknown field | {\"upn\":\"a@b\",\"phone\":\"1\"} | unknown field \"phone\"",
        "upper-case field name | {\"UPN\":\"a@b\"} | unknown field \"UPN\"",
        "enabled as string | {\"upn\":\"a@b\",\"enabled\":\"yes\"} | enabled: must be true or false, not a string",
        "phone number as number | {\"upn\":\"a@b\",\"enabled\":true,\"default_method\":\"text-message-otp\","
            + "\"phone_number\":4255550100} | phone_number: must be"
            + " a string in double quotes, not a number",
        "invalid phone | {\"upn\":\"a@b\",\"enabled\":true,\"default_method\":\"text-message-otp\","
            + "\"phone_country_code\":\"1\",\"phone_number\":\"12ab\"} | phone_number: phone number \"12ab\" must"
            + " contain only digits",
        "unknown method | {\"upn\":\"a@b\",\"enabled\":true,\"default_method\":\"push\"} | default_method: unknown"
            + " default method \"push\"",
        "devices not an array | {\"upn\":\"a@b\",\"enabled\":true,\"default_method\":\"oath-token\","
            + "\"mobile_app_devices\":{}} | mobile_app_devices: must be an array, not an object",
        "device without date | {\"upn\":\"a@b\",\"enabled\":true,\"default_method\":\"mobile-app-pin\","
            + "\"mobile_app_devices\":[{\"name\":\"iPhone\",\"device_token\":\"t\",\"oath_secret_known\":true}]}"
            + " | mobile_app_devices: device 1: activation time of device \"iPhone\" is missing",
        "device with unknown field | {\"upn\":\"a@b\",\"enabled\":true,\"default_method\":\"mobile-app-pin\","
            + "\"mobile_app_devices\":[{\"name\":\"iPhone\",\"secret\":\"x\"}]} | mobile_app_devices: device 1:"
            + " unknown field \"secret\"",
        "bad timestamp | {\"upn\":\"a@b\",\"enabled\":true,\"default_method\":\"text-message-otp\","
            + "\"phone_country_code\":\"1\",\"phone_number\":\"4255550100\",\"last_changed\":\"2023-02-29T00:00:00Z\"}"
            + " | last_changed: \"2023-02-29T00:00:00Z\" is not an ISO-8601 timestamp such as 2024-03-05T10:15:30Z"
            + " (day 29 does not exist in month 2 of 2023)",
    })
    void rejectsTheLineAndNamesTheProblem(String caseName, String line, String message) throws IOException {
        Fixtures.Result result = readAround(line.strip());

        ImportProblem problem = result.onlyProblem();
        assertEquals(3, problem.line());
        assertTrue(problem.message().startsWith(message), problem.message());
        assertEquals(List.of(Fixtures.user(1), Fixtures.user(2)), result.users());
    }

    @Test
    void invalidUtf8IsRejectedWithItsPosition() throws IOException {
        Path file = Fixtures.writeParts(dir, "utf8.jsonl", Fixtures.JSON_HEADER + "\n"
                + Fixtures.jsonLine(Fixtures.user(1)) + "\n{\"upn\":\"", new byte[] {(byte) 0xFF},
                "@b\"}\n" + Fixtures.jsonLine(Fixtures.user(2)) + "\n");

        Fixtures.Result result = Fixtures.read(file);

        ImportProblem problem = result.onlyProblem();
        assertEquals(3, problem.line());
        assertEquals("invalid UTF-8 byte 0xFF at byte 9 of the line", problem.message());
        assertEquals(2, result.users().size());
    }

    @Test
    void escapesAndWhitespaceAreUnderstood() throws IOException {
        String line = " { \"upn\" : \"user3@contoso.com\" , \"display_name\" : \"Zo\\u00eb \\\"Z\\\" \\ud83d\\udcf1\","
                + " \"enabled\" : false, \"default_method\" : \"text-message-otp\", \"phone_country_code\" : \"1\","
                + " \"phone_number\" : \"4255500003\", \"language\" : null, \"mobile_app_devices\" : [ ] } ";

        Fixtures.Result result = readAround(line);

        assertEquals(List.of(), result.problems());
        assertEquals("Zoë \"Z\" 📱", result.users().get(1).identity().displayName());
        assertEquals(false, result.users().get(1).enabled());
    }

    @Test
    void duplicateUpnIsRejected() throws IOException {
        Fixtures.Result result = readAround(Fixtures.jsonLine(Fixtures.user(2)));

        ImportProblem problem = result.onlyProblem();
        assertEquals(4, problem.line());
        assertTrue(problem.message().endsWith("already on line 3"), problem.message());
    }

    private Fixtures.Result readAround(String middle) throws IOException {
        return Fixtures.read(Fixtures.write(dir, "users.jsonl", Fixtures.JSON_HEADER,
                Fixtures.jsonLine(Fixtures.user(1)), middle, Fixtures.jsonLine(Fixtures.user(2))));
    }
}
