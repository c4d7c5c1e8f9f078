package cutover.core.tenant;

/**
 * A software OATH token registration. Only the id: Graph always returns its secret key as null.
 *
 * @param id the method id
 */
public record SoftwareOathMethod(String id) {

    public SoftwareOathMethod {
        TenantChecks.requireText("id", id);
    }
}
