package io.github.chargallery.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Lists the card files under a root with their size and mtime, opening none of them. An interface so
 * tests can make a walk fail half-way (as an unplugged drive does) without relying on permissions.
 */
public interface FolderWalker {
    /**
     * Lists files as {@code root.resolve(...)} paths: with the absolute, normalized root the library
     * passes, their string form is the index key.
     *
     * @param skip folders not to enter (other, nested library roots)
     */
    Result walk(Path root, Set<Path> skip, BooleanSupplier cancelled);

    /**
     * {@code failure} is null when the whole tree was walked; otherwise {@code files} holds only what
     * was seen before the failure and nothing may be concluded about the files not listed. {@code skipped}
     * are folders inside the root that could not be read while the root could: nothing may be concluded
     * about the files under them either, but the rest of the walk is complete.
     */
    record Result(List<FileStat> files, String failure, boolean cancelled, List<SkippedFolder> skipped) {
        public Result {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }

        public Result(List<FileStat> files, String failure, boolean cancelled) {
            this(files, failure, cancelled, List.of());
        }

        public boolean complete() {
            return failure == null && !cancelled;
        }
    }

    /** Adapts to the folder's latency: a thread per core on a local disk, 8-16 on a share (see {@link AdaptiveWalker}). */
    static FolderWalker standard() {
        return new AdaptiveWalker(dir -> null);
    }

    /** Always one thread: the walk before the adaptive one (the benchmark compares them). */
    static FolderWalker sequential() {
        return new FileTreeWalker();
    }
}
