package cutover.importers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cutover.importers.text.CsvFields.Quotes;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFieldsTest {

    @Test
    void splitsQuotedValuesAndKeepsBlanks() throws UnclosedQuoteException {
        for (Quotes quotes : Quotes.values()) {
            assertEquals(List.of("a", " b ", "", "c,d", "say \"hi\""),
                    CsvFields.split("a, b ,,\"c,d\",\"say \"\"hi\"\"\"", ',', quotes), quotes.name());
            assertEquals(List.of(""), CsvFields.split("", ',', quotes));
        }
    }

    @Test
    void aQuoteInsideAFieldIsTextOnlyWhenQuotesStartFields() throws UnclosedQuoteException {
        assertEquals(List.of("5\" x", "y"), CsvFields.split("5\" x,y", ',', Quotes.AT_FIELD_START));
        assertEquals(List.of("5 x,y"), CsvFields.split("5\" x,y\"", ',', Quotes.ANYWHERE));
        assertEquals(List.of("a b", "c"), CsvFields.split("  \"a b\",c", ',', Quotes.AT_FIELD_START),
                "blanks before the opening quote are dropped");
        assertEquals(List.of("  a b", "c"), CsvFields.split("  \"a b\",c", ',', Quotes.ANYWHERE));
    }

    @Test
    void semicolonsSeparateWhenTheHeaderHasNoCommas() throws UnclosedQuoteException {
        assertEquals(';', CsvFields.separatorOf("name;ip_address;target"));
        assertEquals(',', CsvFields.separatorOf("name,notes;more"));
        assertEquals(',', CsvFields.separatorOf("name"));
        assertEquals(List.of("VPN, A", "10.1.1.1"), CsvFields.split("\"VPN, A\";10.1.1.1", ';',
                Quotes.AT_FIELD_START));
    }

    @Test
    void aValueCannotSpanLines() {
        for (Quotes quotes : Quotes.values()) {
            assertThrows(UnclosedQuoteException.class, () -> CsvFields.split("\"VPN F;10.1.1.7", ';', quotes));
        }
    }
}
