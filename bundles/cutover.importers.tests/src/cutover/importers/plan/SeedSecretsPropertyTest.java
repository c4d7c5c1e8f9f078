package cutover.importers.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cutover.core.matching.UserMatcher;
import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.PhoneNumber;
import cutover.core.plan.DefaultMethodMode;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.MigrationPlanner;
import cutover.core.plan.OathSeed;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanOptions;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.MethodPolicy;
import cutover.core.tenant.PolicyMethod;
import cutover.core.tenant.TenantSnapshot;
import cutover.importers.mfaserver.ImportProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Seed file secrets go in, a plan comes out in all three formats, and no secret key appears anywhere: not in the
 * files, not in the problems reported for bad rows.
 */
class SeedSecretsPropertyTest {

    private static final String HEADER = "upn,serial number,secret key,time interval,manufacturer,model\n";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final Path dir;

    SeedSecretsPropertyTest() throws IOException {
        dir = Files.createTempDirectory("seed-secrets");
    }

    @AfterProperty
    void deleteFiles() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    /** A secret row: a valid Base32 key, or (when {@code broken}) one with a character Base32 does not have. */
    record SeedRow(String secret, boolean broken, boolean sixtySeconds) {
    }

    @Provide
    Arbitrary<List<SeedRow>> rows() {
        Arbitrary<String> secrets = Arbitraries.strings().withChars(BASE32).ofMinLength(16).ofMaxLength(64);
        return Arbitraries.lazy(() -> secrets.flatMap(secret -> Arbitraries.of(true, false).flatMap(broken ->
                Arbitraries.of(true, false).map(sixty -> new SeedRow(broken ? secret + "!" + secret : secret, broken,
                        sixty))))).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 60)
    void noSecretKeyLeavesTheSeedFile(@ForAll("rows") List<SeedRow> rows) throws IOException {
        StringBuilder seedFile = new StringBuilder(HEADER);
        List<MfaServerUser> users = new ArrayList<>();
        List<EntraUser> entraUsers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SeedRow row = rows.get(i);
            String upn = "user" + i + "@contoso.com";
            String serial = "SN-" + i;
            seedFile.append(upn).append(',').append(serial).append(',').append(row.secret()).append(',')
                    .append(row.sixtySeconds() ? 60 : 30).append(",Contoso,C").append(i).append('\n');
            users.add(MfaServerUser.builder().upn(upn).phone(new PhoneNumber("1", "42555501" + (10 + i), null))
                    .defaultMethod(i % 2 == 0 ? DefaultMethod.OATH_TOKEN : DefaultMethod.PHONE_CALL_STANDARD)
                    .oathTokenSerial(serial).build());
            entraUsers.add(EntraUser.builder(new UUID(7, i).toString(), upn).build());
        }
        Path seeds = dir.resolve("seeds.csv");
        Files.writeString(seeds, seedFile, StandardCharsets.UTF_8);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, OathSeed> bySerial = new OathSeedFileReader().read(seeds, problems::add);
        assertEquals(rows.stream().filter(SeedRow::broken).count(), problems.size(), problems.toString());

        List<MethodPolicy> policy = new ArrayList<>();
        for (PolicyMethod method : PolicyMethod.values()) {
            policy.add(MethodPolicy.enabledForAll(method));
        }
        TenantSnapshot tenant = new TenantSnapshot(new UUID(1, 1).toString(), Instant.EPOCH,
                new AuthenticationMethodsPolicy(policy), entraUsers);
        Plan plan = new MigrationPlanner().plan(new UserMatcher(tenant.users(), null).match(users), tenant,
                bySerial, new PlanOptions(DefaultMethodMode.ALWAYS, true), MigrationHistory.empty());
        PlanWriter.Context context = new PlanWriter.Context("users.csv", "tenant.jsonl", tenant.tenantId(),
                "always", null, true, Instant.EPOCH);

        List<String> written = new ArrayList<>();
        for (String name : List.of("plan.json", "plan.csv", "plan.html")) {
            Path out = dir.resolve(name);
            new PlanWriter().write(out, plan, context);
            written.add(Files.readString(out, StandardCharsets.UTF_8));
        }
        written.add(problems.toString());
        written.add(bySerial.toString());
        for (SeedRow row : rows) {
            for (String text : written) {
                assertFalse(text.contains(row.secret()), "a secret key appears in the output");
                if (row.broken()) {
                    assertFalse(text.contains(row.secret().substring(0, row.secret().indexOf('!'))),
                            "part of a rejected secret key appears in the output");
                }
            }
        }
    }
}
