package cutover.importers.mfaserver;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.MobileAppDevice;
import cutover.core.mfaserver.OnPremisesIdentity;
import cutover.core.mfaserver.PhoneNumber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/** Users, export lines and files for the importer tests. */
final class Fixtures {

    static final String CSV_FORMAT_LINE = "#cutover-mfaserver-export;version=1";
    static final String CSV_HEADER = "upn,display_name,sam_account_name,security_identifier,object_guid,"
            + "distinguished_name,mail,employee_id,enabled,default_method,phone_country_code,phone_number,"
            + "phone_extension,backup_phone_country_code,backup_phone_number,backup_phone_extension,"
            + "mobile_app_devices,oath_token_serial,language,last_changed";
    static final String JSON_HEADER = "{\"format\":\"cutover-mfaserver-export\",\"version\":1}";

    private Fixtures() {
    }

    /** A simple valid user whose name contains the number, for files with many distinct users. */
    static MfaServerUser user(int number) {
        return MfaServerUser.builder()
                .identity(new OnPremisesIdentity("user" + number + "@contoso.com", "S-1-5-21-1-2-3-" + (1000 + number),
                        "user" + number, null, "CN=User " + number + ",OU=Users,DC=contoso,DC=com", "User " + number,
                        null, null))
                .phone(new PhoneNumber("1", "42555" + String.format("%05d", number % 100_000), null))
                .defaultMethod(DefaultMethod.TEXT_MESSAGE_OTP)
                .lastChanged(Instant.parse("2024-01-02T03:04:05Z"))
                .build();
    }

    /** A user with every field set and values that need quoting or escaping. */
    static MfaServerUser awkwardUser() {
        return MfaServerUser.builder()
                .identity(new OnPremisesIdentity("zoe.o'brien@contoso.com", "S-1-5-21-1004336348-1177238915-682003330-1104",
                        "zobrien", "1B4E28BA-2FA1-11D2-883F-0016D3CCA427",
                        "CN=O'Brien\\, Zoë \"Z\",OU=Zürich,DC=contoso,DC=com", "O'Brien, Zoë \"Z\"",
                        "zoe@fabrikam.com", "E-0042"))
                .phone(new PhoneNumber("41", "791234567", "12"))
                .backupPhone(new PhoneNumber("1", "4255550100", "9999999999"))
                .defaultMethod(DefaultMethod.MOBILE_APP_PIN)
                .addDevice(new MobileAppDevice("Zoë’s iPhone | work; 100% \"new\", spare", "tok;en|%41",
                        Instant.parse("2019-01-01T00:00:00Z"), true))
                .addDevice(new MobileAppDevice("📱 Pixel", "APA91b-_x", Instant.parse("2020-02-29T23:59:59.123456789Z"),
                        false))
                .addDevice(new MobileAppDevice("📱 Pixel", "APA91b-_y", Instant.parse("2021-06-30T12:00:00.5Z"),
                        false))
                .oathTokenSerial("GALT-1234_5.6")
                .language("zh-Hant-TW")
                .enabled(false)
                .lastChanged(Instant.parse("2024-02-29T10:15:30.000000001Z"))
                .build();
    }

    /** The user as a line of the given encoding, without line terminator. */
    static String line(MfaServerUser user, ExportEncoding encoding) {
        String line = new UserLineEncoder(encoding).encode(user).toString();
        return line.substring(0, line.length() - (encoding == ExportEncoding.CSV ? 2 : 1));
    }

    static String csvLine(MfaServerUser user) {
        return line(user, ExportEncoding.CSV);
    }

    static String jsonLine(MfaServerUser user) {
        return line(user, ExportEncoding.JSON_LINES);
    }

    /** Writes the lines, each followed by LF, as UTF-8. */
    static Path write(Path dir, String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** Writes text and raw byte chunks in order. */
    static Path writeParts(Path dir, String name, Object... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Object part : parts) {
            bytes.writeBytes(part instanceof byte[] raw ? raw : part.toString().getBytes(StandardCharsets.UTF_8));
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    static Result read(Path file) throws MfaServerImportException {
        return read(file, new NullProgressMonitor());
    }

    static Result read(Path file, IProgressMonitor monitor) throws MfaServerImportException {
        List<MfaServerUser> users = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        ImportSummary summary = new MfaServerExportReader().read(file, users::add, problems::add, monitor);
        return new Result(summary, users, problems);
    }

    /** Like assertEquals on the lists, but names the first differing user instead of printing both lists. */
    static void assertSameUsers(List<MfaServerUser> expected, List<MfaServerUser> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionError("user " + i + " differs: expected " + expected.get(i).identity() + " "
                        + expected.get(i).devices() + " but was " + actual.get(i).identity() + " "
                        + actual.get(i).devices());
            }
        }
        if (expected.size() != actual.size()) {
            throw new AssertionError("expected " + expected.size() + " users but got " + actual.size());
        }
    }

    record Result(ImportSummary summary, List<MfaServerUser> users, List<ImportProblem> problems) {

        /** The only problem, failing when there are none or several. */
        ImportProblem onlyProblem() {
            if (problems.size() != 1) {
                throw new AssertionError("expected exactly one problem but got " + problems);
            }
            return problems.get(0);
        }
    }
}
