package io.github.chargallery.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The standard walk: times a few stats of the root first. On a local disk (answers in microseconds) one
 * thread walks, as before, since more would only contend for the 2 cores; on a share or other slow mount
 * (each metadata call waits for the server) the walk runs on several threads, more the slower it answers.
 */
final class AdaptiveWalker implements FolderWalker {
    /** Slower than this per stat, the walk is latency-bound: a local disk with a warm cache answers in ~5 us. */
    static final long SLOW_NANOS = 200_000;
    static final int MIN_THREADS = 8;
    static final int MAX_THREADS = 16;

    private final FileTreeWalker.Faults faults;
    private volatile int lastThreads = 1;

    AdaptiveWalker(FileTreeWalker.Faults faults) {
        this.faults = faults;
    }

    @Override
    public Result walk(Path root, Set<Path> skip, BooleanSupplier cancelled) {
        int threads = threadsFor(statNanos(root));
        lastThreads = threads;
        FolderWalker w = threads == 1 ? new FileTreeWalker(faults) : new ParallelTreeWalker(faults, threads);
        return w.walk(root, skip, cancelled);
    }

    /** How many threads the last walk used (1 = the one-thread walk). */
    int lastThreads() {
        return lastThreads;
    }

    /** 8 threads at 1 ms a call, up to 16 at 2 ms and slower; 1 below {@link #SLOW_NANOS}. */
    static int threadsFor(long statNanos) {
        if (statNanos < SLOW_NANOS) {
            return 1;
        }
        long t = Math.round(8.0 * statNanos / 1_000_000);
        return (int) Math.max(MIN_THREADS, Math.min(MAX_THREADS, t));
    }

    /** The median of three stats of the root (0 when it cannot be read: the walk reports why). */
    private static long statNanos(Path root) {
        long[] t = new long[3];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            try {
                Files.readAttributes(root, BasicFileAttributes.class);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
            t[i] = System.nanoTime() - start;
        }
        Arrays.sort(t);
        return t[1];
    }
}
