package cutover.emulator;

import cutover.core.synthetic.SyntheticTenant;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.HardwareOathToken;
import cutover.core.tenant.TenantSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The emulated tenant: users with their authentication methods and sign-in preferences, groups (with nesting),
 * the authentication methods policy, the hardware OATH device directory, domains with their federation, Staged
 * Rollout policies, the directory audit log, and a {@link WriteCounter}. Thread-safe: all state sits behind one
 * read-write lock, so every Graph call sees and leaves a consistent tenant.
 *
 * <p>Hardware OATH secret keys are never kept, only their SHA-256; {@link #save(Path)} writes no secrets.
 */
public final class LocalTenant {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final TenantData data;
    private final WriteCounter writes = new WriteCounter();

    LocalTenant(TenantData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /**
     * {@link #synthetic(long, int, Instant)} with the audit history ending at the start of the current day (UTC):
     * equal arguments on the same day give equal tenants.
     */
    public static LocalTenant synthetic(long seed, int users) {
        return synthetic(seed, users, Instant.now().truncatedTo(ChronoUnit.DAYS));
    }

    /**
     * The Entra side of {@code new SyntheticTenant(seed).snapshot(users)} with
     * <ul>
     * <li>groups: "Cutover Migration" whose nested groups hold every user once, "Staged Rollout Pilot", two
     * groups both named "Sales", the dynamic group "All Sales (dynamic)" and "Partner Pilot" with two contacts;
     * every user is synchronised from on-premises ({@code onPremisesSyncEnabled});</li>
     * <li>domains: the users' UPN domain federated with AD FS ({@code federatedIdpMfaBehavior} not set), a managed
     * default domain and the managed initial onmicrosoft.com domain;</li>
     * <li>no Staged Rollout policy;</li>
     * <li>an audit history over the 60 days before {@code now}: MFA method updates of the "Azure MFA Management"
     * app (also under its newer name) for about 3 % of the users, and unrelated user updates by an admin.</li>
     * </ul>
     * Equal arguments give equal tenants.
     */
    public static LocalTenant synthetic(long seed, int users, Instant now) {
        Objects.requireNonNull(now, "now");
        LocalTenant tenant = from(new SyntheticTenant(seed).snapshot(users));
        tenant.write(data -> {
            SyntheticGroups.addTo(data, seed);
            SyntheticDomains.addTo(data, seed);
            SyntheticAudits.addTo(data, seed, now);
            return null;
        });
        return tenant;
    }

    /** A tenant with the snapshot's users, methods and policy, and no groups, domains or audit entries. */
    public static LocalTenant from(TenantSnapshot snapshot) {
        TenantData data = new TenantData(snapshot.tenantId(), snapshot.policy());
        for (EntraUser user : snapshot.users()) {
            data.addUser(UserState.of(user));
        }
        for (EntraUser user : snapshot.users()) {
            for (HardwareOathToken token : user.hardwareOath()) {
                if (data.device(token.id()) == null) {
                    data.addDevice(new OathDeviceState(token.id(), token.serialNumber(), token.manufacturer(),
                            token.model(), 30, "hmacsha1", null, token.status(), user.objectId()));
                }
            }
        }
        return new LocalTenant(data);
    }

    /** Reads a tenant {@link #save(Path) saved} before. */
    public static LocalTenant load(Path file) throws IOException {
        return new LocalTenant(TenantStateFile.read(file));
    }

    /** Writes the tenant as JSON, atomically (temporary file, then move). Write counts are not saved. */
    public void save(Path file) throws IOException {
        TenantStateFile.write(read(TenantStateFile::toJson), file);
    }

    public String tenantId() {
        return data.tenantId;
    }

    public int userCount() {
        return read(TenantData::userCount);
    }

    /** The user with this object id or user principal name (any case), as the core model has it. */
    public Optional<EntraUser> user(String idOrUpn) {
        return Optional.ofNullable(read(data -> {
            UserState user = data.user(idOrUpn);
            return user == null ? null : user.toEntraUser(hardwareTokens(data, user));
        }));
    }

    /** The tenant as it is now, for comparing with what a client expects. */
    public TenantSnapshot snapshot() {
        return read(data -> {
            List<EntraUser> users = new ArrayList<>();
            for (UserState user : data.users()) {
                users.add(user.toEntraUser(hardwareTokens(data, user)));
            }
            return new TenantSnapshot(data.tenantId, Instant.now(), data.policy, users);
        });
    }

    /** Every hardware OATH token of the device directory, assigned or not. */
    public List<HardwareOathToken> hardwareOathDevices() {
        return read(data -> data.devices().stream().map(OathDeviceState::toToken).toList());
    }

    /**
     * Whether the hardware OATH token with this serial number was created with this secret key. The tenant keeps
     * only the key's SHA-256, so this is the one way to check what a client sent.
     */
    public boolean hardwareOathSecretMatches(String serialNumber, String secretKey) {
        return read(data -> {
            OathDeviceState device = data.deviceBySerial(serialNumber);
            return device != null && device.secretKeySha256 != null
                    && device.secretKeySha256.equals(SecretHash.sha256Hex(secretKey));
        });
    }

    /** Ids of the groups with this display name (any case). */
    public List<String> groupIds(String displayName) {
        return read(data -> data.groups().stream().filter(g -> g.displayName.equalsIgnoreCase(displayName))
                .map(g -> g.id).toList());
    }

    /** Object ids of the users in the group and its nested groups, each once. */
    public List<String> transitiveUserIds(String groupId) {
        return read(data -> data.transitiveUsers(data.requireGroup(groupId)).stream().map(u -> u.id).toList());
    }

    /**
     * Adds a group. Members must exist already.
     *
     * @throws IllegalArgumentException when the id is taken or a member is unknown
     */
    public void addGroup(String id, String displayName, Collection<String> memberUserIds,
            Collection<String> memberGroupIds) {
        write(data -> {
            GroupState group = new GroupState(id, displayName);
            for (String userId : memberUserIds) {
                if (data.user(userId) == null) {
                    throw new IllegalArgumentException("unknown user " + userId);
                }
                group.memberUserIds.add(userId);
            }
            for (String groupId : memberGroupIds) {
                if (data.group(groupId) == null) {
                    throw new IllegalArgumentException("unknown group " + groupId);
                }
                group.memberGroupIds.add(groupId);
            }
            data.addGroup(group);
            return null;
        });
    }

    /**
     * Adds a cloud-only user (created in Entra ID, not synchronised: no on-premises values) to an existing group.
     *
     * @throws IllegalArgumentException when the id is taken or the group is unknown
     */
    public void addCloudOnlyUser(String id, String userPrincipalName, String groupId) {
        write(data -> {
            if (data.user(id) != null) {
                throw new IllegalArgumentException("user " + id + " exists");
            }
            GroupState group = data.group(groupId);
            if (group == null) {
                throw new IllegalArgumentException("unknown group " + groupId);
            }
            data.addUser(new UserState(id, userPrincipalName, null, null, null, null, null, null));
            group.memberUserIds.add(id);
            return null;
        });
    }

    /** The names of the tenant's domains. */
    public List<String> domainNames() {
        return read(data -> data.domains().stream().map(d -> d.id).toList());
    }

    /**
     * The {@code federatedIdpMfaBehavior} of a federated domain, or null while it is not set.
     *
     * @throws IllegalArgumentException when the tenant has no such domain or it is not federated
     */
    public String federatedIdpMfaBehavior(String domainName) {
        return read(data -> {
            DomainState domain = data.domains().stream().filter(d -> d.id.equalsIgnoreCase(domainName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no domain " + domainName));
            if (domain.federation == null) {
                throw new IllegalArgumentException(domainName + " is not federated");
            }
            return domain.federation.text(FederationState.MFA_BEHAVIOR);
        });
    }

    /**
     * The ids of the groups the Staged Rollout policy of a feature (Graph's name, for example
     * {@code multiFactorAuthentication}) applies to; empty when there is no policy for the feature.
     */
    public List<String> featureRolloutGroupIds(String feature) {
        return read(data -> data.rolloutPolicies().stream().filter(p -> p.feature.equalsIgnoreCase(feature))
                .findFirst().map(p -> List.copyOf(p.groupIds)).orElse(List.of()));
    }

    /** How many entries the directory audit log holds (at most 50,000; the oldest are dropped). */
    public int auditEntryCount() {
        return read(data -> data.audits.size());
    }

    /** The write counts of all Graph calls served from this tenant. */
    public WriteCounter writes() {
        return writes;
    }

    /** Runs a query under the read lock. */
    <T> T read(Function<TenantData, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(data);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a change under the write lock; a change that throws must not have changed anything before. */
    <T> T write(Function<TenantData, T> change) {
        lock.writeLock().lock();
        try {
            return change.apply(data);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static List<HardwareOathToken> hardwareTokens(TenantData data, UserState user) {
        return data.devicesOf(user).stream().map(OathDeviceState::toToken).toList();
    }
}
