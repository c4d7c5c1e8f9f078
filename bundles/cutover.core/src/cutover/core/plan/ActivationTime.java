package cutover.core.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes an instant as {@code 2024-05-01T09:30:00Z}. {@link Instant#toString()} goes through a date-time formatter,
 * which costs more than the rest of a device's planning; plans name hundreds of thousands of devices.
 */
final class ActivationTime {

    private static final int SECONDS_PER_DAY = 86_400;

    private ActivationTime() {
    }

    /** UTC, to the second; years outside 0 to 9999 fall back to {@link Instant#toString()}. */
    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = Math.floorMod(seconds, SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(day);
        if (date.getYear() < 0 || date.getYear() > 9999) {
            return instant.toString();
        }
        char[] text = new char[20];
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        text[19] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
