package cutover.migration.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A time as a person types it in a filter: a date, an instant, or an age before now. */
public final class TimeText {

    private TimeText() {
    }

    /**
     * @return the instant, or null for blank text
     * @throws IllegalArgumentException saying which forms are understood
     */
    public static Instant parse(String text, Instant now) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.matches("\\d+[dhm]")) {
                long amount = Long.parseLong(value.substring(0, value.length() - 1));
                return now.minus(switch (value.charAt(value.length() - 1)) {
                    case 'd' -> Duration.ofDays(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> Duration.ofMinutes(amount);
                });
            }
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("\"" + value + "\" is not a time: type a date (2026-10-01), a time "
                    + "(2026-10-01T08:00:00Z) or an age (7d, 12h, 30m)");
        }
    }
}
