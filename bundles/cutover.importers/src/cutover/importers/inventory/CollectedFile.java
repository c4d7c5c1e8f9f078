package cutover.importers.inventory;

/**
 * One file of a collection.
 *
 * @param displayName how problems and evidence name it: the path relative to the collection, for a ZIP entry
 *            {@code archive.zip!path}
 * @param source the server it was collected from: the name of the folder it is in
 * @param fileName the last part of its path
 * @param size its size in bytes
 */
record CollectedFile(String displayName, String source, String fileName, long size) {

    /**
     * @param displayName how the file is named in messages
     * @param relativePath its path below the top of the collection
     * @param topName the name of the collection's top folder (a ZIP's name without .zip), the source of files that
     *            lie directly in it
     */
    static CollectedFile of(String displayName, String relativePath, String topName, long size) {
        String path = relativePath.replace('\\', '/');
        int last = path.lastIndexOf('/');
        String source = last < 0 ? topName : path.substring(path.lastIndexOf('/', last - 1) + 1, last);
        return new CollectedFile(displayName, source, last < 0 ? path : path.substring(last + 1), size);
    }

    /** The name of the folder the file is in, or null when it is at the top of the collection. */
    String folderName() {
        String path = displayName.substring(displayName.indexOf('!') + 1).replace('\\', '/');
        int last = path.lastIndexOf('/');
        return last < 0 ? null : path.substring(path.lastIndexOf('/', last - 1) + 1, last);
    }
}
