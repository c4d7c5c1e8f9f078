package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    @Test
    void dropsTheOldestEntriesBeyondItsCapacity() {
        AuditTrail trail = new AuditTrail(3);
        for (int i = 0; i < 5; i++) {
            trail.add(entry(i));
        }
        assertEquals(3, trail.size());
        assertEquals(List.of("2", "3", "4"), trail.entries().stream().map(AuditEntry::correlationId).toList());
    }

    @Test
    void theTenantsLogIsCapped() {
        assertEquals(50_000, AuditTrail.CAPACITY);
        LocalTenant tenant = LocalTenant.synthetic(5, 3_000, Instant.parse("2026-03-01T00:00:00Z"));
        int seeded = tenant.auditEntryCount();
        tenant.write(data -> {
            for (int i = 0; i < AuditTrail.CAPACITY; i++) {
                data.audits.add(entry(i));
            }
            return null;
        });
        assertEquals(AuditTrail.CAPACITY, tenant.auditEntryCount());
        assertEquals("0", tenant.read(data -> data.audits.entries().get(0).correlationId()),
                "the " + seeded + " seeded entries were the oldest and went first");
    }

    private static AuditEntry entry(int i) {
        return AuditEntries.entry(Integer.toString(i), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
                AuditEntries.emulatorApp(TestTenants.TENANT_ID), AuditActivity.UPDATE_USER, "", List.of(), List.of());
    }
}
