package cutover.migration.ui.wave;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.PhoneNumber;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.EntraUser;
import cutover.migration.WaveUser;

/**
 * The columns of the Group view: the member and its migration status, then each MFA Server value beside the Entra
 * value it becomes, so a difference shows at a glance. Entra columns show "…" until the member's methods are read.
 */
public enum WaveColumn {
    UPN("UPN", 210, Side.MEMBER, u -> u.upn()),
    CHANGE("Status", 160, Side.MEMBER, WaveColumn::status),
    PLANNED("Writes", 55, Side.MEMBER, u -> u.plannedWrites() < 0 ? null : u.plannedWrites()),
    MFA_DEFAULT("MFA Server · default", 125, Side.MFA_SERVER, u -> mfa(u, m -> m.defaultMethod().label())),
    ENTRA_DEFAULT("Entra · default", 105, Side.ENTRA, u -> entra(u, WaveColumn::defaultMethod)),
    MFA_PHONE("MFA Server · phone", 125, Side.MFA_SERVER, u -> mfa(u, m -> phone(m.phone()))),
    MFA_BACKUP("MFA Server · backup", 125, Side.MFA_SERVER, u -> mfa(u, m -> phone(m.backupPhone()))),
    ENTRA_PHONES("Entra · phones", 210, Side.ENTRA, u -> entra(u, WaveColumn::phones)),
    MFA_DEVICES("MFA Server · devices", 60, Side.MFA_SERVER, u -> mfa(u, MfaServerUser::deviceCount)),
    ENTRA_DEVICES("Entra · Authenticator", 60, Side.ENTRA, u -> entra(u, e -> e.authenticatorDevices().size())),
    MFA_OATH("MFA Server · OATH", 90, Side.MFA_SERVER, u -> mfa(u, MfaServerUser::oathTokenSerial)),
    ENTRA_OATH("Entra · OATH", 55, Side.ENTRA, u -> entra(u, e -> e.hardwareOath().size() + e.softwareOath().size())),
    MATCH("Matched by", 80, Side.MEMBER, WaveUser::matchLabel);

    /** Which side a column shows; the Entra columns can be hidden together. */
    public enum Side {
        MEMBER, MFA_SERVER, ENTRA
    }

    static final String NOT_READ = "…";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final String label;
    private final int width;
    private final Side side;
    private final Function<WaveUser, Object> value;

    WaveColumn(String label, int width, Side side, Function<WaveUser, Object> value) {
        this.label = label;
        this.width = width;
        this.side = side;
        this.value = value;
    }

    public String label() {
        return label;
    }

    public int width() {
        return width;
    }

    public Side side() {
        return side;
    }

    public Object valueOf(WaveUser user) {
        return value.apply(user);
    }

    /** Ascending; numbers as numbers, empty and unread values last. */
    public Comparator<WaveUser> order() {
        Comparator<Object> values = (a, b) -> {
            boolean aEmpty = a == null || NOT_READ.equals(a);
            boolean bEmpty = b == null || NOT_READ.equals(b);
            if (aEmpty || bEmpty) {
                return Boolean.compare(aEmpty, bEmpty);
            }
            if (a instanceof Integer x && b instanceof Integer y) {
                return Integer.compare(x, y);
            }
            return String.CASE_INSENSITIVE_ORDER.compare(a.toString(), b.toString());
        };
        return (a, b) -> values.compare(valueOf(a), valueOf(b));
    }

    private static String status(WaveUser user) {
        return user.migratedAt() == null ? user.change().label()
                : user.change().label() + " · " + DAY.format(user.migratedAt());
    }

    private static Object mfa(WaveUser user, Function<MfaServerUser, Object> value) {
        return user.mfa() == null ? null : value.apply(user.mfa());
    }

    private static Object entra(WaveUser user, Function<EntraUser, Object> value) {
        return user.methodsRead() ? value.apply(user.entra()) : NOT_READ;
    }

    private static String phone(PhoneNumber number) {
        return number == null ? null : number.display();
    }

    private static String defaultMethod(EntraUser user) {
        if (user.systemPreferredEnabled()) {
            return "system-preferred";
        }
        return user.defaultMethod() == null ? null : user.defaultMethod().graphName();
    }

    private static String phones(EntraUser user) {
        List<EntraPhoneMethod> phones = user.phones();
        return phones.isEmpty() ? null : phones.stream().map(p -> p.type().graphName() + " " + p.phoneNumber())
                .collect(Collectors.joining(", "));
    }
}
