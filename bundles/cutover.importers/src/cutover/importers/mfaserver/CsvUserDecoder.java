package cutover.importers.mfaserver;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.MobileAppDevice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the header line of a CSV export and then decodes data lines into users. Columns may appear in any order,
 * but each of the v1 columns must be present exactly once and no others may be.
 */
final class CsvUserDecoder implements LineDecoder {

    private final int[] fieldOfColumn;
    private final ExportColumn[] columnOfField;
    private final UserAssembler assembler = new UserAssembler();
    private final Utf8Decoder utf8 = new Utf8Decoder();
    private final AsciiSlice slice = new AsciiSlice();
    private final CsvLineSplitter fields = new CsvLineSplitter();

    private CsvUserDecoder(ExportColumn[] columnOfField) {
        this.columnOfField = columnOfField;
        this.fieldOfColumn = new int[ExportColumn.ALL.length];
        for (int i = 0; i < columnOfField.length; i++) {
            fieldOfColumn[columnOfField[i].ordinal()] = i;
        }
    }

    /**
     * Checks the header line already split into {@code header}.
     *
     * @throws LineRejectedException describing what is wrong with the header
     */
    static CsvUserDecoder fromHeader(CsvLineSplitter header) throws LineRejectedException {
        Utf8Decoder utf8 = new Utf8Decoder();
        ExportColumn[] columns = new ExportColumn[header.count()];
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.count(); i++) {
            if (!header.isAscii(i) && utf8.decode(header.bytes(), header.start(i), header.end(i)) >= 0) {
                throw new LineRejectedException("the header has invalid UTF-8 in column " + (i + 1));
            }
            String name = header.text(i);
            ExportColumn column = name == null ? null : ExportColumn.byName(name);
            if (column == null) {
                unknown.add(name == null ? "(empty)" : '"' + name + '"');
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (columns[j] == column) {
                    throw new LineRejectedException("the header names column " + column.columnName()
                            + " twice (columns " + (j + 1) + " and " + (i + 1) + ")");
                }
            }
            columns[i] = column;
        }
        List<String> missing = new ArrayList<>();
        for (ExportColumn column : ExportColumn.ALL) {
            if (!Arrays.asList(columns).contains(column)) {
                missing.add(column.columnName());
            }
        }
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            StringBuilder message = new StringBuilder("the header line does not match format v1:");
            if (!missing.isEmpty()) {
                message.append(" missing columns ").append(String.join(", ", missing)).append(';');
            }
            if (!unknown.isEmpty()) {
                message.append(" unknown columns ").append(String.join(", ", unknown)).append(';');
            }
            message.setLength(message.length() - 1);
            throw new LineRejectedException(message.toString());
        }
        return new CsvUserDecoder(columns);
    }

    @Override
    public LineDecoder copy() {
        return new CsvUserDecoder(columnOfField);
    }

    @Override
    public MfaServerUser decode(byte[] bytes, int start, int end) throws LineRejectedException {
        fields.split(bytes, start, end);
        if (fields.count() != columnOfField.length) {
            throw new LineRejectedException("expected " + columnOfField.length + " fields but found "
                    + fields.count() + " (a missing or extra comma, or a value with a comma that is not quoted)");
        }
        for (int i = 0; i < fields.count(); i++) {
            if (!fields.isAscii(i)) {
                int bad = utf8.decode(fields.bytes(), fields.start(i), fields.end(i));
                if (bad >= 0) {
                    throw LineRejectedException.in(columnOfField[i],
                            Utf8Decoder.describe(fields.bytes(), fields.start(i), bad));
                }
            }
        }
        MfaServerUser.Builder builder = MfaServerUser.builder()
                .identity(assembler.identity(text(ExportColumn.UPN), text(ExportColumn.DISPLAY_NAME),
                        text(ExportColumn.SAM_ACCOUNT_NAME), text(ExportColumn.SECURITY_IDENTIFIER),
                        text(ExportColumn.OBJECT_GUID), text(ExportColumn.DISTINGUISHED_NAME),
                        text(ExportColumn.MAIL), text(ExportColumn.EMPLOYEE_ID)))
                .enabled(enabled())
                .defaultMethod(defaultMethod())
                .phone(assembler.phone(pooled(ExportColumn.PHONE_COUNTRY_CODE), text(ExportColumn.PHONE_NUMBER),
                        text(ExportColumn.PHONE_EXTENSION), false))
                .backupPhone(assembler.phone(pooled(ExportColumn.BACKUP_PHONE_COUNTRY_CODE),
                        text(ExportColumn.BACKUP_PHONE_NUMBER), text(ExportColumn.BACKUP_PHONE_EXTENSION), true))
                .devices(devices())
                .language(assembler.language(pooled(ExportColumn.LANGUAGE)))
                .lastChanged(lastChanged());
        return assembler.build(builder.oathTokenSerial(text(ExportColumn.OATH_TOKEN_SERIAL)));
    }

    private String text(ExportColumn column) {
        return fields.text(fieldOfColumn[column.ordinal()]);
    }

    /** A value of a column with few distinct values, shared between users. */
    private String pooled(ExportColumn column) {
        if (plainAscii(column)) {
            int field = fieldOfColumn[column.ordinal()];
            return assembler.pool().share(fields.bytes(), fields.start(field), fields.end(field));
        }
        return text(column);
    }

    private AsciiSlice slice(ExportColumn column) {
        int field = fieldOfColumn[column.ordinal()];
        return slice.set(fields.bytes(), fields.start(field), fields.end(field));
    }

    private boolean plainAscii(ExportColumn column) {
        int field = fieldOfColumn[column.ordinal()];
        return fields.isAscii(field) && !fields.hasEscapes(field);
    }

    private List<MobileAppDevice> devices() throws LineRejectedException {
        if (plainAscii(ExportColumn.MOBILE_APP_DEVICES)) {
            AsciiSlice cell = slice(ExportColumn.MOBILE_APP_DEVICES);
            return DeviceCellCodec.decode(cell, cell.length(), assembler.pool());
        }
        return DeviceCellCodec.decode(text(ExportColumn.MOBILE_APP_DEVICES), assembler.pool());
    }

    private boolean enabled() throws LineRejectedException {
        AsciiSlice value = slice(ExportColumn.ENABLED);
        if (plainAscii(ExportColumn.ENABLED)) {
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            if (value.equalsIgnoreCase("false")) {
                return false;
            }
        }
        String text = text(ExportColumn.ENABLED);
        throw LineRejectedException.in(ExportColumn.ENABLED, text == null ? "enabled is missing; expected true or false"
                : "enabled " + UserAssembler.shown(text) + " must be true or false");
    }

    private DefaultMethod defaultMethod() throws LineRejectedException {
        DefaultMethod method = plainAscii(ExportColumn.DEFAULT_METHOD)
                ? UserAssembler.methodOrNull(slice(ExportColumn.DEFAULT_METHOD)) : null;
        if (method == null) {
            String text = text(ExportColumn.DEFAULT_METHOD);
            throw UserAssembler.unknownMethod(text == null ? null : UserAssembler.shown(text));
        }
        return method;
    }

    private Instant lastChanged() throws LineRejectedException {
        int field = fieldOfColumn[ExportColumn.LAST_CHANGED.ordinal()];
        if (fields.isEmpty(field)) {
            return null;
        }
        try {
            if (plainAscii(ExportColumn.LAST_CHANGED)) {
                AsciiSlice value = slice(ExportColumn.LAST_CHANGED);
                return IsoInstantParser.parse(value, 0, value.length());
            }
            throw new IllegalArgumentException("it contains characters that cannot appear in a timestamp");
        } catch (IllegalArgumentException e) {
            throw LineRejectedException.in(ExportColumn.LAST_CHANGED,
                    UserAssembler.shown(text(ExportColumn.LAST_CHANGED))
                            + " is not an ISO-8601 timestamp such as 2024-03-05T10:15:30Z (" + e.getMessage() + ")");
        }
    }
}
