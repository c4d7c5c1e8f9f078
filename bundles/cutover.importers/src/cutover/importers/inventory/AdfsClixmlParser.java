package cutover.importers.inventory;

import java.io.Reader;
import java.util.List;

/** Reads AD FS objects written by {@code Export-Clixml}. */
final class AdfsClixmlParser {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_TEXT = 1 << 20;

    void parse(Reader text, FileFindings out) throws InventoryFormatException {
        AdfsObjects objects = new AdfsObjects(out);
        try (SafeXml xml = new SafeXml(text, MAX_DEPTH, MAX_TEXT)) {
            new ClixmlReader(xml).read((value, line, index) -> {
                String path = "Objs/Obj[" + (index + 1) + "]";
                if (value instanceof ClixmlReader.PsObject object) {
                    objects.accept(object.properties(), object.typeNames(), line,
                            property -> object.lineOf(property, line), path);
                } else {
                    out.problem(line, path + " is not an object with properties; it was skipped");
                }
            });
        }
        objects.finish();
    }
}
