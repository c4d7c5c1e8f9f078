package cutover.migration.ui.users;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Function;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.PhoneNumber;

/** The columns of the Users table: what each shows, how it sorts, and whether it starts hidden. */
public enum UserColumn {
    UPN("UPN", 260, false, MfaServerUser::upn),
    DISPLAY_NAME("Display name", 170, false, u -> u.identity().displayName()),
    SAM_ACCOUNT_NAME("sAMAccountName", 130, true, u -> u.identity().samAccountName()),
    SID("SID", 250, true, u -> u.identity().securityIdentifier()),
    DEFAULT_METHOD("Default method", 170, false, u -> u.defaultMethod().label()),
    PHONE("Phone", 170, false, u -> phone(u.phone())),
    BACKUP_PHONE("Backup phone", 170, false, u -> phone(u.backupPhone())),
    DEVICES("Devices", 70, false, MfaServerUser::deviceCount),
    OATH_SERIAL("OATH token", 110, false, MfaServerUser::oathTokenSerial),
    LANGUAGE("Language", 80, true, MfaServerUser::language),
    ENABLED("Enabled", 70, false, u -> u.enabled() ? "Yes" : "No"),
    LAST_CHANGED("Last changed", 150, false, u -> timestamp(u.lastChanged()));

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String label;
    private final int width;
    private final boolean hiddenByDefault;
    private final Function<MfaServerUser, Object> value;
    private final Comparator<MfaServerUser> order;

    UserColumn(String label, int width, boolean hiddenByDefault, Function<MfaServerUser, Object> value) {
        this.label = label;
        this.width = width;
        this.hiddenByDefault = hiddenByDefault;
        this.value = value;
        this.order = orderFor(this.name(), value);
    }

    public String label() {
        return label;
    }

    public int width() {
        return width;
    }

    public boolean hiddenByDefault() {
        return hiddenByDefault;
    }

    public Object valueOf(MfaServerUser user) {
        return value.apply(user);
    }

    /** Ascending order; empty values sort last. */
    public Comparator<MfaServerUser> order() {
        return order;
    }

    private static Comparator<MfaServerUser> orderFor(String name, Function<MfaServerUser, Object> value) {
        if (name.equals("DEVICES")) {
            return Comparator.comparingInt(MfaServerUser::deviceCount);
        }
        if (name.equals("LAST_CHANGED")) {
            return Comparator.comparing(MfaServerUser::lastChanged, Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
        }
        Comparator<String> text = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
        return (a, b) -> text.compare((String) value.apply(a), (String) value.apply(b));
    }

    private static String phone(PhoneNumber number) {
        return number == null ? null : number.display();
    }

    private static String timestamp(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant);
    }
}
