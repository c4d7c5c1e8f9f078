package cutover.importers.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of a collection delivered as a ZIP archive, read in place (nothing is extracted to disk). Before any
 * entry is read the archive is checked: number of entries, entry names (no {@code ..}, no absolute paths or drive
 * letters), declared sizes and compression ratios. While reading, the bytes really produced are counted against the
 * same limits, since the sizes in an archive's directory can lie.
 */
final class ZipCollection implements AutoCloseable {

    private static final long RATIO_CHECK_FROM = 1L << 20;

    private final ZipFile zip;
    private final ImportLimits limits;
    private final List<ZipEntry> entries = new ArrayList<>();
    private long expandedBytes;

    private ZipCollection(ZipFile zip, ImportLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    static ZipCollection open(Path file, ImportLimits limits) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ZipRefusedException("the file is not a valid ZIP archive (" + e.getMessage() + ")");
        }
        ZipCollection collection = new ZipCollection(zip, limits);
        try {
            collection.check();
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
        return collection;
    }

    private void check() {
        if (zip.size() > limits.maxZipEntries()) {
            throw new ZipRefusedException("the archive has " + zip.size() + " entries, more than the "
                    + limits.maxZipEntries() + " Cutover accepts");
        }
        long declared = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String unsafe = unsafeName(entry.getName());
            if (unsafe != null) {
                throw new ZipRefusedException("the archive is refused: the entry \"" + entry.getName() + "\" "
                        + unsafe);
            }
            if (entry.isDirectory()) {
                continue;
            }
            long size = entry.getSize();
            if (size > 0) {
                declared += size;
                checkRatio(entry, size);
            }
            if (declared > limits.maxZipBytes()) {
                throw new ZipRefusedException("the archive expands to more than " + limits.maxZipBytes()
                        + " bytes; it is refused as a possible ZIP bomb");
            }
            entries.add(entry);
        }
        // the same order as the files of a folder, so that a folder and its ZIP import alike
        entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
    }

    private void checkRatio(ZipEntry entry, long expanded) {
        long compressed = Math.max(1, entry.getCompressedSize());
        if (expanded > RATIO_CHECK_FROM && expanded / compressed > limits.maxZipRatio()) {
            throw new ZipRefusedException("the entry \"" + entry.getName() + "\" expands " + expanded / compressed
                    + " times (more than " + limits.maxZipRatio() + "); the archive is refused as a possible ZIP bomb");
        }
    }

    /** Why an entry name could write or point outside the archive's folder, or null when it is fine. */
    static String unsafeName(String name) {
        if (name.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':') {
            return "is an absolute path";
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return "climbs out of the archive with \"..\"";
            }
        }
        return null;
    }

    /** The file entries, by name. */
    List<ZipEntry> entries() {
        return entries;
    }

    long declaredBytes() {
        long total = 0;
        for (ZipEntry entry : entries) {
            total += Math.max(0, entry.getSize());
        }
        return total;
    }

    InputStream open(ZipEntry entry) throws IOException {
        return new EntryStream(zip.getInputStream(entry), entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** An entry's bytes, counted against its declared size and the limits as it really expands. */
    private final class EntryStream extends CountingInputStream {

        private final ZipEntry entry;
        private long read;

        EntryStream(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        void counted(int bytes) {
            read += bytes;
            expandedBytes += bytes;
            if (entry.getSize() >= 0 && read > entry.getSize()) {
                throw new ZipRefusedException("the entry \"" + entry.getName() + "\" expands beyond the size the "
                        + "archive declares; the archive is refused");
            }
            if (expandedBytes > limits.maxZipBytes()) {
                throw new ZipRefusedException("the archive expands to more than " + limits.maxZipBytes()
                        + " bytes; it is refused as a possible ZIP bomb");
            }
            checkRatio(entry, read);
        }
    }
}
