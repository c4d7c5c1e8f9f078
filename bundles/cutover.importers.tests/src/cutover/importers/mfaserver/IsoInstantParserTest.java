package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantParserTest {

    private static Instant parse(String text) {
        return IsoInstantParser.parse(text, 0, text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05T10:15:30Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59.9Z",
        "2000-02-29T12:00:00.123456789Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
        "1969-12-31T23:59:59.5Z", "2021-06-30T12:00:00.000Z"})
    void agreesWithJavaTimeForUtc(String text) {
        assertEquals(Instant.parse(text), parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05T10:15:30+01:00", "2024-03-05T10:15:30-08:00", "2024-03-05T00:15:30.25+05:30"})
    void appliesOffsets(String text) {
        assertEquals(OffsetDateTime.parse(text).toInstant(), parse(text));
    }

    @Test
    void agreesWithJavaTimeOnRandomInstants() {
        Random random = new Random(4);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                    random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000));
            assertEquals(instant, parse(instant.toString()), instant.toString());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-13-01T00:00:00Z | month 13 does not exist",
        "2023-02-29T00:00:00Z | day 29 does not exist in month 2 of 2023",
        "2024-04-31T00:00:00Z | day 31 does not exist in month 4 of 2024",
        "2024-01-01T24:00:00Z | time 24:0:0 does not exist",
        "2024-01-01T00:00:00 | too short",
        "2024-01-01T00:00:00.Z | no digits after the decimal point",
        "2024-01-01T00:00:00.1234567890Z | more than 9 fraction digits",
        "2024-01-01 00:00:00Z | expected 'T' at character 11",
        "2024-01-01T00:00:00z | expected Z or an offset",
        "2024-1-01T00:00:00.5Z | expected a digit at character 7",
        "2024-01-01T00:00:00+1:00 | expected Z or an offset",
        "yesterday at noon UTC | expected a digit at character 1",
    })
    void explainsWhatIsWrong(String text, String reason) {
        IllegalArgumentException problem = assertThrows(IllegalArgumentException.class, () -> parse(text.strip()));

        assertTrue(problem.getMessage().startsWith(reason), problem.getMessage());
    }

    @Test
    void parsesASliceOfLongerText() {
        String text = "x;2024-03-05T10:15:30Z;y";

        assertEquals(Instant.parse("2024-03-05T10:15:30Z"), IsoInstantParser.parse(text, 2, 22));
    }
}
