package cutover.core.mfaserver;

/**
 * A value of the MFA Server user model failed validation. {@link #field()} names the offending record component
 * or builder property (for example {@code "countryCode"} or {@code "userPrincipalName"}) so that importers can
 * translate it into the column or field name of the file the value came from.
 */
public final class InvalidFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Name of the model component that is wrong, as spelled in the Java API. */
    public String field() {
        return field;
    }
}
