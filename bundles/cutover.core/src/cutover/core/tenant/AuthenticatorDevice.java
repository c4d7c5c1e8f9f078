package cutover.core.tenant;

import java.time.Instant;

/**
 * A Microsoft Authenticator registration ({@code microsoftAuthenticatorAuthenticationMethod}). Graph cannot create
 * these: a user whose MFA Server app activation has no counterpart here must register the app again.
 *
 * @param id the method id
 * @param displayName device name, or null
 * @param deviceTag device tag such as {@code SoftwareTokenActivated}, or null
 * @param createdDateTime when it was registered, or null when Graph does not say
 */
public record AuthenticatorDevice(String id, String displayName, String deviceTag, Instant createdDateTime) {

    public AuthenticatorDevice {
        TenantChecks.requireText("id", id);
        displayName = TenantChecks.optionalText("displayName", displayName);
        deviceTag = TenantChecks.optionalText("deviceTag", deviceTag);
    }
}
