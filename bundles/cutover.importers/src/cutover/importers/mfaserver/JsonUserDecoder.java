package cutover.importers.mfaserver;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.InvalidFieldException;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.MobileAppDevice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the header object of a JSON Lines export and decodes the following objects into users. Field names are
 * the CSV column names; devices are an array of objects. Unknown fields are rejected so that a misspelt field name
 * does not silently drop data.
 */
final class JsonUserDecoder {

    private static final String DEVICE_NAME = "name";
    private static final String DEVICE_TOKEN = "device_token";
    private static final String DEVICE_ACTIVATED_AT = "activated_at";
    private static final String DEVICE_OATH_SECRET_KNOWN = "oath_secret_known";
    private static final Set<String> DEVICE_FIELDS =
            Set.of(DEVICE_NAME, DEVICE_TOKEN, DEVICE_ACTIVATED_AT, DEVICE_OATH_SECRET_KNOWN);

    private final UserAssembler assembler = new UserAssembler();
    private Map<String, Object> object;

    /**
     * Validates the header object on the first line.
     *
     * @throws LineRejectedException describing why the header is not acceptable
     */
    static void checkHeader(Map<String, Object> header) throws LineRejectedException {
        Object format = header.get("format");
        if (format == null) {
            throw new LineRejectedException((header.containsKey(ExportColumn.UPN.columnName())
                    ? "the first line is a user, but" : "the first line has no \"format\" field;")
                    + " a JSON Lines export must start with the header " + ExportFormat.JSON_HEADER_LINE);
        }
        if (!ExportFormat.NAME.equals(format)) {
            throw new LineRejectedException("this is not a Cutover MFA Server export: format is "
                    + (format instanceof String text ? UserAssembler.shown(text) : String.valueOf(format))
                    + ", expected \"" + ExportFormat.NAME + "\"");
        }
        Object version = header.get("version");
        if (!(version instanceof BigDecimal number)) {
            throw new LineRejectedException("the header has no numeric \"version\"; expected "
                    + ExportFormat.JSON_HEADER_LINE);
        }
        if (number.compareTo(BigDecimal.valueOf(ExportFormat.VERSION)) != 0) {
            throw new LineRejectedException("unsupported format version " + number.toPlainString()
                    + "; this version of Cutover reads version " + ExportFormat.VERSION + " only");
        }
    }

    MfaServerUser decode(Map<String, Object> line) throws LineRejectedException {
        object = line;
        for (String key : line.keySet()) {
            ExportColumn column = ExportColumn.byName(key);
            if (column == null || !column.columnName().equals(key)) {
                throw new LineRejectedException("unknown field " + UserAssembler.shown(key)
                        + " (field names are lower case, for example upn or phone_number)");
            }
        }
        MfaServerUser.Builder builder = MfaServerUser.builder()
                .identity(assembler.identity(string(ExportColumn.UPN), string(ExportColumn.DISPLAY_NAME),
                        string(ExportColumn.SAM_ACCOUNT_NAME), string(ExportColumn.SECURITY_IDENTIFIER),
                        string(ExportColumn.OBJECT_GUID), string(ExportColumn.DISTINGUISHED_NAME),
                        string(ExportColumn.MAIL), string(ExportColumn.EMPLOYEE_ID)))
                .enabled(enabled())
                .defaultMethod(defaultMethod())
                .phone(assembler.phone(string(ExportColumn.PHONE_COUNTRY_CODE), string(ExportColumn.PHONE_NUMBER),
                        string(ExportColumn.PHONE_EXTENSION), false))
                .backupPhone(assembler.phone(string(ExportColumn.BACKUP_PHONE_COUNTRY_CODE),
                        string(ExportColumn.BACKUP_PHONE_NUMBER), string(ExportColumn.BACKUP_PHONE_EXTENSION), true))
                .devices(devices())
                .language(assembler.language(string(ExportColumn.LANGUAGE)))
                .lastChanged(instant(ExportColumn.LAST_CHANGED, string(ExportColumn.LAST_CHANGED), ""));
        return assembler.build(builder.oathTokenSerial(string(ExportColumn.OATH_TOKEN_SERIAL)));
    }

    private String string(ExportColumn column) throws LineRejectedException {
        Object value = object.get(column.columnName());
        if (value == null || value instanceof String) {
            String text = (String) value;
            return text == null || text.isEmpty() ? null : text;
        }
        throw LineRejectedException.in(column, "must be a string in double quotes, not " + typeName(value));
    }

    private boolean enabled() throws LineRejectedException {
        Object value = object.get(ExportColumn.ENABLED.columnName());
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw LineRejectedException.in(ExportColumn.ENABLED, value == null
                ? "enabled is missing; expected true or false" : "must be true or false, not " + typeName(value));
    }

    private DefaultMethod defaultMethod() throws LineRejectedException {
        String code = string(ExportColumn.DEFAULT_METHOD);
        if (code == null) {
            throw UserAssembler.unknownMethod(null);
        }
        return DefaultMethod.fromExportCode(code).orElseThrow(
                () -> UserAssembler.unknownMethod(UserAssembler.shown(code)));
    }

    private List<MobileAppDevice> devices() throws LineRejectedException {
        Object value = object.get(ExportColumn.MOBILE_APP_DEVICES.columnName());
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> array)) {
            throw LineRejectedException.in(ExportColumn.MOBILE_APP_DEVICES, "must be an array, not "
                    + typeName(value));
        }
        List<MobileAppDevice> devices = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            devices.add(device(array.get(i), i + 1));
        }
        return devices;
    }

    private MobileAppDevice device(Object value, int number) throws LineRejectedException {
        String prefix = "device " + number + ": ";
        if (!(value instanceof Map<?, ?> device)) {
            throw LineRejectedException.in(ExportColumn.MOBILE_APP_DEVICES, prefix + "must be an object, not "
                    + typeName(value));
        }
        for (Object key : device.keySet()) {
            if (!DEVICE_FIELDS.contains(key)) {
                throw LineRejectedException.in(ExportColumn.MOBILE_APP_DEVICES, prefix + "unknown field "
                        + UserAssembler.shown((String) key));
            }
        }
        String name = deviceString(device, DEVICE_NAME, prefix);
        String token = deviceString(device, DEVICE_TOKEN, prefix);
        Instant activatedAt = instant(ExportColumn.MOBILE_APP_DEVICES,
                deviceString(device, DEVICE_ACTIVATED_AT, prefix), prefix + DEVICE_ACTIVATED_AT + " ");
        Object flag = device.get(DEVICE_OATH_SECRET_KNOWN);
        if (!(flag instanceof Boolean oathSecretKnown)) {
            throw LineRejectedException.in(ExportColumn.MOBILE_APP_DEVICES, prefix + DEVICE_OATH_SECRET_KNOWN
                    + " must be true or false" + (flag == null ? "" : ", not " + typeName(flag)));
        }
        try {
            return new MobileAppDevice(assembler.pool().share(name), token, activatedAt, oathSecretKnown);
        } catch (InvalidFieldException e) {
            throw LineRejectedException.in(ExportColumn.MOBILE_APP_DEVICES, prefix + e.getMessage());
        }
    }

    private static String deviceString(Map<?, ?> device, String key, String prefix) throws LineRejectedException {
        Object value = device.get(key);
        if (value == null || value instanceof String) {
            String text = (String) value;
            return text == null || text.isEmpty() ? null : text;
        }
        throw LineRejectedException.in(ExportColumn.MOBILE_APP_DEVICES, prefix + key
                + " must be a string in double quotes, not " + typeName(value));
    }

    /** Parses an optional timestamp; {@code what} prefixes the message (empty for a top-level field). */
    private static Instant instant(ExportColumn column, String text, String what) throws LineRejectedException {
        if (text == null) {
            return null;
        }
        try {
            return IsoInstantParser.parse(text, 0, text.length());
        } catch (IllegalArgumentException e) {
            throw LineRejectedException.in(column, what + UserAssembler.shown(text)
                    + " is not an ISO-8601 timestamp such as 2024-03-05T10:15:30Z (" + e.getMessage() + ")");
        }
    }

    private static String typeName(Object value) {
        if (value instanceof BigDecimal) {
            return "a number";
        } else if (value instanceof Boolean) {
            return "true/false";
        } else if (value instanceof List) {
            return "an array";
        } else if (value instanceof Map) {
            return "an object";
        }
        return "a string";
    }
}
