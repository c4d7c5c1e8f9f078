package cutover.core.mfaserver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One user as MFA Server knows them: on-premises identity, phones, default method, mobile app activations and
 * OATH token. Immutable; create instances with {@link #builder()}.
 *
 * <p>Consistency rules enforced by {@link Builder#build()}: a phone call or text message default method needs a
 * phone, a mobile app default method needs at least one device, and the OATH token method needs a token serial.
 */
public final class MfaServerUser {

    private final OnPremisesIdentity identity;
    private final PhoneNumber phone;
    private final PhoneNumber backupPhone;
    private final DefaultMethod defaultMethod;
    private final List<MobileAppDevice> devices;
    private final String oathTokenSerial;
    private final String language;
    private final boolean enabled;
    private final Instant lastChanged;

    private MfaServerUser(Builder builder) {
        this.identity = builder.identity;
        this.phone = builder.phone;
        this.backupPhone = builder.backupPhone;
        this.defaultMethod = builder.defaultMethod;
        this.devices = List.copyOf(builder.devices);
        this.oathTokenSerial = builder.oathTokenSerial;
        this.language = builder.language;
        this.enabled = builder.enabled;
        this.lastChanged = builder.lastChanged;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this user's values, for deriving a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder().identity(identity).phone(phone).backupPhone(backupPhone)
                .defaultMethod(defaultMethod).oathTokenSerial(oathTokenSerial).language(language).enabled(enabled)
                .lastChanged(lastChanged);
        builder.devices = devices;
        return builder;
    }

    public OnPremisesIdentity identity() {
        return identity;
    }

    /** The user principal name, the key users are matched on. */
    public String upn() {
        return identity.userPrincipalName();
    }

    /** Primary phone, or null. */
    public PhoneNumber phone() {
        return phone;
    }

    /** Backup phone, or null. */
    public PhoneNumber backupPhone() {
        return backupPhone;
    }

    public DefaultMethod defaultMethod() {
        return defaultMethod;
    }

    /** Mobile app activations in the order of the source (unmodifiable). */
    public List<MobileAppDevice> devices() {
        return devices;
    }

    public int deviceCount() {
        return devices.size();
    }

    /** Serial number of the user's hardware OATH token, or null. */
    public String oathTokenSerial() {
        return oathTokenSerial;
    }

    /** Language tag such as {@code en} or {@code de-DE}, or null for the server default. */
    public String language() {
        return language;
    }

    public boolean enabled() {
        return enabled;
    }

    /** When MFA Server last changed the user, or null when unknown. */
    public Instant lastChanged() {
        return lastChanged;
    }

    /** True when the phone or the backup phone has an extension, which Entra ID handles differently. */
    public boolean hasExtension() {
        return (phone != null && phone.hasExtension()) || (backupPhone != null && backupPhone.hasExtension());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MfaServerUser that
                && enabled == that.enabled
                && defaultMethod == that.defaultMethod
                && identity.equals(that.identity)
                && Objects.equals(phone, that.phone)
                && Objects.equals(backupPhone, that.backupPhone)
                && devices.equals(that.devices)
                && Objects.equals(oathTokenSerial, that.oathTokenSerial)
                && Objects.equals(language, that.language)
                && Objects.equals(lastChanged, that.lastChanged);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identity, phone, backupPhone, defaultMethod, devices, oathTokenSerial, language, enabled,
                lastChanged);
    }

    /** Short on purpose: names the user without phone numbers or device identifiers. */
    @Override
    public String toString() {
        return "MfaServerUser[" + upn() + ", " + defaultMethod.exportCode() + ", devices=" + devices.size()
                + (enabled ? "" : ", disabled") + "]";
    }

    /** Collects the values of a user; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {

        private OnPremisesIdentity identity;
        private PhoneNumber phone;
        private PhoneNumber backupPhone;
        private DefaultMethod defaultMethod;
        /** Often an immutable list, which {@code List.copyOf} keeps without copying; see {@link #addDevice}. */
        private List<MobileAppDevice> devices = List.of();
        /** True once {@link #devices} is a list of this builder's own, which it may change. */
        private boolean ownsDevices;
        private String oathTokenSerial;
        private String language;
        private boolean enabled = true;
        private Instant lastChanged;

        private Builder() {
        }

        public Builder identity(OnPremisesIdentity identity) {
            this.identity = identity;
            return this;
        }

        /** Shortcut for an identity that only has a user principal name. */
        public Builder upn(String userPrincipalName) {
            return identity(OnPremisesIdentity.ofUpn(userPrincipalName));
        }

        public Builder phone(PhoneNumber phone) {
            this.phone = phone;
            return this;
        }

        public Builder backupPhone(PhoneNumber backupPhone) {
            this.backupPhone = backupPhone;
            return this;
        }

        public Builder defaultMethod(DefaultMethod defaultMethod) {
            this.defaultMethod = defaultMethod;
            return this;
        }

        /** Replaces the devices with the given ones, keeping their order; the list is copied when building. */
        public Builder devices(List<MobileAppDevice> devices) {
            this.devices = Objects.requireNonNull(devices, "devices");
            this.ownsDevices = false;
            return this;
        }

        public Builder addDevice(MobileAppDevice device) {
            if (!ownsDevices) {
                devices = new ArrayList<>(devices);
                ownsDevices = true;
            }
            devices.add(device);
            return this;
        }

        public Builder oathTokenSerial(String oathTokenSerial) {
            this.oathTokenSerial = Checks.emptyToNull(oathTokenSerial);
            return this;
        }

        public Builder language(String language) {
            this.language = Checks.emptyToNull(language);
            return this;
        }

        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public Builder lastChanged(Instant lastChanged) {
            this.lastChanged = lastChanged;
            return this;
        }

        /** Validates the collected values and creates the user. */
        public MfaServerUser build() {
            if (identity == null) {
                throw new InvalidFieldException("identity", "user principal name is missing");
            }
            String who = " for user " + identity.userPrincipalName();
            if (defaultMethod == null) {
                throw new InvalidFieldException("defaultMethod", "default method is missing" + who);
            }
            for (int i = 0; i < devices.size(); i++) {
                if (devices.get(i) == null) {
                    throw new InvalidFieldException("devices", "device " + (i + 1) + " is missing" + who);
                }
            }
            checkOathTokenSerial(oathTokenSerial);
            checkLanguage(language);
            if (defaultMethod.needsPhone() && phone == null) {
                throw new InvalidFieldException("phone", "default method " + defaultMethod.label()
                        + " needs a phone number, but the user has none");
            }
            if (defaultMethod.isMobileApp() && devices.isEmpty()) {
                throw new InvalidFieldException("devices", "default method " + defaultMethod.label()
                        + " needs at least one activated mobile app device, but the user has none");
            }
            if (defaultMethod == DefaultMethod.OATH_TOKEN && oathTokenSerial == null) {
                throw new InvalidFieldException("oathTokenSerial", "default method " + defaultMethod.label()
                        + " needs an OATH token serial number, but the user has none");
            }
            return new MfaServerUser(this);
        }

        private static void checkOathTokenSerial(String serial) {
            if (serial == null) {
                return;
            }
            if (serial.length() > 64) {
                throw new InvalidFieldException("oathTokenSerial", "OATH token serial " + Checks.quote(serial)
                        + " is longer than 64 characters");
            }
            for (int i = 0; i < serial.length(); i++) {
                char c = serial.charAt(i);
                boolean allowed = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                        || c == '-' || c == '_' || c == '.';
                if (!allowed) {
                    throw new InvalidFieldException("oathTokenSerial", "OATH token serial " + Checks.quote(serial)
                            + " may only contain letters, digits, '-', '_' and '.'");
                }
            }
        }

        /** Accepts BCP 47 shaped tags: 2 or 3 letters, then optional '-' separated subtags of 1 to 8 letters/digits. */
        private static void checkLanguage(String language) {
            if (language == null) {
                return;
            }
            boolean valid = language.length() <= 35;
            int subtag = 0;
            int subtagLength = 0;
            for (int i = 0; valid && i <= language.length(); i++) {
                char c = i < language.length() ? language.charAt(i) : '-';
                if (c == '-') {
                    valid = subtag == 0 ? subtagLength == 2 || subtagLength == 3 : subtagLength >= 1;
                    subtag++;
                    subtagLength = 0;
                } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (subtag > 0 && c >= '0' && c <= '9')) {
                    valid = ++subtagLength <= 8;
                } else {
                    valid = false;
                }
            }
            if (!valid) {
                throw new InvalidFieldException("language", "language " + Checks.quote(language)
                        + " must be a language tag such as en, de-DE or pt-BR");
            }
        }
    }
}
