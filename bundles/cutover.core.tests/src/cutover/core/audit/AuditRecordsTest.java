package cutover.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditRecordsTest {

    private static final Instant TIME = Instant.parse("2026-03-02T09:15:30.1234567Z");
    private static final AuditEvent.Initiator MFA_APP = new AuditEvent.Initiator("Azure MFA Management",
            "981f26a1-7f43-403b-a875-f8b09b8cd720", null, null);

    private static AuditRecord record(PropertyChange... changes) {
        return AuditRecords.of(new AuditEvent("e-1", TIME, "Update user", "UserManagement", "Core Directory",
                "success", MFA_APP, "6f1c2a57-0c9e-4b4e-9d8e-2f1a3c4b5d6e", "ana.silva@contoso.com",
                List.of(changes)));
    }

    private static PropertyChange methods(String oldValue, String newValue) {
        return new PropertyChange("StrongAuthenticationMethod", oldValue, newValue);
    }

    private static int bits(MethodCode... methods) {
        int bits = 0;
        for (MethodCode method : methods) {
            bits |= method.bit();
        }
        return bits;
    }

    @Test
    void copiesTheEventsFields() {
        AuditRecord record = record();
        assertEquals(AuditOrigin.ENTRA, record.origin());
        assertEquals("e-1", record.key());
        assertEquals(TIME, record.time());
        assertEquals("Update user", record.activity());
        assertEquals("Azure MFA Management", record.initiator());
        assertEquals("ana.silva@contoso.com", record.userPrincipalName());
        assertEquals("6f1c2a57-0c9e-4b4e-9d8e-2f1a3c4b5d6e", record.userId());
        assertEquals("success", record.result());
        assertEquals(0, record.methods());
        assertEquals("", record.summary());
    }

    @Test
    void addedMethodsAndTheNewDefaultAreTouched() {
        AuditRecord record = record(methods("[]", "[{\"MethodType\":6,\"Default\":true},"
                + "{\"MethodType\":0,\"Default\":false},{\"MethodType\":5,\"Default\":false}]"));
        assertEquals(bits(MethodCode.AUTHENTICATOR_PUSH, MethodCode.VOICE_MOBILE, MethodCode.SMS), record.methods());
        assertEquals("added Authenticator push; added voice mobile; added SMS; default: none → Authenticator push",
                record.summary());
    }

    @Test
    void aMovedDefaultTouchesBothEndsOnly() {
        AuditRecord record = record(methods(
                "[{\"MethodType\":0,\"Default\":true},{\"MethodType\":6,\"Default\":false},"
                        + "{\"MethodType\":5,\"Default\":false}]",
                "[{\"MethodType\":6,\"Default\":true},{\"MethodType\":0,\"Default\":false},"
                        + "{\"MethodType\":5,\"Default\":false}]"));
        assertEquals(bits(MethodCode.VOICE_MOBILE, MethodCode.AUTHENTICATOR_PUSH), record.methods());
        assertEquals("default: voice mobile → Authenticator push", record.summary());
    }

    @Test
    void aRemovedMethodIsTouchedAndAnUnchangedOneIsNot() {
        AuditRecord record = record(methods(
                "[{\"MethodType\":2,\"Default\":true},{\"MethodType\":7,\"Default\":false}]",
                "[{\"MethodType\":2,\"Default\":true}]"));
        assertEquals(MethodCode.OTP.bit(), record.methods());
        assertEquals("removed hardware or software OTP", record.summary());
    }

    @Test
    void clearingEverythingTouchesEveryOldMethod() {
        AuditRecord record = record(methods(
                "[{\"MethodType\":3,\"Default\":true},{\"MethodType\":5,\"Default\":false}]", "[]"));
        assertEquals(bits(MethodCode.VOICE_ALTERNATE_MOBILE, MethodCode.SMS), record.methods());
        assertEquals("removed voice alternate mobile; removed SMS; default: voice alternate mobile → none",
                record.summary());
    }

    @Test
    void anUnknownCodeHasNoBitButIsSummarised() {
        AuditRecord record = record(methods("[]", "[{\"MethodType\":4,\"Default\":false}]"));
        assertEquals(0, record.methods());
        assertEquals("added method code 4", record.summary());
    }

    @Test
    void changedPhoneNumbersTouchTheirVoiceMethods() {
        AuditRecord record = record(new PropertyChange("StrongAuthenticationUserDetails",
                "[{\"PhoneNumber\":\"+1 4255550100\",\"AlternativePhoneNumber\":null,\"Email\":\"a@contoso.com\","
                        + "\"VoiceOnlyPhoneNumber\":\"+1 4255550199\"}]",
                "[{\"PhoneNumber\":\"+1 2065550100\",\"AlternativePhoneNumber\":\"+44 7700900123\","
                        + "\"Email\":\"b@contoso.com\",\"VoiceOnlyPhoneNumber\":\"+1 4255550199\"}]"));
        assertEquals(bits(MethodCode.VOICE_MOBILE, MethodCode.VOICE_ALTERNATE_MOBILE), record.methods());
        assertEquals("phone +1 4255550100 → +1 2065550100; alternate phone none → +44 7700900123; "
                + "email a@contoso.com → b@contoso.com", record.summary());

        AuditRecord officeRemoved = record(new PropertyChange("StrongAuthenticationUserDetails",
                "[{\"VoiceOnlyPhoneNumber\":\"+1 4255550199\"}]", "[]"));
        assertEquals(MethodCode.VOICE_OFFICE.bit(), officeRemoved.methods());
    }

    @Test
    void anEmailChangeAloneTouchesNoMethod() {
        AuditRecord record = record(new PropertyChange("StrongAuthenticationUserDetails",
                "[{\"PhoneNumber\":\"+1 4255550100\",\"Email\":null}]",
                "[{\"PhoneNumber\":\"+1 4255550100\",\"Email\":\"a@contoso.com\"}]"));
        assertEquals(0, record.methods());
        assertEquals("email none → a@contoso.com", record.summary());
    }

    @Test
    void anAddedOrRemovedDeviceTouchesAuthenticatorPush() {
        AuditRecord added = record(new PropertyChange("StrongAuthenticationPhoneAppDetail", "[]",
                "[{\"Id\":\"b2\",\"DeviceName\":\"iPhone 15\",\"AuthenticationType\":3}]"));
        assertEquals(MethodCode.AUTHENTICATOR_PUSH.bit(), added.methods());
        assertEquals("added Authenticator device iPhone 15", added.summary());

        AuditRecord removed = record(new PropertyChange("StrongAuthenticationPhoneAppDetail",
                "[{\"Id\":\"a1\",\"DeviceName\":\"Pixel 8\"},{\"Id\":\"b2\",\"DeviceName\":\"iPhone 15\"}]",
                "[{\"Id\":\"b2\",\"DeviceName\":\"iPhone 15\"}]"));
        assertEquals(MethodCode.AUTHENTICATOR_PUSH.bit(), removed.methods());
        assertEquals("removed Authenticator device Pixel 8", removed.summary());
    }

    @Test
    void aRenamedDeviceIsNoChange() {
        AuditRecord record = record(new PropertyChange("StrongAuthenticationPhoneAppDetail",
                "[{\"Id\":\"a1\",\"DeviceName\":\"Pixel 8\"}]", "[{\"Id\":\"a1\",\"DeviceName\":\"Work Pixel\"}]"));
        assertEquals(0, record.methods());
        assertEquals("", record.summary());
    }

    @Test
    void anUnreadableValueTouchesNothingAndIsSummarisedRaw() {
        AuditRecord record = record(methods("[{\"MethodType\":6,\"Default\":tru}]", "[]"),
                new PropertyChange("StrongAuthenticationPhoneAppDetail", "[]",
                        "[{\"Id\":\"b2\",\"DeviceName\":\"iPad\"}]"),
                methods("[]", "[{\"MethodType\":\"push\"}]"),
                new PropertyChange("StrongAuthenticationUserDetails", "[]", "{\"PhoneNumber\":\"+1\"}"));
        assertEquals(MethodCode.AUTHENTICATOR_PUSH.bit(), record.methods(), "only the readable change counts");
        assertTrue(record.summary().startsWith("StrongAuthenticationMethod: old value unreadable"), record.summary());
        assertTrue(record.summary().length() <= AuditRecord.SUMMARY_LIMIT);
    }

    @Test
    void otherPropertiesAreNamedAndTheListOfNamesIsLeftOut() {
        AuditRecord record = record(new PropertyChange("Department", "[\"Sales\"]", "[\"Marketing\"]"),
                new PropertyChange("Included Updated Properties", "", "\"Department, StrongAuthenticationMethod\""),
                methods("[]", "[{\"MethodType\":5,\"Default\":false}]"));
        assertEquals("Department changed; added SMS", record.summary());
        assertEquals(MethodCode.SMS.bit(), record.methods());
    }

    @Test
    void aLongSummaryIsCutWithAnEllipsis() {
        StringBuilder devices = new StringBuilder("[");
        for (int i = 0; i < 20; i++) {
            devices.append(i == 0 ? "" : ",").append("{\"Id\":\"d").append(i).append("\",\"DeviceName\":\"Phone ")
                    .append(i).append("\"}");
        }
        AuditRecord record = record(new PropertyChange("StrongAuthenticationPhoneAppDetail", "[]",
                devices.append("]").toString()));
        assertEquals(AuditRecord.SUMMARY_LIMIT, record.summary().length());
        assertTrue(record.summary().startsWith("added Authenticator device Phone 0; added Authenticator device"));
        assertTrue(record.summary().endsWith("…"));
    }

    @Test
    void theInitiatorIsTheAppThenTheUserThenAnIdThenUnknown() {
        assertEquals("Azure MFA Management", AuditRecords.initiatorOf(MFA_APP));
        assertEquals("admin@contoso.com", AuditRecords.initiatorOf(
                new AuditEvent.Initiator(null, null, "u-1", "admin@contoso.com")));
        assertEquals("app-1", AuditRecords.initiatorOf(new AuditEvent.Initiator(null, "app-1", null, null)));
        assertEquals("u-1", AuditRecords.initiatorOf(new AuditEvent.Initiator(null, null, "u-1", null)));
        assertEquals("unknown", AuditRecords.initiatorOf(AuditEvent.Initiator.UNKNOWN));
    }

    @Test
    void methodBitsAndNames() {
        assertEquals(1, MethodCode.VOICE_MOBILE.bit());
        assertEquals(32, MethodCode.OTP.bit());
        assertEquals(63, MethodCode.ALL_BITS);
        assertEquals("SMS, Authenticator push",
                MethodCode.namesOf(bits(MethodCode.AUTHENTICATOR_PUSH, MethodCode.SMS)));
        assertEquals("voice mobile, voice office, voice alternate mobile, SMS, Authenticator push, "
                + "hardware or software OTP", MethodCode.namesOf(MethodCode.ALL_BITS));
        assertEquals("", MethodCode.namesOf(0));
    }

    @Test
    void aRecordNeedsOriginKeyAndTimeAndAValidMask() {
        assertThrows(NullPointerException.class,
                () -> new AuditRecord(null, "k", TIME, null, null, null, null, null, 0, null));
        assertThrows(NullPointerException.class,
                () -> new AuditRecord(AuditOrigin.ENTRA, null, TIME, null, null, null, null, null, 0, null));
        assertThrows(NullPointerException.class,
                () -> new AuditRecord(AuditOrigin.ENTRA, "k", null, null, null, null, null, null, 0, null));
        assertThrows(IllegalArgumentException.class,
                () -> new AuditRecord(AuditOrigin.ENTRA, "k", TIME, null, null, null, null, null, 64, null));
    }
}
