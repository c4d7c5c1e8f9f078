package cutover.core.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryColumnTest {

    private static final List<String> ROWS = Arrays.asList("Ana", "bo", "ana", null, "", "BO", "Cy", "bo", "Ana");

    private static DictionaryColumn column() {
        DictionaryColumn.Builder builder = new DictionaryColumn.Builder();
        ROWS.forEach(builder::add);
        int[] order = new int[ROWS.size()];
        Arrays.setAll(order, row -> row);
        return builder.build(order);
    }

    @Test
    void storesEachDistinctValueOnce() {
        DictionaryColumn column = column();
        assertEquals(7, column.distinctCount());
        for (int row = 0; row < ROWS.size(); row++) {
            assertEquals(ROWS.get(row), column.value(row));
        }
        assertEquals(column.code(0), column.code(8));
        assertEquals("", column.text(3));
    }

    @Test
    void foldsValuesThatDifferOnlyInCase() {
        DictionaryColumn column = column();
        int[] folded = column.caseFoldedCodes();
        int[] byRow = Arrays.stream(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}).map(row -> folded[column.code(row)])
                .toArray();
        assertEquals(byRow[0], byRow[2], "Ana, ana");
        assertEquals(byRow[1], byRow[5], "bo, BO");
        assertEquals(byRow[3], byRow[4], "null, empty");
        assertEquals(4, Arrays.stream(byRow).distinct().count());
        assertEquals(column.code(2), byRow[0], "the lower-case value's code when there is one");
    }

    @Test
    void ranksInAnyCase() {
        DictionaryColumn column = column();
        DictionaryColumn.Ranks ranks = column.ranks();
        assertEquals(4, ranks.count());
        int[] byRow = Arrays.stream(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8})
                .map(row -> ranks.byCode()[column.code(row)]).toArray();
        assertArrayEquals(new int[] {1, 2, 1, 0, 0, 2, 3, 2, 1}, byRow);
    }

    @Test
    void choicesAndMatches() {
        DictionaryColumn column = column();
        assertEquals(List.of("Ana", "BO", "Cy"), column.sortedDistinct(), "one spelling of each");
        boolean[] containing = column.codesContaining("b", Cancellation.NEVER);
        assertEquals(true, containing[column.code(5)]);
        assertEquals(false, containing[column.code(3)]);
    }
}
