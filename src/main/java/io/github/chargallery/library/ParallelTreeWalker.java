package io.github.chargallery.library;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The same walk as {@link FileTreeWalker} (the same visitor decides what is listed, skipped or fatal), with
 * the listing of folders and the stat of their entries spread over {@code threads} threads. On a share each
 * metadata call waits about a millisecond for the server, so one thread spends the walk waiting; several
 * calls in flight at once overlap those waits. The visitor is called under its own lock, in no fixed order;
 * the files are then put in the one-thread walk's order (depth first, each folder in listing order), so that
 * new cards get their ids in the same order whichever walk found them.
 */
final class ParallelTreeWalker implements FolderWalker {
    /** Entries stat'ed by one task: a big folder is spread over the threads too. */
    private static final int CHUNK = 16;

    private final FileTreeWalker.Faults faults;
    private final int threads;

    ParallelTreeWalker(FileTreeWalker.Faults faults, int threads) {
        this.faults = faults;
        this.threads = threads;
    }

    /** A file with its place in a depth-first walk: the listing index of each folder on its way, then its own. */
    private record Placed(int[] place, FileStat file) {
    }

    private static int compare(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    /** The folders above a folder, by file key, to stop at a link back up (as walkFileTree does). */
    private record Ancestors(Object key, Path dir, Ancestors parent) {
    }

    @Override
    public Result walk(Path root, Set<Path> skip, BooleanSupplier cancelled) {
        Result missing = FileTreeWalker.notAFolder(root);
        if (missing != null) {
            return missing;
        }
        FileTreeWalker.Visitor v = new FileTreeWalker.Visitor(root, skip, cancelled, faults);
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("library-walk"));
        Run run = new Run(v, pool);
        try {
            run.entry(root, null, new int[0]);
            run.done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.stop = true;
            synchronized (v) {
                v.failure = "the scan of " + root + " was interrupted";
            }
        } finally {
            pool.shutdownNow();
        }
        synchronized (v) {
            List<Placed> placed = new ArrayList<>(run.placed);
            placed.sort((a, b) -> compare(a.place(), b.place()));
            v.replaceFiles(placed.stream().map(Placed::file).toList());
            return v.result();
        }
    }

    private static final class Run {
        final FileTreeWalker.Visitor v;
        final ExecutorService pool;
        final AtomicInteger pending = new AtomicInteger();
        final CountDownLatch done = new CountDownLatch(1);
        /** Guarded by v. */
        final List<Placed> placed = new ArrayList<>();
        volatile boolean stop;

        Run(FileTreeWalker.Visitor v, ExecutorService pool) {
            this.v = v;
            this.pool = pool;
        }

        void submit(Runnable task) {
            pending.incrementAndGet();
            pool.execute(() -> {
                try {
                    if (!stop) {
                        task.run();
                    }
                } catch (RuntimeException | Error e) {
                    synchronized (v) {
                        v.failure = "cannot read the folders: " + e;
                    }
                    stop = true;
                } finally {
                    if (pending.decrementAndGet() == 0) {
                        done.countDown();
                    }
                }
            });
        }

        private void decide(FileVisitResult r) {
            if (r == FileVisitResult.TERMINATE) {
                stop = true;
            }
        }

        /** One entry of a folder (or the root), as walkFileTree visits it: stat, loop check, then file or folder. */
        void entry(Path p, Ancestors up, int[] place) {
            submit(() -> visit(p, up, place));
        }

        private void visit(Path p, Ancestors up, int[] place) {
            BasicFileAttributes attrs;
            try {
                attrs = attributes(p);
            } catch (IOException e) {
                failed(p, e);
                return;
            }
            if (!attrs.isDirectory()) {
                synchronized (v) {
                    int before = v.fileCount();
                    decide(v.visitFile(p, attrs));
                    if (v.fileCount() > before) {
                        placed.add(new Placed(place, v.lastFile()));
                    }
                }
                return;
            }
            Object key = attrs.fileKey();
            for (Ancestors a = up; a != null; a = a.parent()) {
                if (key != null ? key.equals(a.key()) : same(p, a.dir())) {
                    failed(p, new FileSystemLoopException(p.toString()));
                    return;
                }
            }
            folder(p, attrs, new Ancestors(key, p, up), place);
        }

        private void folder(Path dir, BasicFileAttributes attrs, Ancestors here, int[] place) {
            List<Path> entries = new ArrayList<>();
            IOException broken = null;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                FileVisitResult r;
                synchronized (v) {
                    r = v.preVisitDirectory(dir, attrs);
                }
                decide(r);
                if (r != FileVisitResult.CONTINUE) {
                    return;
                }
                try {
                    for (Path p : ds) {
                        entries.add(p);
                    }
                } catch (DirectoryIteratorException e) {
                    broken = e.getCause();
                }
            } catch (IOException e) {
                failed(dir, e);
                return;
            }
            for (int i = 0; i < entries.size() && !stop; i += CHUNK) {
                int first = i;
                List<Path> chunk = entries.subList(i, Math.min(entries.size(), i + CHUNK));
                submit(() -> {
                    for (int k = 0; k < chunk.size() && !stop; k++) {
                        int[] at = Arrays.copyOf(place, place.length + 1);
                        at[place.length] = first + k;
                        visit(chunk.get(k), here, at);
                    }
                });
            }
            if (broken != null) {
                IOException e = broken;
                synchronized (v) {
                    decide(v.postVisitDirectory(dir, e));
                }
            }
        }

        private void failed(Path p, IOException e) {
            synchronized (v) {
                decide(v.visitFileFailed(p, e));
            }
        }
    }

    /** walkFileTree's rule with FOLLOW_LINKS: the target's attributes, or the link's own for a broken link. */
    private static BasicFileAttributes attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return Objects.equals(a, b);
        }
    }
}
