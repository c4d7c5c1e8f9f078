package cutover.importers.mfaserver;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.MobileAppDevice;
import cutover.core.mfaserver.OnPremisesIdentity;
import cutover.core.mfaserver.PhoneNumber;
import java.time.Instant;
import java.util.List;

/**
 * Renders users as lines of format v1 into a reused {@link StringBuilder}; the writer handles files and bytes.
 * The values are written in {@link ExportColumn} order, so CSV and JSON Lines files list the same things.
 */
final class UserLineEncoder {


    private final ExportEncoding encoding;
    private final StringBuilder line = new StringBuilder(1024);
    private final StringBuilder devicesCell = new StringBuilder(256);
    private boolean firstValue;

    UserLineEncoder(ExportEncoding encoding) {
        this.encoding = encoding;
    }

    /** The lines before the first user, each ending with a line terminator. */
    String preamble() {
        if (encoding == ExportEncoding.JSON_LINES) {
            return ExportFormat.JSON_HEADER_LINE + "\n";
        }
        StringBuilder header = new StringBuilder(ExportFormat.CSV_FORMAT_LINE).append("\r\n");
        for (ExportColumn column : ExportColumn.ALL) {
            header.append(column.ordinal() == 0 ? "" : ",").append(column.columnName());
        }
        return header.append("\r\n").toString();
    }

    /** The user as one line including its terminator; valid until the next call. */
    StringBuilder encode(MfaServerUser user) {
        line.setLength(0);
        firstValue = true;
        if (encoding == ExportEncoding.JSON_LINES) {
            line.append('{');
        }
        OnPremisesIdentity identity = user.identity();
        text(ExportColumn.UPN, identity.userPrincipalName());
        text(ExportColumn.DISPLAY_NAME, identity.displayName());
        text(ExportColumn.SAM_ACCOUNT_NAME, identity.samAccountName());
        text(ExportColumn.SECURITY_IDENTIFIER, identity.securityIdentifier());
        text(ExportColumn.OBJECT_GUID, identity.objectGuid());
        text(ExportColumn.DISTINGUISHED_NAME, identity.distinguishedName());
        text(ExportColumn.MAIL, identity.mail());
        text(ExportColumn.EMPLOYEE_ID, identity.employeeId());
        literal(ExportColumn.ENABLED, user.enabled() ? "true" : "false");
        text(ExportColumn.DEFAULT_METHOD, user.defaultMethod().exportCode());
        phone(user.phone(), ExportColumn.PHONE_COUNTRY_CODE, ExportColumn.PHONE_NUMBER, ExportColumn.PHONE_EXTENSION);
        phone(user.backupPhone(), ExportColumn.BACKUP_PHONE_COUNTRY_CODE, ExportColumn.BACKUP_PHONE_NUMBER,
                ExportColumn.BACKUP_PHONE_EXTENSION);
        devices(user.devices());
        text(ExportColumn.OATH_TOKEN_SERIAL, user.oathTokenSerial());
        text(ExportColumn.LANGUAGE, user.language());
        instant(ExportColumn.LAST_CHANGED, user.lastChanged());
        return encoding == ExportEncoding.JSON_LINES ? line.append("}\n") : line.append("\r\n");
    }

    private void phone(PhoneNumber phone, ExportColumn countryCode, ExportColumn number, ExportColumn extension) {
        text(countryCode, phone == null ? null : phone.countryCode());
        text(number, phone == null ? null : phone.number());
        text(extension, phone == null ? null : phone.extension());
    }

    private void devices(List<MobileAppDevice> devices) {
        if (encoding == ExportEncoding.CSV) {
            devicesCell.setLength(0);
            DeviceCellCodec.encode(devices, devicesCell);
            separator();
            csvValue(devicesCell.toString());
            return;
        }
        if (devices.isEmpty()) {
            return;
        }
        key(ExportColumn.MOBILE_APP_DEVICES);
        line.append('[');
        for (int i = 0; i < devices.size(); i++) {
            MobileAppDevice device = devices.get(i);
            line.append(i == 0 ? "{\"name\":" : ",{\"name\":");
            jsonString(device.name());
            line.append(",\"device_token\":");
            jsonString(device.deviceToken());
            line.append(",\"activated_at\":\"");
            IsoInstantFormatter.append(device.activatedAt(), line);
            line.append("\",\"oath_secret_known\":").append(device.oathSecretKnown()).append('}');
        }
        line.append(']');
    }

    /** A text value; null is an empty CSV field or an omitted JSON field. */
    private void text(ExportColumn column, String value) {
        if (encoding == ExportEncoding.CSV) {
            separator();
            if (value != null) {
                csvValue(value);
            }
        } else if (value != null) {
            key(column);
            jsonString(value);
        }
    }

    /** A timestamp; null is an empty CSV field or an omitted JSON field. */
    private void instant(ExportColumn column, Instant value) {
        if (value == null) {
            text(column, null);
            return;
        }
        if (encoding == ExportEncoding.CSV) {
            separator();
            IsoInstantFormatter.append(value, line);
        } else {
            key(column);
            line.append('"');
            IsoInstantFormatter.append(value, line);
            line.append('"');
        }
    }

    /** A JSON literal such as true, or the same text as a CSV field. */
    private void literal(ExportColumn column, String value) {
        if (encoding == ExportEncoding.CSV) {
            separator();
        } else {
            key(column);
        }
        line.append(value);
    }

    private void separator() {
        if (!firstValue) {
            line.append(',');
        }
        firstValue = false;
    }

    private void key(ExportColumn column) {
        if (!firstValue) {
            line.append(',');
        }
        firstValue = false;
        line.append('"').append(column.columnName()).append("\":");
    }

    /** RFC 4180: quote when the value holds a comma or quote, doubling inner quotes. */
    private void csvValue(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            line.append(value);
            return;
        }
        line.append('"');
        int from = 0;
        for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', from)) {
            line.append(value, from, quote + 1).append('"');
            from = quote + 1;
        }
        line.append(value, from, value.length()).append('"');
    }

    private void jsonString(String value) {
        // the user model admits no control characters, so only quotes and backslashes can need escaping
        if (value.indexOf('"') < 0 && value.indexOf('\\') < 0) {
            line.append('"').append(value).append('"');
            return;
        }
        JsonText.appendQuoted(line, value);
    }
}
