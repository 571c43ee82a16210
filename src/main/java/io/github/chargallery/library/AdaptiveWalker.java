package io.github.chargallery.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The standard walk: times a few stats of the root first. On a local disk (answers in microseconds, the walk
 * is CPU work in the kernel) it walks on one thread per core, up to 4: 0.76x the one-thread walk's time on
 * this 2-core machine under load; on a share or other slow mount (each metadata call waits for the server)
 * on 8 to 16 threads, more the slower it answers, so that the waits overlap.
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
        int threads = threadsFor(statNanos(root), Runtime.getRuntime().availableProcessors());
        lastThreads = threads;
        FolderWalker w = threads == 1 ? new FileTreeWalker(faults) : new ParallelTreeWalker(faults, threads);
        return w.walk(root, skip, cancelled);
    }

    /** How many threads the last walk used (1 = the one-thread walk). */
    int lastThreads() {
        return lastThreads;
    }

    /** One per core (up to 4) below {@link #SLOW_NANOS}; else 8 threads at 1 ms a call, up to 16 at 2 ms and slower. */
    static int threadsFor(long statNanos, int cores) {
        if (statNanos < SLOW_NANOS) {
            return Math.max(1, Math.min(4, cores));
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
