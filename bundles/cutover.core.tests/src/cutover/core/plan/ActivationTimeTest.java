package cutover.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivationTimeTest {

    @Test
    void writesWholeSecondsLikeInstantToString() {
        for (String text : new String[] {"1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2024-02-29T13:05:09Z",
            "2000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z"}) {
            assertEquals(text, ActivationTime.format(Instant.parse(text)));
        }
    }

    @Test
    void dropsFractionsOfASecond() {
        assertEquals("2024-05-01T09:30:00Z", ActivationTime.format(Instant.parse("2024-05-01T09:30:00.750Z")));
    }

    @Test
    void fallsBackOutsideFourDigitYears() {
        Instant far = Instant.parse("+12345-01-01T00:00:00Z");
        assertEquals(far.toString(), ActivationTime.format(far));
    }
}
