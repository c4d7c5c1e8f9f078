package cutover.core.audit;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Asks a long loop's caller, every 65,536 steps, whether to go on. */
final class Cancellation {

    /** Never cancelled. */
    static final BooleanSupplier NEVER = () -> false;

    private Cancellation() {
    }

    /** @throws CancellationException when step is a multiple of 65,536 and the caller has cancelled */
    static void checkEvery64k(int step, BooleanSupplier cancelled) {
        if ((step & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
    }
}
