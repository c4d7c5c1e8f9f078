package cutover.core.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A realistic audit log for demos, tests and benchmarks, the same for the same seed: over the 180 days before an
 * end time, about 85% Entra ID events (mostly "Update user" by the MFA service's app under its old and new name,
 * some changes by administrators that touch no method, Staged Rollout and domain federation changes) and 15%
 * writes of Cutover runs. Users come from a pool of 30% of the row count. The rows go straight into an
 * {@link AuditLog.Builder}, so no more than one record exists at a time.
 */
public final class SyntheticAuditLog {

    static final String MFA_APP = "Azure MFA Management";
    static final String MFA_APP_RENAMED = "Microsoft Entra multifactor authentication Management";
    private static final String[] ADMINS = {"admin@contoso.com", "admin@contoso.com", "helpdesk.lead@contoso.com",
        "it-ops@contoso.com"};
    /** Entra ID's times have 100 ns steps. */
    private static final long TICKS_PER_SECOND = 10_000_000L;
    private static final long TICKS_PER_DAY = 86_400 * TICKS_PER_SECOND;
    private static final long WINDOW_TICKS = 180 * TICKS_PER_DAY;
    /** The MFA service's app is shown under its new name in the last 75 days. */
    private static final long RENAMED_TICKS = 75 * TICKS_PER_DAY;
    private static final int JOURNAL_ROWS_PER_RUN = 750;

    private SyntheticAuditLog() {
    }

    /**
     * @param count the number of rows
     * @param seed the same seed gives the same log
     * @param end every row is before this time, and after it minus 180 days
     */
    public static AuditLog generate(int count, long seed, Instant end) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " < 0");
        }
        Objects.requireNonNull(end, "end");
        return new Generator(count, seed, end).build();
    }

    /** The state of one generation. */
    private static final class Generator {

        private final int count;
        private final SplittableRandom random;
        private final long endTick;
        private final SyntheticAuditUsers users;
        private final long[] runStarts;
        private final int[] runSequences;
        private final Map<String, SyntheticChanges.Shown> firstPhones = new HashMap<>();

        Generator(int count, long seed, Instant end) {
            this.count = count;
            random = new SplittableRandom(seed);
            endTick = end.getEpochSecond() * TICKS_PER_SECOND + end.getNano() / 100;
            users = new SyntheticAuditUsers(Math.max(1, (int) (count * 0.3)), seed);
            int runs = (int) Math.max(1, count * 15L / 100 / JOURNAL_ROWS_PER_RUN);
            runStarts = new long[runs];
            for (int run = 0; run < runs; run++) {
                runStarts[run] = endTick - WINDOW_TICKS + random.nextLong(WINDOW_TICKS - TICKS_PER_DAY);
            }
            Arrays.sort(runStarts);
            runSequences = new int[runs];
        }

        AuditLog build() {
            AuditLog.Builder builder = AuditLog.builder();
            for (int i = 0; i < count; i++) {
                builder.add(random.nextInt(100) < 15 ? journalRow() : entraRow());
            }
            return builder.build();
        }

        private AuditRecord entraRow() {
            long tick = endTick - 1 - random.nextLong(WINDOW_TICKS);
            String id = SyntheticAuditUsers.guid(random.nextLong(), random.nextLong());
            String result = random.nextInt(100) < 97 ? "success" : "failure";
            int user = random.nextInt(users.count());
            int kind = random.nextInt(100);
            SyntheticChanges.Shown shown;
            String activity = "Update user";
            String initiator = ADMINS[random.nextInt(ADMINS.length)];
            boolean aboutUser = true;
            if (kind < 72) {
                initiator = tick < endTick - RENAMED_TICKS ? MFA_APP : MFA_APP_RENAMED;
                shown = mfaChange(user);
            } else if (kind < 80) {
                shown = pick(SyntheticChanges.PROFILE);
            } else if (kind < 84) {
                shown = SyntheticChanges.RESET;
            } else if (kind < 92) {
                activity = random.nextBoolean() ? "Admin registered security info" : "Admin updated security info";
                shown = SyntheticChanges.NOTHING;
            } else if (kind < 96) {
                activity = pick(SyntheticChanges.ROLLOUT_ACTIVITIES);
                shown = activity.startsWith("Update") ? pick(SyntheticChanges.ROLLOUT) : SyntheticChanges.NOTHING;
                aboutUser = false;
            } else {
                activity = "Set federation settings on domain";
                shown = SyntheticChanges.FEDERATION;
                aboutUser = false;
            }
            return new AuditRecord(AuditOrigin.ENTRA, id, instant(tick), activity, initiator,
                    aboutUser ? users.principalName(user) : null, aboutUser ? users.objectId(user) : null, result,
                    shown.methods(), shown.summary());
        }

        private SyntheticChanges.Shown mfaChange(int user) {
            int kind = random.nextInt(100);
            if (kind < 55) {
                return pick(SyntheticChanges.METHODS);
            }
            if (kind < 70) {
                return pick(SyntheticChanges.DEVICES);
            }
            String before = random.nextInt(100) < 30 ? users.mobile(random.nextInt(users.count())) : null;
            String after = users.mobile(user);
            // There are far fewer numbers than events: a first number is decoded once per number.
            SyntheticChanges.Shown phone = before == null
                    ? firstPhones.computeIfAbsent(after, number -> SyntheticChanges.phone(null, number))
                    : SyntheticChanges.phone(before, after);
            return kind < 85 ? pick(SyntheticChanges.METHODS).and(phone) : phone;
        }

        private AuditRecord journalRow() {
            int run = random.nextInt(runStarts.length);
            int sequence = ++runSequences[run];
            long tick = Math.min(endTick - 1,
                    runStarts[run] + sequence * (TICKS_PER_SECOND / 7) + random.nextInt((int) TICKS_PER_SECOND / 10));
            int user = random.nextInt(users.count());
            String phone = users.mobile(user);
            int kind = random.nextInt(100);
            String activity;
            int methods;
            String summary;
            if (kind < 45) {
                int type = random.nextInt(100);
                activity = "POST phoneMethods";
                if (type < 70) {
                    methods = MethodCode.VOICE_MOBILE.bit() | MethodCode.SMS.bit();
                    summary = "added mobile phone " + phone;
                } else if (type < 85) {
                    methods = MethodCode.VOICE_ALTERNATE_MOBILE.bit();
                    summary = "added alternate mobile phone " + users.mobile(random.nextInt(users.count()));
                } else {
                    methods = MethodCode.VOICE_OFFICE.bit();
                    summary = "added office phone " + users.mobile(random.nextInt(users.count()));
                }
            } else if (kind < 80) {
                MethodCode preferred = pick(SyntheticChanges.PREFERRED);
                activity = "PATCH signInPreferences";
                methods = preferred.bit();
                summary = "default method → " + preferred.readableName;
            } else if (kind < 90) {
                activity = "POST hardwareOathMethods";
                methods = MethodCode.OTP.bit();
                summary = "assigned hardware OATH token " + (20_000_000 + random.nextInt(10_000_000));
            } else if (kind < 95) {
                activity = "PATCH phoneMethods";
                methods = MethodCode.VOICE_MOBILE.bit() | MethodCode.SMS.bit();
                summary = "changed mobile phone to " + phone;
            } else {
                activity = "DELETE phoneMethods";
                methods = MethodCode.VOICE_MOBILE.bit() | MethodCode.SMS.bit();
                summary = "removed mobile phone " + phone + " (undo)";
            }
            String result = random.nextInt(100) < 95 ? "CONFIRMED" : "FAILED";
            return new AuditRecord(AuditOrigin.JOURNAL, (run + 1) + ":" + sequence, instant(tick), activity,
                    "Cutover run " + (run + 1), users.principalName(user), users.objectId(user), result, methods,
                    summary);
        }

        private <T> T pick(List<T> choices) {
            return choices.get(random.nextInt(choices.size()));
        }

        private static Instant instant(long tick) {
            return Instant.ofEpochSecond(Math.floorDiv(tick, TICKS_PER_SECOND),
                    Math.floorMod(tick, TICKS_PER_SECOND) * 100);
        }
    }
}
