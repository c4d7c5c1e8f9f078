package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.PhoneType;
import cutover.store.JournalWrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planned writes become the right Graph requests, and reading back tells whether each one is in Entra ID. */
class WriteRequestTest {

    private static final String USER = "0b6a1f52-9d7e-4c1a-8f3e-2a5b7c9d1e0f";
    private static final String MOBILE_ID = PhoneType.MOBILE.methodId();

    private static JournalWrite write(String method, String path, String body) {
        return new JournalWrite(0, "ada@contoso.com", USER, method, path, body, "PHONE-NO-EXT-MOBILE", null);
    }

    @Test
    void bodySummariesBecomeJsonAndPathsLoseTheirVersion() {
        WriteRequest add = WriteRequest.of(write("POST", "/v1.0/users/" + USER + "/authentication/phoneMethods",
                "phoneType=mobile, phoneNumber=+1 4255550100"));
        assertFalse(add.beta());
        assertEquals("/users/" + USER + "/authentication/phoneMethods", add.path());
        assertEquals("{\"phoneType\":\"mobile\",\"phoneNumber\":\"+1 4255550100\"}", add.json());

        WriteRequest preference = WriteRequest.of(write("PATCH", "/beta/users/" + USER
                + "/authentication/signInPreferences", "userPreferredMethodForSecondaryAuthentication=sms"));
        assertTrue(preference.beta());
        assertEquals("{\"userPreferredMethodForSecondaryAuthentication\":\"sms\"}", preference.json());

        assertNull(WriteRequest.of(write("DELETE", "/v1.0/users/" + USER + "/authentication/phoneMethods/"
                + MOBILE_ID, null)).json());
    }

    @Test
    void readingBackSaysWhetherEachWriteIsThere() {
        Map<PhoneType, String> phones = new EnumMap<>(PhoneType.class);
        phones.put(PhoneType.MOBILE, "+1 4255550100");
        ReadBack.UserState state = new ReadBack.UserState(phones, EntraMethod.SMS);

        assertTrue(ReadBack.applied(write("POST", "/v1.0/users/" + USER + "/authentication/phoneMethods",
                "phoneType=mobile, phoneNumber=+1 4255550100"), state));
        assertFalse(ReadBack.applied(write("PATCH", "/v1.0/users/" + USER + "/authentication/phoneMethods/"
                + MOBILE_ID, "phoneNumber=+1 4255550111"), state));
        assertFalse(ReadBack.applied(write("DELETE", "/v1.0/users/" + USER + "/authentication/phoneMethods/"
                + MOBILE_ID, null), state));
        assertTrue(ReadBack.applied(write("DELETE", "/v1.0/users/" + USER + "/authentication/phoneMethods/"
                + PhoneType.OFFICE.methodId(), null), state));
        assertTrue(ReadBack.applied(write("PATCH", "/beta/users/" + USER + "/authentication/signInPreferences",
                "userPreferredMethodForSecondaryAuthentication=sms"), state));
        assertFalse(ReadBack.applied(write("PATCH", "/beta/users/" + USER + "/authentication/signInPreferences",
                "userPreferredMethodForSecondaryAuthentication=voiceOffice"), state));
    }

    @Test
    void aPlanFileGivesItsWritesInOrderAndItsTenant(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, """
                {"format":"cutover-plan","version":1,"source":{"mfaServerFile":"m.csv","tenantFile":"t.jsonl",\
                "tenantId":"6f2c1d3e-4b5a-4978-8c6d-5e4f3a2b1c0d"},"summary":{"users":1},
                "actions":[
                {"upn":"ada@contoso.com","objectId":"%1$s","kind":"WRITE","method":"POST","path":"/v1.0/users/%1$s/authentication/phoneMethods","api":"v1.0","body":"phoneType=mobile, phoneNumber=+1 4255550100","rule":"PHONE-NO-EXT-MOBILE","reason":"r"},
                {"upn":"ada@contoso.com","objectId":"%1$s","kind":"SKIP","method":null,"path":null,"api":"none","body":null,"rule":"DEVICE-LIMIT","reason":"r"},
                {"upn":"ada@contoso.com","objectId":"%1$s","kind":"WRITE","method":"PATCH","path":"/beta/users/%1$s/authentication/signInPreferences","api":"beta","body":"userPreferredMethodForSecondaryAuthentication=sms","rule":"DEFAULT-ALWAYS","reason":"r"}
                ]}
                """.formatted(USER));
        PlanWrites.Writes writes = PlanWrites.read(plan);
        assertEquals("6f2c1d3e-4b5a-4978-8c6d-5e4f3a2b1c0d", writes.tenantId());
        assertEquals(2, writes.writes().size());
        assertEquals(1, writes.writes().get(1).seq());
        assertEquals("DEFAULT-ALWAYS", writes.writes().get(1).rule());
    }

    @Test
    void thePacerKeepsInsideItsBudget() {
        WritePacer pacer = new WritePacer(40, 2); // 20 per second after the first 40
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            assertTrue(pacer.acquire(10));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds >= 0.9, "60 writes with 40 at once and 20/s after take about 1 s, took " + seconds);
    }
}
