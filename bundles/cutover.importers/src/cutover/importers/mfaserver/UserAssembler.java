package cutover.importers.mfaserver;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.InvalidFieldException;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.OnPremisesIdentity;
import cutover.core.mfaserver.PhoneNumber;

/**
 * Turns decoded values into model objects for both encodings, translating the model's validation errors into
 * messages that name the column or field of the file.
 */
final class UserAssembler {

    private static final DefaultMethod[] METHODS = DefaultMethod.values();

    private final StringPool pool = new StringPool();

    StringPool pool() {
        return pool;
    }

    OnPremisesIdentity identity(String upn, String displayName, String samAccountName, String securityIdentifier,
            String objectGuid, String distinguishedName, String mail, String employeeId) throws LineRejectedException {
        // most users' mail address equals their UPN; sharing the instance saves a string per user
        String sharedMail = mail != null && mail.equals(upn) ? upn : mail;
        try {
            return new OnPremisesIdentity(upn, securityIdentifier, samAccountName, objectGuid, distinguishedName,
                    displayName, sharedMail, employeeId);
        } catch (InvalidFieldException e) {
            throw LineRejectedException.in(ExportColumn.forIdentityField(e.field()), e.getMessage());
        }
    }

    /** Null when all three parts are absent. */
    PhoneNumber phone(String countryCode, String number, String extension, boolean backup)
            throws LineRejectedException {
        if (countryCode == null && number == null && extension == null) {
            return null;
        }
        try {
            return new PhoneNumber(pool.share(countryCode), number, extension);
        } catch (InvalidFieldException e) {
            throw LineRejectedException.in(ExportColumn.forPhoneField(e.field(), backup), e.getMessage());
        }
    }

    String language(String language) {
        return pool.share(language);
    }

    /** Matches the export code of a default method, ignoring case; null when none matches. */
    static DefaultMethod methodOrNull(AsciiSlice code) {
        for (DefaultMethod method : METHODS) {
            if (code.equalsIgnoreCase(method.exportCode())) {
                return method;
            }
        }
        return null;
    }

    static LineRejectedException unknownMethod(String shownValue) {
        StringBuilder known = new StringBuilder();
        for (DefaultMethod method : METHODS) {
            known.append(known.length() == 0 ? "" : ", ").append(method.exportCode());
        }
        return LineRejectedException.in(ExportColumn.DEFAULT_METHOD,
                shownValue == null ? "default method is missing; expected one of " + known
                        : "unknown default method " + shownValue + "; expected one of " + known);
    }

    MfaServerUser build(MfaServerUser.Builder builder) throws LineRejectedException {
        try {
            return builder.build();
        } catch (InvalidFieldException e) {
            throw LineRejectedException.in(ExportColumn.forUserField(e.field()), e.getMessage());
        }
    }

    /** Quotes a file value for a message, shortened so that a garbage line cannot produce a huge message. */
    static String shown(String value) {
        return '"' + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + '"';
    }
}
