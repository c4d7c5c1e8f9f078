package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.MfaServerUser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines with problems are rejected with their line number and a reason, and the other lines still import. */
class CsvLineProblemsTest {

    /** {@code Fixtures.csvLine(Fixtures.user(3))}, spelled out so the replacements below are easy to follow. */
    private static final String GOOD = "user3@contoso.com,User 3,user3,S-1-5-21-1-2-3-1003,,"
            + "\"CN=User 3,OU=Users,DC=contoso,DC=com\",,,true,text-message-otp,1,4255500003,,,,,,,,2024-01-02T03:04:05Z";

    @TempDir
    Path dir;

    @Test
    void theReferenceLineIsValid() throws IOException {
        assertEquals(GOOD, Fixtures.csvLine(Fixtures.user(3)));
        Fixtures.Result result = readAround(GOOD);
        assertEquals(List.of(Fixtures.user(1), Fixtures.user(3), Fixtures.user(2)), result.users());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "unclosed quote | ,2024-01-02T03:04:05Z | ,\"2024-01-02T03:04:05Z"
            + " | field 20: a quoted value is not closed before the end of the line",
        "text after closing quote | ,User 3, | ,\"User 3\"x, | field 2: unexpected text after the closing quote",
        "quote in unquoted value | ,User 3, | ,User \"3\", | field 2: a quote inside an unquoted value",
        "missing column | ,2024-01-02T03:04:05Z | '' | expected 20 fields but found 19",
        "extra column | ,2024-01-02T03:04:05Z | ,2024-01-02T03:04:05Z,extra | expected 20 fields but found 21",
        "invalid phone | ,4255500003, | ,12ab, | phone_number: phone number \"12ab\" must contain only digits",
        "phone without country code | ,1,4255500003, | ,,4255500003, | phone_country_code: country code is missing",
        "unknown default method | text-message-otp | sms | default_method: unknown default method \"sms\"; expected"
            + " one of phone-call-standard, phone-call-pin, text-message-otp",
        "bad date | 2024-01-02T03:04:05Z | 2024-13-01T00:00:00Z | last_changed: \"2024-13-01T00:00:00Z\" is not"
            + " an ISO-8601 timestamp such as 2024-03-05T10:15:30Z (month 13 does not exist)",
        "date without zone | 2024-01-02T03:04:05Z | 2024-01-02T03:04:05 | last_changed: \"2024-01-02T03:04:05\""
            + " is not an ISO-8601 timestamp",
        "enabled not boolean | ,true, | ,yes, | enabled: enabled \"yes\" must be true or false",
        "bad SID | S-1-5-21-1-2-3-1003 | S-1-5-21-x | security_identifier: security identifier \"S-1-5-21-x\"",
        "missing UPN | user3@contoso.com, | , | upn: user principal name is missing",
        "tab in display name | ,User 3, | ,User\t3, | display_name: display name \"User\t3\" contains a control"
            + " character",
        "device cell with three parts | ,,,,,,,,2024 | ,,,,,iPhone;abc;2024-01-01T00:00:00Z,,,2024"
            + " | mobile_app_devices: device 1 has 3 parts; expected 4",
        "device with bad date | ,,,,,,,,2024 | ,,,,,iPhone;abc;yesterday;true,,,2024"
            + " | mobile_app_devices: device 1: activated_at \"yesterday\" is not an ISO-8601 timestamp",
        "mobile app without devices | text-message-otp | mobile-app-standard | mobile_app_devices: default method"
            + " Mobile app (standard) needs at least one activated mobile app device",
        "OATH token without serial | text-message-otp | oath-token | oath_token_serial: default method OATH token"
            + " needs an OATH token serial number",
    })
    void rejectsTheLineAndNamesTheProblem(String caseName, String find, String replacement, String message)
            throws IOException {
        String bad = GOOD.replace(find.strip(), replacement.strip());
        assertTrue(!bad.equals(GOOD), "the replacement must change the line");

        Fixtures.Result result = readAround(bad);

        ImportProblem problem = result.onlyProblem();
        assertEquals(4, problem.line());
        assertTrue(problem.message().startsWith(message), problem.message());
        assertEquals(List.of(Fixtures.user(1), Fixtures.user(2)), result.users());
        assertEquals(1, result.summary().linesRejected());
        assertEquals(2, result.summary().usersAccepted());
    }

    @Test
    void invalidUtf8OnOneLineRejectsOnlyThatLine() throws IOException {
        byte[] broken = {'U', 's', 'e', 'r', (byte) 0xC3, '(', '3'};
        Path file = Fixtures.writeParts(dir, "utf8.csv", Fixtures.CSV_FORMAT_LINE + "\n" + Fixtures.CSV_HEADER + "\n"
                + Fixtures.csvLine(Fixtures.user(1)) + "\n" + "user3@contoso.com,", broken,
                GOOD.substring(GOOD.indexOf(",user3,")) + "\n" + Fixtures.csvLine(Fixtures.user(2)) + "\n");

        Fixtures.Result result = Fixtures.read(file);

        ImportProblem problem = result.onlyProblem();
        assertEquals(4, problem.line());
        assertEquals("display_name: invalid UTF-8 byte 0xC3 at byte 5 of the value", problem.message());
        assertEquals(List.of(Fixtures.user(1), Fixtures.user(2)), result.users());
    }

    @Test
    void overLongLineIsSkippedAndReadingGoesOn() throws IOException {
        String huge = GOOD.replace(",User 3,", ",User " + "3".repeat(ExportFormat.MAX_LINE_BYTES) + ",");

        Fixtures.Result result = readAround(huge);

        ImportProblem problem = result.onlyProblem();
        assertEquals(4, problem.line());
        assertEquals("the line is longer than 1 MiB (1048576 bytes) and was skipped", problem.message());
        assertEquals(List.of(Fixtures.user(1), Fixtures.user(2)), result.users());
        assertEquals(5, result.summary().linesRead());
    }

    @Test
    void lineOfExactlyTheMaximumLengthIsRead() throws IOException {
        int padding = ExportFormat.MAX_LINE_BYTES - GOOD.length();
        String longest = GOOD.replace(",User 3,", ",User 3" + " ".repeat(padding) + ",");
        assertEquals(ExportFormat.MAX_LINE_BYTES, longest.length());

        Fixtures.Result result = readAround(longest);

        assertEquals(List.of(), result.problems());
        assertEquals(3, result.users().size());
    }

    @Test
    void duplicateUpnIsRejectedNamingTheFirstLineIgnoringCase() throws IOException {
        MfaServerUser again = Fixtures.user(1).toBuilder().upn("USER1@Contoso.com").build();

        Fixtures.Result result = readAround(Fixtures.csvLine(again));

        ImportProblem problem = result.onlyProblem();
        assertEquals(4, problem.line());
        assertEquals("upn: duplicate user \"USER1@Contoso.com\"; the same user principal name is already on line 3",
                problem.message());
        assertEquals(List.of(Fixtures.user(1), Fixtures.user(2)), result.users());
    }

    @Test
    void byteOrderMarkAndCrLfAreAccepted() throws IOException {
        Path file = Fixtures.writeParts(dir, "excel.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                String.join("\r\n", Fixtures.CSV_FORMAT_LINE, Fixtures.CSV_HEADER, Fixtures.csvLine(Fixtures.user(1)),
                        Fixtures.csvLine(Fixtures.awkwardUser())) + "\r\n");

        Fixtures.Result result = Fixtures.read(file);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(Fixtures.user(1), Fixtures.awkwardUser()), result.users());
        assertEquals(ExportEncoding.CSV, result.summary().encoding());
    }

    @Test
    void blankLinesAndAMissingFinalLineBreakAreFine() throws IOException {
        Path file = Fixtures.writeParts(dir, "blank.csv", String.join("\n", Fixtures.CSV_FORMAT_LINE,
                Fixtures.CSV_HEADER, "", Fixtures.csvLine(Fixtures.user(1)), "   ", Fixtures.csvLine(Fixtures.user(2))));

        Fixtures.Result result = Fixtures.read(file);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(Fixtures.user(1), Fixtures.user(2)), result.users());
        assertEquals(6, result.summary().linesRead());
    }

    @Test
    void formatLinePaddedBySpreadsheetAndExtraParametersAreAccepted() throws IOException {
        Path padded = Fixtures.write(dir, "padded.csv", Fixtures.CSV_FORMAT_LINE + ",,,,,,", Fixtures.CSV_HEADER,
                Fixtures.csvLine(Fixtures.user(1)));
        Path extra = Fixtures.write(dir, "extra.csv", "#cutover-mfaserver-export;generator=test;version=1",
                Fixtures.CSV_HEADER, Fixtures.csvLine(Fixtures.user(1)));

        assertEquals(List.of(Fixtures.user(1)), Fixtures.read(padded).users());
        assertEquals(List.of(Fixtures.user(1)), Fixtures.read(extra).users());
    }

    @Test
    void manyBadLinesAreAllReported() throws IOException {
        String[] lines = new String[1_002];
        lines[0] = Fixtures.CSV_FORMAT_LINE;
        lines[1] = Fixtures.CSV_HEADER;
        for (int i = 2; i < lines.length; i++) {
            lines[i] = i % 2 == 0 ? Fixtures.csvLine(Fixtures.user(i)) : "garbage";
        }

        Fixtures.Result result = Fixtures.read(Fixtures.write(dir, "many.csv", lines));

        assertEquals(500, result.users().size());
        assertEquals(500, result.problems().size());
        assertEquals(4, result.problems().get(0).line());
        assertEquals(1_002, result.problems().get(499).line());
        assertEquals("expected 20 fields but found 1 (a missing or extra comma, or a value with a comma that is not"
                + " quoted)", result.problems().get(0).message());
    }

    /** Reads a file whose fourth line is {@code middle}, between two valid users. */
    private Fixtures.Result readAround(String middle) throws IOException {
        return Fixtures.read(Fixtures.write(dir, "users.csv", Fixtures.CSV_FORMAT_LINE, Fixtures.CSV_HEADER,
                Fixtures.csvLine(Fixtures.user(1)), middle, Fixtures.csvLine(Fixtures.user(2))));
    }
}
