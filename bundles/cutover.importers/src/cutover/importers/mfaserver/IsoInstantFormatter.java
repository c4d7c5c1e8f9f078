package cutover.importers.mfaserver;

import java.time.Instant;

/**
 * Appends an instant exactly as {@link Instant#toString()} writes it ({@code 2024-03-05T10:15:30Z}, with 3, 6 or 9
 * fraction digits when needed), without the formatter machinery behind {@code toString}, which dominates the time
 * of writing large exports.
 */
final class IsoInstantFormatter {

    private static final long SECONDS_PER_DAY = 86_400;
    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z; outside, {@code Instant.toString} adds a sign or digits. */
    private static final long MIN_SECOND = -62_167_219_200L;
    private static final long MAX_SECOND = 253_402_300_799L;

    private IsoInstantFormatter() {
    }

    static void append(Instant instant, StringBuilder out) {
        long seconds = instant.getEpochSecond();
        if (seconds < MIN_SECOND || seconds > MAX_SECOND) {
            out.append(instant);
            return;
        }
        long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        // civil_from_days by H. Hinnant: day count to proleptic Gregorian year, month and day
        long z = days + 719_468;
        long era = (z >= 0 ? z : z - 146_096) / 146_097;
        int dayOfEra = (int) (z - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

        digits(out, (int) year, 4);
        out.append('-');
        digits(out, month, 2);
        out.append('-');
        digits(out, day, 2);
        out.append('T');
        digits(out, secondOfDay / 3600, 2);
        out.append(':');
        digits(out, secondOfDay / 60 % 60, 2);
        out.append(':');
        digits(out, secondOfDay % 60, 2);
        int nanos = instant.getNano();
        if (nanos != 0) {
            out.append('.');
            if (nanos % 1_000_000 == 0) {
                digits(out, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                digits(out, nanos / 1_000, 6);
            } else {
                digits(out, nanos, 9);
            }
        }
        out.append('Z');
    }

    /** Appends a non-negative value with leading zeros to exactly {@code width} digits. */
    private static void digits(StringBuilder out, int value, int width) {
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            out.append((char) ('0' + value / divisor % 10));
        }
    }
}
