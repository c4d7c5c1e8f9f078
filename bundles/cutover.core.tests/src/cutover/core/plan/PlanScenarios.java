package cutover.core.plan;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.MobileAppDevice;
import cutover.core.mfaserver.PhoneNumber;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.HardwareOathStatus;
import cutover.core.tenant.HardwareOathToken;
import cutover.core.tenant.MethodPolicy;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.PolicyMethod;
import cutover.core.tenant.SoftwareOathMethod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/**
 * Generates {@link PlanScenario}s: MFA Server users with any mix of phones, extensions, default methods, devices
 * (names repeat, in any case) and tokens; Entra users that already hold some of those numbers in the same or other
 * slots, other numbers, Authenticator registrations, tokens and default methods; policies that allow any subset of
 * methods; seed files with or without the user's token; and every option.
 */
public class PlanScenarios implements ArbitrarySupplier<PlanScenario> {

    private static final String SERIAL = "SN-1001";

    /** What the Entra user holds in one phone slot. */
    private enum Slot {
        EMPTY, PRIMARY, BACKUP, OTHER
    }

    /** What the seed file says about the user's token. */
    private enum Seed {
        NONE, WITH_SECRET, WITHOUT_SECRET, OTHER_USER
    }

    @Override
    public Arbitrary<PlanScenario> get() {
        Arbitrary<MfaServerUser> users = Combinators.combine(phones().injectNull(0.15), phones().injectNull(0.5),
                Arbitraries.of(DefaultMethod.class), devices(), Arbitraries.of(true, false))
                .as(PlanScenarios::user);
        Arbitrary<List<Slot>> slots = Arbitraries.of(Slot.class).list().ofSize(PhoneType.values().length);
        Arbitrary<Integer> entraDevices = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> entraTokens = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> defaultChoice = Arbitraries.integers().between(0, EntraMethod.values().length);
        Arbitrary<List<Boolean>> policy = Arbitraries.of(true, false).list().ofSize(PolicyMethod.values().length);
        Arbitrary<Seed> seed = Arbitraries.of(Seed.class);
        Arbitrary<PlanOptions> options = Combinators.combine(Arbitraries.of(DefaultMethodMode.class),
                Arbitraries.of(true, false)).as(PlanOptions::new);
        return Combinators.combine(users, slots, entraDevices, entraTokens, defaultChoice, policy, seed, options)
                .as(PlanScenarios::scenario);
    }

    private static Arbitrary<PhoneNumber> phones() {
        Arbitrary<String> countryCodes = Arbitraries.of("1", "44", "49", "353");
        Arbitrary<String> numbers = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(10)
                .filter(number -> number.charAt(0) != '0');
        Arbitrary<String> extensions = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5).injectNull(0.6);
        return Combinators.combine(countryCodes, numbers, extensions).as(PhoneNumber::new);
    }

    private static Arbitrary<List<MobileAppDevice>> devices() {
        Arbitrary<String> names = Arbitraries.of("iPhone", "iphone", "Pixel 8", "iPad", "Galaxy S24", "Work phone",
                "Tablet");
        Arbitrary<String> tokens = Arbitraries.strings().alpha().numeric().ofLength(24).map(token -> "tok" + token);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 60);
        Arbitrary<MobileAppDevice> device = Combinators.combine(names, tokens, days, Arbitraries.of(true, false))
                .as((name, token, day, oath) -> new MobileAppDevice(name, token,
                        PlanFixture.BASE.plusSeconds(day * 86_400L), oath));
        return device.list().ofMaxSize(9);
    }

    private static MfaServerUser user(PhoneNumber phone, PhoneNumber backup, DefaultMethod method,
            List<MobileAppDevice> devices, boolean token) {
        List<MobileAppDevice> withDevice = devices;
        if (method.isMobileApp() && devices.isEmpty()) {
            withDevice = List.of(PlanFixture.device("iPhone", 1));
        }
        PhoneNumber primary = phone == null && method.needsPhone() ? PlanFixture.MOBILE : phone;
        return PlanFixture.user().phone(primary).backupPhone(primary == null ? null : backup).defaultMethod(method)
                .devices(withDevice).oathTokenSerial(token || method == DefaultMethod.OATH_TOKEN ? SERIAL : null)
                .build();
    }

    private static PlanScenario scenario(MfaServerUser user, List<Slot> slots, int entraDevices, int entraTokens,
            int defaultChoice, List<Boolean> enabled, Seed seed, PlanOptions options) {
        EntraUser entra = entra(user, slots, entraDevices, entraTokens, defaultChoice);
        List<MethodPolicy> methods = new ArrayList<>();
        for (PolicyMethod method : PolicyMethod.values()) {
            methods.add(enabled.get(method.ordinal()) ? MethodPolicy.enabledForAll(method)
                    : MethodPolicy.disabled(method));
        }
        Map<String, OathSeed> seeds = switch (seed) {
            case NONE -> Map.of();
            case WITH_SECRET -> Map.of(SERIAL, new OathSeed(user.upn(), SERIAL, 30, "Contoso", "C200", true));
            case WITHOUT_SECRET -> Map.of(SERIAL, new OathSeed(null, SERIAL, 60, null, null, false));
            case OTHER_USER -> Map.of(SERIAL, new OathSeed("grace@contoso.com", SERIAL, 30, null, null, true));
        };
        return PlanScenario.of(user, PlanFixture.tenant(List.of(entra), new AuthenticationMethodsPolicy(methods)),
                seeds, options);
    }

    private static EntraUser entra(MfaServerUser user, List<Slot> slots, int devices, int tokens,
            int defaultChoice) {
        EnumMap<PhoneType, String> numbers = new EnumMap<>(PhoneType.class);
        for (PhoneType type : PhoneType.values()) {
            PhoneNumber number = switch (slots.get(type.ordinal())) {
                case EMPTY -> null;
                case PRIMARY -> user.phone();
                case BACKUP -> user.backupPhone();
                case OTHER -> new PhoneNumber("1", "20655501" + type.ordinal() + "0", null);
            };
            if (number != null) {
                numbers.put(type, number.graphFormat());
            }
        }
        if (!numbers.containsKey(PhoneType.MOBILE)) {
            numbers.remove(PhoneType.ALTERNATE_MOBILE); // Entra ID itself never holds that state
        }
        List<EntraPhoneMethod> phones = new ArrayList<>();
        numbers.forEach((type, number) -> phones.add(new EntraPhoneMethod(type, number)));
        List<AuthenticatorDevice> authenticator = new ArrayList<>();
        String[] names = {"iPhone", "Pixel 8", "Old phone", "iPad", "Galaxy S24"};
        for (int i = 0; i < devices; i++) {
            authenticator.add(new AuthenticatorDevice("auth-" + i, names[i], null, null));
        }
        List<HardwareOathToken> hardware = new ArrayList<>();
        if (tokens >= 1) {
            hardware.add(new HardwareOathToken("hw-1", tokens == 2 && user.oathTokenSerial() != null ? SERIAL
                    : "SN-9999", null, null, HardwareOathStatus.ACTIVATED));
        }
        List<SoftwareOathMethod> software = tokens == 2 ? List.of(new SoftwareOathMethod("sw-1")) : List.of();
        EntraUser.Builder builder = PlanFixture.entra().phones(phones).authenticatorDevices(authenticator)
                .hardwareOath(hardware).softwareOath(software);
        List<EntraMethod> usable = usable(numbers, !authenticator.isEmpty(), !hardware.isEmpty());
        if (defaultChoice < usable.size()) {
            builder.defaultMethod(usable.get(defaultChoice));
        }
        return builder.build();
    }

    private static List<EntraMethod> usable(Map<PhoneType, String> numbers, boolean push, boolean oath) {
        List<EntraMethod> usable = new ArrayList<>();
        if (push) {
            usable.add(EntraMethod.PUSH);
        }
        if (oath) {
            usable.add(EntraMethod.OATH);
        }
        if (numbers.containsKey(PhoneType.MOBILE)) {
            usable.add(EntraMethod.SMS);
            usable.add(EntraMethod.VOICE_MOBILE);
        }
        if (numbers.containsKey(PhoneType.ALTERNATE_MOBILE)) {
            usable.add(EntraMethod.VOICE_ALTERNATE_MOBILE);
        }
        if (numbers.containsKey(PhoneType.OFFICE)) {
            usable.add(EntraMethod.VOICE_OFFICE);
        }
        return usable;
    }
}
