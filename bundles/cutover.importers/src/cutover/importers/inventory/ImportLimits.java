package cutover.importers.inventory;

/**
 * Bounds that keep a hostile or broken collection from exhausting memory or disk time.
 *
 * @param maxFileBytes largest file read
 * @param maxZipEntries most entries a ZIP may have
 * @param maxZipBytes most bytes all entries of a ZIP may expand to
 * @param maxZipRatio largest expansion of an entry over 1 MiB (uncompressed / compressed)
 */
record ImportLimits(long maxFileBytes, int maxZipEntries, long maxZipBytes, int maxZipRatio) {

    static final ImportLimits DEFAULT = new ImportLimits(256L << 20, 20_000, 2L << 30, 200);
}
