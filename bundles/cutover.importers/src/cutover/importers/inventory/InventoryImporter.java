package cutover.importers.inventory;

import cutover.core.inventory.ImportedInventory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Imports a dependency collection: a folder (searched recursively), a ZIP archive of one, or a single file. Each
 * file's kind is told from its content; files of no known kind are listed as skipped. Each server's files belong in
 * a folder of their own, named after the server: the name of the folder a file is in becomes its dependencies'
 * source, which relates them (a RADIUS client to the NPS extension of its server) and keeps their ids the same
 * whether the file is imported alone, in a folder or in a ZIP.
 *
 * <p>A file that cannot be read is reported as {@code file:line: reason} and contributes nothing; the other files
 * are imported regardless. A ZIP that is unsafe (too many entries, expanding too far, entries named outside the
 * archive) is refused whole. Progress is reported in KiB read; cancelling the monitor ends the import with an
 * {@link OperationCanceledException} and no result. Instances hold no state between calls.
 */
public final class InventoryImporter {

    private final ImportLimits limits;

    public InventoryImporter() {
        this(ImportLimits.DEFAULT);
    }

    InventoryImporter(ImportLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @param path a folder, a {@code .zip} file, or one collected file
     * @param monitor progress and cancellation; may be null
     * @return what was found, with the problems and skipped files; never null
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public ImportedInventory importFrom(Path path, IProgressMonitor monitor) {
        Objects.requireNonNull(path, "path");
        InventoryCollector collector = new InventoryCollector();
        String shown = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            importFolder(path, collector, monitor);
        } else if (!Files.exists(path)) {
            collector.problem(path.toString(), 0, "the file or folder does not exist");
        } else if (isZip(path)) {
            return importZip(path, shown, monitor);
        } else {
            // a file on its own belongs to the server its folder is named after, as it would in a collection
            Path parent = path.toAbsolutePath().getParent();
            Path root = parent.getParent() == null ? parent : parent.getParent();
            importFiles(root, List.of(path.toAbsolutePath()), collector, monitor);
        }
        return collector.result();
    }

    private void importFolder(Path root, InventoryCollector collector, IProgressMonitor monitor) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    collector.problem(relative(root, file), 0, "cannot be read: " + reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            collector.problem(root.toString(), 0, "the folder cannot be read: " + reason(e));
        }
        files.sort(Comparator.comparing(file -> relative(root, file)));
        importFiles(root, files, collector, monitor);
    }

    private void importFiles(Path root, List<Path> files, InventoryCollector collector, IProgressMonitor monitor) {
        long total = 0;
        for (Path file : files) {
            total += size(file);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the dependency collection", units(total)
                + files.size());
        String top = root.getFileName() == null ? "" : root.getFileName().toString();
        for (Path file : files) {
            checkCancelled(progress);
            String relative = relative(root, file);
            long size = size(file);
            CollectedFile collected = CollectedFile.of(relative, relative, top, size);
            if (size > limits.maxFileBytes()) {
                collector.problem(relative, 0, "the file is " + size + " bytes, more than the " + limits.maxFileBytes()
                        + " Cutover reads");
                progress.worked(units(size) + 1);
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                ProgressInputStream counted = new ProgressInputStream(in, progress);
                importFile(collected, counted, collector);
                progress.worked(Math.max(0, units(size) + 1 - counted.reported()));
            } catch (NoSuchFileException e) {
                collector.problem(relative, 0, "the file disappeared while the collection was read");
            } catch (AccessDeniedException e) {
                collector.problem(relative, 0, "the file cannot be read: permission denied");
            } catch (IOException e) {
                collector.problem(relative, 0, "the file cannot be read: " + reason(e));
            }
        }
    }

    private ImportedInventory importZip(Path zip, String shown, IProgressMonitor monitor) {
        InventoryCollector collector = new InventoryCollector();
        try (ZipCollection archive = ZipCollection.open(zip, limits)) {
            List<ZipEntry> entries = archive.entries();
            SubMonitor progress = SubMonitor.convert(monitor, "Reading " + shown,
                    units(archive.declaredBytes()) + entries.size());
            String top = shown.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                    ? shown.substring(0, shown.length() - 4) : shown;
            for (ZipEntry entry : entries) {
                checkCancelled(progress);
                String name = entry.getName();
                CollectedFile collected = CollectedFile.of(shown + "!" + name, name, top, Math.max(0, entry.getSize()));
                if (entry.getSize() > limits.maxFileBytes()) {
                    collector.problem(collected.displayName(), 0, "the entry is " + entry.getSize()
                            + " bytes, more than the " + limits.maxFileBytes() + " Cutover reads");
                    continue;
                }
                try (InputStream in = archive.open(entry)) {
                    ProgressInputStream counted = new ProgressInputStream(in, progress);
                    importFile(collected, counted, collector);
                    progress.worked(Math.max(0, units(Math.max(0, entry.getSize())) + 1 - counted.reported()));
                } catch (IOException e) {
                    collector.problem(collected.displayName(), 0, "the entry cannot be read: " + reason(e));
                }
            }
        } catch (ZipRefusedException e) {
            InventoryCollector refused = new InventoryCollector();
            refused.problem(shown, 0, e.getMessage());
            return refused.result();
        } catch (IOException e) {
            collector.problem(shown, 0, "the archive cannot be read: " + reason(e));
        }
        return collector.result();
    }

    /** Sniffs and parses one file; whatever goes wrong with it stays with it. */
    private static void importFile(CollectedFile file, InputStream raw, InventoryCollector collector)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, TextEncoding.HEAD_BYTES + 1024);
        in.mark(TextEncoding.HEAD_BYTES);
        byte[] head = in.readNBytes(TextEncoding.HEAD_BYTES);
        in.reset();
        FileFindings findings = new FileFindings(file);
        try {
            FileSniffer.Verdict verdict = FileSniffer.sniff(head, head.length, file.fileName());
            if (verdict.kind() == null) {
                collector.skip(file.displayName(), verdict.skipReason());
                return;
            }
            Reader text = new DecodingReader(in, verdict.encoding());
            verdict.kind().parse(text, findings);
            collector.accept(findings);
        } catch (InventoryFormatException e) {
            collector.failed(findings, e.line(), e.getMessage());
        } catch (BadEncodingException e) {
            collector.failed(findings, e.line(), e.getMessage());
        } catch (OperationCanceledException | ZipRefusedException e) {
            throw e;
        } catch (IOException e) {
            Causes.rethrowCancellation(e);
            collector.failed(findings, 0, "the file cannot be read: " + reason(e));
        } catch (RuntimeException | StackOverflowError e) {
            Causes.rethrowCancellation(e);
            // a defect in a parser must not end the import of the other files; the message is not shown, it could
            // quote the file
            collector.failed(findings, 0, "Cutover could not read this file (" + e.getClass().getSimpleName()
                    + "); please report it");
        }
    }

    private static boolean isZip(Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkCancelled(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static String relative(Path root, Path file) {
        Path relative = root.relativize(file);
        String text = relative.toString().replace('\\', '/');
        return text.isEmpty() ? file.getFileName().toString() : text;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static int units(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE / 2, bytes / 1024 + 1);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
