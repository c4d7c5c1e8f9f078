package cutover.migration.ui.users;

import java.util.Locale;
import java.util.function.Predicate;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;

/**
 * What the Users view shows: UPN text (case-insensitive, anywhere in the UPN), a default method, whether a
 * phone has an extension, and a device-count range. A {@code null} criterion matches everything.
 */
public record UserFilter(String upnText, DefaultMethod method, Boolean hasExtension, Integer minDevices,
        Integer maxDevices) implements Predicate<MfaServerUser> {

    public static final UserFilter NONE = new UserFilter(null, null, null, null, null);

    public UserFilter {
        upnText = upnText == null || upnText.isBlank() ? null : upnText.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return upnText == null && method == null && hasExtension == null && minDevices == null && maxDevices == null;
    }

    public UserFilter withUpnText(String text) {
        return new UserFilter(text, method, hasExtension, minDevices, maxDevices);
    }

    public UserFilter withMethod(DefaultMethod newMethod) {
        return new UserFilter(upnText, newMethod, hasExtension, minDevices, maxDevices);
    }

    public UserFilter withExtension(Boolean extension) {
        return new UserFilter(upnText, method, extension, minDevices, maxDevices);
    }

    public UserFilter withDevices(Integer min, Integer max) {
        return new UserFilter(upnText, method, hasExtension, min, max);
    }

    @Override
    public boolean test(MfaServerUser user) {
        if (method != null && user.defaultMethod() != method) {
            return false;
        }
        if (hasExtension != null && user.hasExtension() != hasExtension) {
            return false;
        }
        int devices = user.deviceCount();
        if (minDevices != null && devices < minDevices || maxDevices != null && devices > maxDevices) {
            return false;
        }
        return upnText == null || containsIgnoreCase(user.upn(), upnText);
    }

    private static boolean containsIgnoreCase(String haystack, String lowerNeedle) {
        int last = haystack.length() - lowerNeedle.length();
        for (int i = 0; i <= last; i++) {
            if (haystack.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
                return true;
            }
        }
        return false;
    }
}
