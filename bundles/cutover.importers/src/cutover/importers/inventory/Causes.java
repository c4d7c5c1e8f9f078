package cutover.importers.inventory;

import org.eclipse.core.runtime.OperationCanceledException;

/** Looks through an exception's causes, for errors that parsers wrap. */
final class Causes {

    private Causes() {
    }

    static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * A cancellation or a refused ZIP that a parser wrapped into its own exception is thrown again as it was: both
     * end more than the one file.
     */
    static void rethrowCancellation(Throwable thrown) {
        OperationCanceledException cancelled = find(thrown, OperationCanceledException.class);
        if (cancelled != null) {
            throw cancelled;
        }
        ZipRefusedException refused = find(thrown, ZipRefusedException.class);
        if (refused != null) {
            throw refused;
        }
    }
}
