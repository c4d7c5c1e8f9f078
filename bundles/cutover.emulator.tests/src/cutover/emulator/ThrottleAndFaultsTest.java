package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.tenant.PhoneType;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottleAndFaultsTest extends RunningEmulator {

    private static final String ALEX_PHONES = "/v1.0/users/" + TestTenants.ALEX_ID + "/authentication/phoneMethods";
    private static final String MOBILE_BODY = "{\"phoneNumber\":\"+1 2065550100\",\"phoneType\":\"mobile\"}";

    @Test
    void eleventhWriteOfTenPer150SecondsIsThrottled() throws Exception {
        start(TestTenants.options().writeCapacity(10).writeWindow(Duration.ofSeconds(150)).build());
        assertEquals(201, http.send("POST", ALEX_PHONES, MOBILE_BODY).status());
        EmulatorHttp.Response last = null;
        for (int i = 1; i < 10; i++) {
            last = http.send("PATCH", ALEX_PHONES + "/" + PhoneType.MOBILE.methodId(),
                    "{\"phoneNumber\":\"+1 206555010" + i + "\"}");
            assertEquals(204, last.status(), "write " + (i + 1));
        }
        assertEquals("1", last.header("x-ms-resource-unit"));
        assertTrue(Double.parseDouble(last.header("x-ms-throttle-limit-percentage")) >= 0.9, "10 of 10 used");
        assertNotNull(last.header("x-ms-throttle-scope"));

        EmulatorHttp.Response throttled = http.send("PATCH", ALEX_PHONES + "/" + PhoneType.MOBILE.methodId(),
                "{\"phoneNumber\":\"+1 2065559999\"}");
        assertEquals(429, throttled.status());
        assertEquals("TooManyRequests", throttled.errorCode());
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 15, "one token per 15 s: " + retryAfter);
        assertEquals("+1 2065550109", phone(PhoneType.MOBILE));
        assertEquals(200, http.get(ALEX_PHONES).status(), "reads go on");
        assertEquals(1, emulator.stats().throttled());
    }

    @Test
    void timeScaleShortensTheWindow() throws Exception {
        start(TestTenants.options().writeCapacity(1).writeWindow(Duration.ofSeconds(10)).timeScale(20).build());
        assertEquals(201, http.send("POST", ALEX_PHONES, MOBILE_BODY).status());
        EmulatorHttp.Response throttled = http.send("DELETE", ALEX_PHONES + "/" + PhoneType.MOBILE.methodId(), null);
        assertEquals(429, throttled.status());
        assertEquals("1", throttled.header("Retry-After"), "a 10 s window at 20x frees a token within 0.5 s");
        Thread.sleep(600);
        assertEquals(204, http.send("DELETE", ALEX_PHONES + "/" + PhoneType.MOBILE.methodId(), null).status());
    }

    @Test
    void injected503DoesNotApplyTheWrite() throws Exception {
        start(TestTenants.options().faults(FaultRates.none().withUnavailable(1.0)).build());
        EmulatorHttp.Response response = http.send("POST", ALEX_PHONES, MOBILE_BODY);
        assertEquals(503, response.status());
        assertEquals("serviceNotAvailable", response.errorCode());
        assertNotNull(response.header("Retry-After"));
        assertNull(phone(PhoneType.MOBILE));
        WriteStats stats = emulator.stats();
        assertEquals(1, stats.faulted());
        assertEquals(0, stats.applied());
        assertEquals(503, http.get(ALEX_PHONES).status(), "reads fail too");
    }

    @Test
    void connectionResetDropsTheCallBeforeApplying() throws Exception {
        start(TestTenants.options().faults(FaultRates.none().withConnectionReset(1.0)).build());
        assertThrows(IOException.class, () -> http.send("POST", ALEX_PHONES, MOBILE_BODY));
        assertNull(phone(PhoneType.MOBILE));
        assertEquals(1, emulator.stats().faulted());
    }

    @Test
    void resetAfterApplyChangesTheTenantButAnswersNothing() throws Exception {
        start(TestTenants.options().faults(FaultRates.none().withResetAfterApply(1.0)).build());
        assertThrows(IOException.class, () -> http.send("POST", ALEX_PHONES, MOBILE_BODY));
        assertEquals("+1 2065550100", phone(PhoneType.MOBILE));
        EmulatorHttp.Response readBack = http.get(ALEX_PHONES);
        assertEquals(200, readBack.status(), "reads apply nothing, so they are never reset");
        assertEquals(1, readBack.json().getAsJsonArray("value").size());
    }

    @Test
    void faultsAreReproducibleForASeed() throws Exception {
        FaultRates rates = FaultRates.none().withThrottle(0.3).withGatewayTimeout(0.2);
        String first = statuses(TestTenants.options().faults(rates).randomSeed(5).build());
        emulator.close();
        String second = statuses(TestTenants.options().faults(rates).randomSeed(5).build());
        assertEquals(first, second);
        assertTrue(first.contains("429") && first.contains("504") && first.contains("200"), first);
    }

    @Test
    void fixedLatencyDelaysEveryCall() throws Exception {
        start(TestTenants.options().latency(Duration.ofMillis(50)).build());
        long started = System.nanoTime();
        http.get(ALEX_PHONES);
        assertTrue(System.nanoTime() - started >= 50_000_000L);
    }

    private String statuses(EmulatorOptions options) throws Exception {
        start(options);
        StringBuilder statuses = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            statuses.append(http.get(ALEX_PHONES).status()).append(' ');
        }
        return statuses.toString();
    }

    private String phone(PhoneType type) {
        var phone = emulator.tenant().user(TestTenants.ALEX_ID).orElseThrow().phone(type);
        return phone == null ? null : phone.phoneNumber();
    }
}
