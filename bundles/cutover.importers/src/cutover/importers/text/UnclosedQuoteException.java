package cutover.importers.text;

/** A CSV line ends inside a quoted value. Callers say so in their own words; no stack trace is kept. */
public final class UnclosedQuoteException extends Exception {

    private static final long serialVersionUID = 1L;

    UnclosedQuoteException() {
        super("a quoted value is not closed", null, false, false);
    }
}
