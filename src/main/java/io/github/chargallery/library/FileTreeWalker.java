package io.github.chargallery.library;

import io.github.chargallery.card.CardFile;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real walk: follows symbolic links (users link folders into their library) but stops at a loop,
 * skips hidden folders and files (".git", macOS "._x.png" resource forks, folders hidden on Windows).
 * A folder inside the root that it cannot read (no permission, an I/O error) is skipped and reported
 * while the root itself stays the same readable folder; when the root goes (unplugged, unmounted: it is
 * missing, or another folder at the same path) the walk stops with a failure, because then it cannot
 * tell which files are gone.
 */
final class FileTreeWalker implements FolderWalker {
    /** Test seam: an error to raise on entering a folder, as a folder the user may not read does. */
    interface Faults {
        IOException onEnter(Path dir);
    }

    private final Faults faults;

    FileTreeWalker() {
        this(dir -> null);
    }

    FileTreeWalker(Faults faults) {
        this.faults = faults;
    }

    @Override
    public Result walk(Path root, Set<Path> skip, BooleanSupplier cancelled) {
        Result missing = notAFolder(root);
        if (missing != null) {
            return missing;
        }
        Visitor v = new Visitor(root, skip, cancelled, faults);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, v);
        } catch (IOException | RuntimeException e) {
            v.failure = "cannot read " + root + ": " + e.getMessage();
        }
        return v.result();
    }

    /** The failed walk of a root that is missing or not a folder, or null when it is a folder. */
    static Result notAFolder(Path root) {
        if (!Files.exists(root)) {
            return new Result(List.of(), "folder not found: " + root, false);
        }
        if (!Files.isDirectory(root)) {
            return new Result(List.of(), "not a folder: " + root, false);
        }
        return null;
    }

    static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Set<Path> skip;
        private final BooleanSupplier cancelled;
        private final Faults faults;
        private final Object rootKey;
        private final List<FileStat> files = new ArrayList<>();
        private final List<SkippedFolder> skipped = new ArrayList<>();
        String failure;
        private boolean wasCancelled;

        Visitor(Path root, Set<Path> skip, BooleanSupplier cancelled, Faults faults) {
            this.root = root;
            this.skip = skip;
            this.cancelled = cancelled;
            this.faults = faults;
            this.rootKey = fileKey(root);
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (cancelled.getAsBoolean()) {
                wasCancelled = true;
                return FileVisitResult.TERMINATE;
            }
            if (!dir.equals(root) && (hidden(dir) || dosHidden(attrs) || skip.contains(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            IOException fault = faults.onEnter(dir);
            if (fault != null) {
                return visitFileFailed(dir, fault) == FileVisitResult.CONTINUE ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.TERMINATE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (attrs.isRegularFile() && !name.startsWith(".") && isCardName(name)) {
                files.add(new FileStat(file, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                if ((files.size() & 255) == 0 && cancelled.getAsBoolean()) {
                    wasCancelled = true;
                    return FileVisitResult.TERMINATE;
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            // A hidden folder is opened before it can be skipped: Windows drive roots hold unreadable
            // hidden ones ("System Volume Information") that must not take the whole root offline.
            if (e instanceof FileSystemLoopException || (!file.equals(root) && (hidden(file) || dosHidden(file)))) {
                return FileVisitResult.CONTINUE;
            }
            return unreadable(file, e);
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            return e == null ? FileVisitResult.CONTINUE : unreadable(dir, e);
        }

        /**
         * One folder (or file) inside a root that is still there is skipped: a private folder, lost+found.
         * The root itself unreadable, or gone, fails the walk.
         */
        private FileVisitResult unreadable(Path p, IOException e) {
            if (!p.equals(root) && rootStillThere()) {
                if (!(e instanceof NoSuchFileException)) { // deleted while the walk ran: it is gone, not unreadable
                    skipped.add(new SkippedFolder(p, "cannot read " + p + ": " + describe(e)));
                }
                return FileVisitResult.CONTINUE;
            }
            failure = p.equals(root) ? "cannot read " + p + ": " + describe(e)
                    : "folder went away during the scan (cannot read " + p + ": " + describe(e)
                    + "): is its drive or share mounted? Nothing was removed";
            return FileVisitResult.TERMINATE;
        }

        List<SkippedFolder> skipped() {
            return skipped;
        }

        int fileCount() {
            return files.size();
        }

        FileStat lastFile() {
            return files.get(files.size() - 1);
        }

        /** Puts the files found in another order (a parallel walk puts them in the one-thread walk's). */
        void replaceFiles(List<FileStat> ordered) {
            files.clear();
            files.addAll(ordered);
        }

        /** What the walk found; for a walk driven by another thread, call once it is over. */
        Result result() {
            return new Result(files, failure, wasCancelled, failure == null ? skipped : List.of());
        }

        private boolean rootStillThere() {
            return Files.isDirectory(root) && (rootKey == null || rootKey.equals(fileKey(root)));
        }

        private static Object fileKey(Path p) {
            try {
                return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** Same rule as {@link CardFile.Format#of}, without allocating a lower-case copy per file. */
        static boolean isCardName(String n) {
            int len = n.length();
            return n.regionMatches(true, len - 4, ".png", 0, 4) || n.regionMatches(true, len - 5, ".json", 0, 5)
                    || n.regionMatches(true, len - 6, ".charx", 0, 6);
        }

        /** On Windows the walk's attributes are DOS attributes already: no extra call per folder. */
        private static boolean dosHidden(BasicFileAttributes attrs) {
            return attrs instanceof DosFileAttributes dos && dos.isHidden();
        }

        private static boolean dosHidden(Path p) {
            try {
                return Files.readAttributes(p, DosFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isHidden();
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }

        private static boolean hidden(Path p) {
            Path name = p.getFileName();
            return name != null && name.toString().startsWith(".");
        }

        private static String describe(IOException e) {
            String kind = e.getClass().getSimpleName().replace("Exception", "");
            return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
        }
    }
}
