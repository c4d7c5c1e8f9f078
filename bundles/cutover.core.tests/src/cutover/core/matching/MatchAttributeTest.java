package cutover.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatchAttributeTest {

    @Test
    void convertsObjectGuidToImmutableIdInWindowsByteOrder() {
        assertEquals("uihOG6Ev0hGIPwAW08ykJw==", MatchAttribute.immutableIdOf("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
        assertEquals("uihOG6Ev0hGIPwAW08ykJw==", MatchAttribute.immutableIdOf("1B4E28BA-2FA1-11D2-883F-0016D3CCA427"));
    }
}
