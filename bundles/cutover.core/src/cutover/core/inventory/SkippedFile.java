package cutover.core.inventory;

/**
 * A collected file the import did not read because it is none of the known kinds. Not an error.
 *
 * @param file the file, relative to the collection
 * @param reason why it was skipped
 */
public record SkippedFile(String file, String reason) {

    @Override
    public String toString() {
        return file + ": skipped, " + reason;
    }
}
