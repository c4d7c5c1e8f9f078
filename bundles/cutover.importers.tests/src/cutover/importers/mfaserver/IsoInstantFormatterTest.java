package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantFormatterTest {

    private static String format(Instant instant) {
        StringBuilder text = new StringBuilder();
        IsoInstantFormatter.append(instant, text);
        return text.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "2000-03-01T00:00:00.100Z",
        "1969-12-31T23:59:59.999999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
        "2021-06-30T12:00:00.000000001Z", "1900-02-28T12:34:56.000123Z"})
    void writesLikeInstantToString(String text) {
        Instant instant = Instant.parse(text);

        assertEquals(instant.toString(), format(instant));
    }

    @Test
    void agreesWithInstantToStringOnRandomInstants() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertEquals(instant.toString(), format(instant));
        }
    }

    @Test
    void fallsBackOutsideFourDigitYears() {
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");
        Instant early = Instant.ofEpochSecond(-62_167_219_201L);

        assertEquals(far.toString(), format(far));
        assertEquals(early.toString(), format(early));
    }
}
