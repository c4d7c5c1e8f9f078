package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.MobileAppDevice;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviceCellCodecTest {

    private static final Instant WHEN = Instant.parse("2022-02-02T02:02:02Z");

    private static String encode(List<MobileAppDevice> devices) {
        StringBuilder cell = new StringBuilder();
        DeviceCellCodec.encode(devices, cell);
        return cell.toString();
    }

    @Test
    void encodesDevicesSeparatedByBars() {
        String cell = encode(List.of(new MobileAppDevice("iPhone", "abc", WHEN, true),
                new MobileAppDevice("Pixel 7", "APA91b", WHEN, false)));

        assertEquals("iPhone;abc;2022-02-02T02:02:02Z;true|Pixel 7;APA91b;2022-02-02T02:02:02Z;false", cell);
    }

    @Test
    void escapesSeparatorsAndPercent() {
        String cell = encode(List.of(new MobileAppDevice("a|b;c%d", "t;|%", WHEN, true)));

        assertEquals("a%7Cb%3Bc%25d;t%3B%7C%25;2022-02-02T02:02:02Z;true", cell);
    }

    @Test
    void roundTripsAnyName() throws LineRejectedException {
        List<MobileAppDevice> devices = List.of(new MobileAppDevice("Zoë’s \"iPhone\", 100% | work; 📱", "x%y", WHEN,
                true), new MobileAppDevice("%%", ";;", WHEN.plusNanos(1), false));
        String cell = encode(devices);

        assertEquals(devices, DeviceCellCodec.decode(cell, new StringPool()));
        AsciiSlice ascii = new AsciiSlice();
        byte[] bytes = encode(devices.subList(1, 2)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(devices.subList(1, 2), DeviceCellCodec.decode(ascii.set(bytes, 0, bytes.length), bytes.length,
                new StringPool()));
    }

    @Test
    void decodesLowerCaseHexAndMultiByteEscapes() throws LineRejectedException {
        assertEquals(List.of(new MobileAppDevice("é|", "t", WHEN, false)),
                DeviceCellCodec.decode("%C3%a9%7c;t;2022-02-02T02:02:02Z;FALSE", new StringPool()));
    }

    @Test
    void emptyCellMeansNoDevices() throws LineRejectedException {
        assertEquals(List.of(), DeviceCellCodec.decode(null, new StringPool()));
        assertEquals(List.of(), DeviceCellCodec.decode("", new StringPool()));
        assertEquals("", encode(List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '!', quoteCharacter = '\'', value = {
        "iPhone;t;2022-02-02T02:02:02Z;true| ! device 2 is empty",
        "iPhone;t;2022-02-02T02:02:02Z ! device 1 has 3 parts",
        "iPhone;t;2022-02-02T02:02:02Z;true;extra ! device 1 has 5 parts",
        "iPhone;t;2022-02-02;true ! device 1: activated_at \"2022-02-02\" is not an ISO-8601 timestamp",
        "iPhone;t;2022-02-02T02:02:02Z;yes ! device 1: oath_secret_known \"yes\" must be true or false",
        ";t;2022-02-02T02:02:02Z;true ! device 1: device name is missing",
        "iPhone;;2022-02-02T02:02:02Z;true ! device 1: device token is missing",
        "i%2;t;2022-02-02T02:02:02Z;true ! device 1: name has a '%' that is not followed by two hex digits",
        "i%zz;t;2022-02-02T02:02:02Z;true ! device 1: name has a '%' that is not followed by two hex digits",
        "i%C3;t;2022-02-02T02:02:02Z;true ! device 1: name has %-escapes that do not form valid UTF-8",
    })
    void explainsMalformedCells(String cell, String message) {
        LineRejectedException problem = assertThrows(LineRejectedException.class,
                () -> DeviceCellCodec.decode(cell.strip(), new StringPool()));

        assertTrue(problem.getMessage().startsWith("mobile_app_devices: " + message), problem.getMessage());
    }
}
