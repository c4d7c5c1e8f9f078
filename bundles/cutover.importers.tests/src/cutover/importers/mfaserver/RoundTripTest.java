package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExportEncoding.class)
    void syntheticUsersSurviveWritingAndReading(ExportEncoding encoding) throws IOException {
        List<MfaServerUser> users = new SyntheticMfaServerUsers(99).users(3_000).toList();
        Path file = dir.resolve("users" + encoding.fileExtension());

        long written = new MfaServerExportWriter(encoding).write(file, users);
        Fixtures.Result result = Fixtures.read(file);

        assertEquals(3_000, written);
        Fixtures.assertSameUsers(users, result.users());
        assertEquals(List.of(), result.problems());
        assertEquals(encoding, result.summary().encoding());
        assertEquals(3_000, result.summary().usersAccepted());
        assertEquals(0, result.summary().linesRejected());
        assertEquals(encoding == ExportEncoding.CSV ? 3_002 : 3_001, result.summary().linesRead());
        assertFalse(result.summary().cancelled());
    }

    @ParameterizedTest
    @EnumSource(ExportEncoding.class)
    void awkwardValuesSurviveWritingAndReading(ExportEncoding encoding) throws IOException {
        List<MfaServerUser> users = List.of(Fixtures.awkwardUser(), Fixtures.user(1),
                MfaServerUser.builder().upn("x@y").phone(Fixtures.user(2).phone())
                        .defaultMethod(DefaultMethod.PHONE_CALL_STANDARD).build());
        Path file = dir.resolve("awkward" + encoding.fileExtension());

        new MfaServerExportWriter(encoding).write(file, users);

        assertEquals(users, Fixtures.read(file).users());
    }

    @ParameterizedTest
    @EnumSource(ExportEncoding.class)
    void bigFilesAreDecodedInParallelButDeliveredInFileOrder(ExportEncoding encoding) throws IOException {
        List<MfaServerUser> users = new SyntheticMfaServerUsers(5).users(25_000).toList();
        Path file = dir.resolve("big" + encoding.fileExtension());
        new MfaServerExportWriter(encoding).write(file, users.stream());
        assertTrue(Files.size(file) > 4 << 20, "the file must be big enough for parallel decoding");
        List<String> threads = new ArrayList<>();
        List<MfaServerUser> read = new ArrayList<>();

        new MfaServerExportReader().read(file, user -> {
            read.add(user);
            threads.add(Thread.currentThread().getName());
        }, problem -> { }, null);

        Fixtures.assertSameUsers(users, read);
        assertTrue(threads.stream().allMatch(Thread.currentThread().getName()::equals),
                "users are delivered on the calling thread");
    }

    @Test
    void csvStartsWithFormatLineAndHeader() throws IOException {
        Path file = dir.resolve("users.csv");
        new MfaServerExportWriter(ExportEncoding.CSV).write(file, List.of(Fixtures.user(1)));

        List<String> lines = Files.readAllLines(file);

        assertEquals(Fixtures.CSV_FORMAT_LINE, lines.get(0));
        assertEquals(Fixtures.CSV_HEADER, lines.get(1));
        assertEquals("user1@contoso.com,User 1,user1,S-1-5-21-1-2-3-1001,,\"CN=User 1,OU=Users,DC=contoso,DC=com\","
                + ",,true,text-message-otp,1,4255500001,,,,,,,,2024-01-02T03:04:05Z", lines.get(2));
        assertTrue(Files.readString(file).contains("\r\n"), "CSV lines end with CRLF");
    }

    @Test
    void jsonLinesStartWithHeaderObject() throws IOException {
        Path file = dir.resolve("users.jsonl");
        new MfaServerExportWriter(ExportEncoding.JSON_LINES).write(file, List.of(Fixtures.user(1)));

        List<String> lines = Files.readAllLines(file);

        assertEquals(Fixtures.JSON_HEADER, lines.get(0));
        assertEquals("{\"upn\":\"user1@contoso.com\",\"display_name\":\"User 1\",\"sam_account_name\":\"user1\","
                + "\"security_identifier\":\"S-1-5-21-1-2-3-1001\","
                + "\"distinguished_name\":\"CN=User 1,OU=Users,DC=contoso,DC=com\",\"enabled\":true,"
                + "\"default_method\":\"text-message-otp\",\"phone_country_code\":\"1\","
                + "\"phone_number\":\"4255500001\",\"last_changed\":\"2024-01-02T03:04:05Z\"}", lines.get(1));
    }

    @Test
    void writingToAStreamGivesTheSameBytesAsWritingAFile() throws IOException {
        List<MfaServerUser> users = List.of(Fixtures.awkwardUser(), Fixtures.user(3));
        Path file = dir.resolve("users.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new MfaServerExportWriter(ExportEncoding.CSV).write(file, users.stream());
        long count = new MfaServerExportWriter(ExportEncoding.CSV).write(out, users.stream());

        assertEquals(2, count);
        assertEquals(Files.readString(file), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = Files.writeString(dir.resolve("users.csv"), "old content");

        new MfaServerExportWriter(ExportEncoding.CSV).write(file, Stream.of(Fixtures.user(1)));

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals(List.of(Fixtures.user(1)), Fixtures.read(file).users());
    }

    @Test
    void columnsMayComeInAnyOrderAndValuesMayAllBeQuoted() throws IOException, LineRejectedException {
        MfaServerUser user = Fixtures.awkwardUser();
        CsvLineSplitter fields = new CsvLineSplitter();
        byte[] line = Fixtures.csvLine(user).getBytes(StandardCharsets.UTF_8);
        fields.split(line, 0, line.length);
        List<String> header = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = ExportColumn.ALL.length - 1; i >= 0; i--) {
            header.add(ExportColumn.ALL[i].columnName().toUpperCase(java.util.Locale.ROOT));
            String value = fields.text(i);
            values.add('"' + (value == null ? "" : value.replace("\"", "\"\"")) + '"');
        }
        Path file = Fixtures.write(dir, "reordered.csv", Fixtures.CSV_FORMAT_LINE, String.join(",", header),
                String.join(",", values));

        Fixtures.Result result = Fixtures.read(file);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(user), result.users());
    }
}
