package cutover.core.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One UTC day of migration activity, for a chart.
 *
 * @param usersMigrated the distinct users with at least one successful change of a method that day
 * @param changesByMethod per {@link MethodCode#ordinal()}, the successful changes that touched that method
 */
public record DailyCounts(LocalDate day, int usersMigrated, int[] changesByMethod) {

    public DailyCounts {
        Objects.requireNonNull(day, "day");
        if (changesByMethod.length != MethodCode.values().length) {
            throw new IllegalArgumentException("one count per method expected, got " + changesByMethod.length);
        }
        changesByMethod = changesByMethod.clone();
    }

    /** A copy of the counts per method. */
    @Override
    public int[] changesByMethod() {
        return changesByMethod.clone();
    }

    /** The successful changes that touched this method. */
    public int changes(MethodCode method) {
        return changesByMethod[method.ordinal()];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DailyCounts that && day.equals(that.day) && usersMigrated == that.usersMigrated
                && Arrays.equals(changesByMethod, that.changesByMethod);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, usersMigrated, Arrays.hashCode(changesByMethod));
    }

    @Override
    public String toString() {
        return "DailyCounts[" + day + ", users " + usersMigrated + ", changes " + Arrays.toString(changesByMethod)
                + "]";
    }
}
