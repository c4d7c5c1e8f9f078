package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UpnIndexTest {

    @Test
    void remembersTheFirstLineIgnoringCase() {
        UpnIndex index = new UpnIndex(0);

        assertEquals(-1, index.putIfAbsent("alex@contoso.com", 3));
        assertEquals(-1, index.putIfAbsent("alexa@contoso.com", 4));
        assertEquals(3, index.putIfAbsent("ALEX@Contoso.COM", 9));
        assertEquals(-1, index.putIfAbsent("zoë@contoso.com", 10));
        assertEquals(10, index.putIfAbsent("ZOË@contoso.com", 11));
        assertEquals(3, index.size());
    }

    @Test
    void growsBeyondTheExpectedSize() {
        UpnIndex index = new UpnIndex(10);
        for (int i = 0; i < 50_000; i++) {
            assertEquals(-1, index.putIfAbsent("user" + i + "@contoso.com", i));
        }
        for (int i = 0; i < 50_000; i += 997) {
            assertEquals(i, index.putIfAbsent("USER" + i + "@contoso.com", -5));
        }
        assertEquals(50_000, index.size());
    }

    @Test
    void hashAgreesWithEqualsIgnoreCaseForSpecialLetters() {
        String[][] pairs = {{"ı", "I"}, {"ſ", "S"}, {"K", "k"}, {"ǅ", "ǆ"}, {"Σ", "ς"}};
        for (String[] pair : pairs) {
            if (pair[0].equalsIgnoreCase(pair[1])) {
                assertEquals(UpnIndex.hash(pair[0]), UpnIndex.hash(pair[1]), pair[0] + " " + pair[1]);
            }
        }
    }
}
