package cutover.core.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The migration guide's summary "users migrated per day, changes per method" as data: per UTC day, the distinct
 * users with a successful change of a method, and per method the distinct users whose method changed. Counting
 * users rather than rows, a journal write and Entra ID's audit of that same write count once. A row counts when
 * its result is a success (Entra ID's {@code success}, the journal's {@code CONFIRMED}, in any case) and it
 * touched a method. A user is known by UPN, else by object id, in any case; a row with neither counts for each of
 * its methods.
 */
public final class AuditDaily {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final MethodCode[] METHODS = MethodCode.values();

    private AuditDaily() {
    }

    /**
     * The days with at least one counted row among these rows, oldest first.
     *
     * @param rows in any order; a row given twice counts once
     */
    public static List<DailyCounts> of(AuditLog log, int[] rows) {
        // Marking the rows and walking the log in row order visits them in time order, so the days come one
        // after the other and a user is new to a day when last seen on an earlier one: no sort, no set.
        boolean[] chosen = new boolean[log.size()];
        for (int row : rows) {
            chosen[row] = true;
        }
        DictionaryColumn results = log.column(AuditColumn.RESULT);
        boolean[] successByResult = successCodes(results);
        DictionaryColumn names = log.column(AuditColumn.USER);
        DictionaryColumn ids = log.userIds();
        boolean[] namePresent = names.codesWhere(name -> !name.isEmpty(), Cancellation.NEVER);
        boolean[] idPresent = ids.codesWhere(id -> !id.isEmpty(), Cancellation.NEVER);
        // Users are numbered by their UPN's code, or, without a UPN, by their id's code after the UPNs' (both
        // folded, as Entra ID compares them in any case).
        int[] nameUsers = names.caseFoldedCodes();
        int[] idUsers = ids.caseFoldedCodes();
        int[] lastDayOfUser = new int[names.distinctCount() + ids.distinctCount()];
        Arrays.fill(lastDayOfUser, -1);
        // the methods already counted for the user on their last day (MethodCode bits fit in a byte)
        byte[] methodsOfUserThatDay = new byte[lastDayOfUser.length];

        List<DailyCounts> days = new ArrayList<>();
        long day = Long.MIN_VALUE;
        int usersOfDay = 0;
        int[] changes = new int[METHODS.length];
        for (int row = 0; row < chosen.length; row++) {
            int methods = log.methods(row);
            if (!chosen[row] || methods == 0 || !successByResult[results.code(row)]) {
                continue;
            }
            long rowDay = Math.floorDiv(log.epochNanos(row), NANOS_PER_DAY);
            if (rowDay != day) {
                if (day != Long.MIN_VALUE) {
                    days.add(new DailyCounts(LocalDate.ofEpochDay(day), usersOfDay, changes));
                }
                day = rowDay;
                usersOfDay = 0;
                Arrays.fill(changes, 0);
            }
            int user = -1;
            if (namePresent[names.code(row)]) {
                user = nameUsers[names.code(row)];
            } else if (idPresent[ids.code(row)]) {
                user = names.distinctCount() + idUsers[ids.code(row)];
            }
            int uncounted = methods;
            if (user >= 0) {
                if (lastDayOfUser[user] != days.size()) {
                    lastDayOfUser[user] = days.size();
                    methodsOfUserThatDay[user] = 0;
                    usersOfDay++;
                }
                uncounted = methods & ~methodsOfUserThatDay[user];
                methodsOfUserThatDay[user] |= (byte) methods;
            }
            for (MethodCode method : METHODS) {
                if ((uncounted & method.bit()) != 0) {
                    changes[method.ordinal()]++;
                }
            }
        }
        if (day != Long.MIN_VALUE) {
            days.add(new DailyCounts(LocalDate.ofEpochDay(day), usersOfDay, changes));
        }
        return List.copyOf(days);
    }

    private static boolean[] successCodes(DictionaryColumn results) {
        boolean[] success = new boolean[results.distinctCount()];
        for (int code = 0; code < success.length; code++) {
            String result = results.valueOfCode(code);
            success[code] = "success".equalsIgnoreCase(result) || "confirmed".equalsIgnoreCase(result);
        }
        return success;
    }
}
