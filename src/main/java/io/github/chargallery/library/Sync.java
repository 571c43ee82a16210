package io.github.chargallery.library;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.library.db.FileTable;
import io.github.chargallery.library.db.RootTable;
import io.github.chargallery.library.db.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One sync: walk every root, diff with the index, parse only new, modified and racy files on a pool
 * sized to the cores, write and publish them in batches, then forget files gone from roots walked
 * completely. Everything is committed batch by batch, so a cancel or crash leaves a consistent index
 * that the next sync completes.
 */
final class Sync {
    static final int BATCH = 500;
    private static final long BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    static final int GIVE_WAY_MILLIS = 4;
    static final long GRACE_MILLIS = TimeUnit.DAYS.toMillis(30);

    private final Store store;
    private final CardReader reader;
    private final FolderWalker walker;
    private final int threads;
    private final SyncListener listener;
    private final BooleanSupplier cancelled;
    private final long started = System.nanoTime();
    private final long nowMillis;
    private final IndexWriter writer;
    private final List<Path> offline = new ArrayList<>();
    private final List<SkippedFolder> skipped = new ArrayList<>();
    private int scanned;
    private int total = -1;

    private final RowCache rowCache;
    private final Map<Long, Path> rootFolders = new HashMap<>();
    /** Each root folder's identity (device and inode) as its walk began: a remount or unmount changes it. */
    private final Map<Long, Object> rootKeys = new HashMap<>();
    /** Roots found gone (unmounted, unplugged, moved away) after their walk: offline, nothing removed. */
    private final Set<Long> goneRoots = new HashSet<>();

    Sync(Store store, RowCache rowCache, CardReader reader, FolderWalker walker, int threads, SyncListener listener,
         BooleanSupplier cancelled, long nowMillis) {
        this.rowCache = rowCache;
        this.nowMillis = nowMillis;
        this.store = store;
        this.reader = reader;
        this.walker = walker;
        this.threads = threads;
        this.listener = listener;
        this.cancelled = cancelled;
        Instant now = Instant.now();
        this.writer = new IndexWriter(store, nowMillis, now.getEpochSecond() * 1_000_000_000L + now.getNano());
    }

    private record RootScan(RootTable.Row root, FolderWalker.Result walk, ScanDiff diff) {
    }

    /** A file to read: its stat, its root and the index row at its path (null when new). */
    private record Job(FileStat stat, long rootId, FileTable.Row row) {
    }

    SyncReport run() {
        List<RootTable.Row> roots = store.db.read(store.roots::all);
        // Reading the index rows (when not cached) costs about as much as the walk; overlap them.
        CompletableFuture<ScanDiff.Index> rows = CompletableFuture.supplyAsync(() -> rowCache.get(store));
        ScanDiff.Index index = null;
        roots.forEach(r -> rootFolders.put(r.id(), FileNames.path(r.path())));

        Set<Long> topLevelOnly = store.db.read(store.sillyTavern::rootIds);
        List<RootScan> scans = new ArrayList<>();
        for (RootTable.Row root : roots) {
            Path path = rootFolders.get(root.id());
            Set<Path> skip = new HashSet<>(rootFolders.values());
            skip.remove(path);
            if (topLevelOnly.contains(root.id())) {
                skip.addAll(subfolders(path));
            }
            rootKeys.put(root.id(), fileKey(path));
            FolderWalker.Result walk = walker.walk(path, skip, cancelled);
            if (index == null) {
                index = rows.join();
            }
            if (walk.cancelled() || cancelled.getAsBoolean()) {
                return report(true, null);
            }
            ScanDiff diff = ScanDiff.of(walk.files(), root.id(), index);
            walk = emptyMountPoint(walk, index.deleted(root.id()).size());
            scans.add(new RootScan(root, walk, diff));
            scanned += walk.files().size();
            writer.unchanged += diff.unchanged();
            if (!walk.complete()) {
                offline.add(path);
            }
            skipped.addAll(walk.skipped());
            progress();
        }
        for (RootScan s : scans) {
            boolean online = s.walk().complete();
            boolean changed = online != s.root().online();
            // A no-change rescan writes nothing: the root's row is only touched when its state moved.
            if (changed || !Objects.equals(s.walk().failure(), s.root().failure())) {
                publish(writer.setOnline(s.root().id(), online, s.walk().failure(), changed));
            }
        }

        for (RootScan s : scans) {
            if (s.walk().complete()) {
                writer.expectGone(keptUnder(index.deleted(s.root().id()), s.walk().skipped()));
            }
        }
        List<Job> jobs = new ArrayList<>();
        for (RootScan s : scans) {
            long rootId = s.root().id();
            s.diff().added().forEach(f -> jobs.add(new Job(f, rootId, null)));
            s.diff().modified().forEach(c -> jobs.add(new Job(c.stat(), rootId, c.row())));
            s.diff().racy().forEach(c -> jobs.add(new Job(c.stat(), rootId, c.row())));
        }
        total = scanned;
        scanned -= jobs.size();
        if (!parseAndWrite(jobs)) {
            return report(true, null);
        }
        for (RootScan s : scans) {
            if (!s.walk().complete()) {
                continue;
            }
            if (wentAway(s.root())) {
                continue;
            }
            List<FileTable.Row> gone = keptUnder(index.deleted(s.root().id()), s.walk().skipped());
            for (int i = 0; i < gone.size(); i += BATCH) {
                if (cancelled.getAsBoolean()) {
                    return report(true, null);
                }
                publish(writer.delete(gone.subList(i, Math.min(gone.size(), i + BATCH))));
                progress();
            }
        }
        writer.purge(nowMillis - GRACE_MILLIS);
        return report(false, null);
    }

    /**
     * The folders inside a SillyTavern characters folder: SillyTavern reads its top level only, and the
     * folders hold sprites and expression pictures (PNGs without card data), not cards.
     */
    private static List<Path> subfolders(Path folder) {
        List<Path> dirs = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(folder, Files::isDirectory)) {
            ds.forEach(dirs::add);
        } catch (IOException | RuntimeException e) {
            // the walk finds out what is wrong with the folder and says so
        }
        return dirs;
    }

    /**
     * Files under a folder the walk had to skip are unreadable now, not gone: their rows stay as they were
     * (neither removed nor marked offline) until the folder can be read again.
     */
    private static List<FileTable.Row> keptUnder(List<FileTable.Row> gone, List<SkippedFolder> skippedFolders) {
        if (skippedFolders.isEmpty()) {
            return gone;
        }
        List<FileTable.Row> really = new ArrayList<>();
        for (FileTable.Row row : gone) {
            Path p = FileNames.path(row.path());
            if (skippedFolders.stream().noneMatch(f -> p.startsWith(f.folder()))) {
                really.add(row);
            }
        }
        return really;
    }

    /**
     * An unmounted drive or share often leaves its mount point behind as an empty folder. A root that
     * held cards and now walks empty is taken for that, and kept offline rather than emptied; a user
     * who really deleted everything removes the folder from the library.
     */
    private static FolderWalker.Result emptyMountPoint(FolderWalker.Result walk, int known) {
        if (!walk.complete() || !walk.files().isEmpty() || !walk.skipped().isEmpty() || known == 0) {
            return walk;
        }
        return new FolderWalker.Result(List.of(), "folder is empty but held " + known
                + " card files: is its drive or share mounted? Nothing was removed", false);
    }

    /**
     * A root walked completely that is gone now went away while its files were read (a drive pulled
     * out or unmounted part way): it goes offline, nothing of it is removed, and its unread files wait
     * for its return.
     */
    private boolean wentAway(RootTable.Row root) {
        if (!rootGone(root.id())) {
            return false;
        }
        Path folder = rootFolders.get(root.id());
        offline.add(folder);
        publish(writer.setOnline(root.id(), false, "folder went away during the scan: is its drive or share"
                + " mounted? Nothing was removed", true));
        return true;
    }

    /**
     * Whether a root folder is no longer the one its walk listed: missing, or another folder at the same
     * path (the empty mount point an unmounted drive leaves behind has another device and inode).
     */
    private boolean rootGone(long rootId) {
        if (goneRoots.contains(rootId)) {
            return true;
        }
        Path folder = rootFolders.get(rootId);
        Object key = rootKeys.get(rootId);
        boolean gone = !Files.isDirectory(folder) || (key != null && !key.equals(fileKey(folder)));
        if (gone) {
            goneRoots.add(rootId);
        }
        return gone;
    }

    private static Object fileKey(Path folder) {
        try {
            return Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Parses jobs in parallel, writing results in batches as they complete; false when cancelled. */
    private boolean parseAndWrite(List<Job> jobs) {
        if (jobs.isEmpty()) {
            return true;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("library-parse"));
        try {
            CompletionService<Parsed> done = new ExecutorCompletionService<>(pool);
            int window = Math.max(BATCH, threads * 64);
            int submitted = 0;
            int completed = 0;
            List<Parsed> batch = new ArrayList<>();
            long batchStart = 0;
            while (completed < jobs.size()) {
                if (cancelled.getAsBoolean()) {
                    flush(batch);
                    return false;
                }
                while (submitted < jobs.size() && submitted - completed < window) {
                    Job job = jobs.get(submitted++);
                    done.submit(() -> {
                        giveWay();
                        return Parsed.read(reader, job.stat(), job.rootId(), job.row());
                    });
                }
                Future<Parsed> f = done.poll(50, TimeUnit.MILLISECONDS);
                if (f != null) {
                    completed++;
                    if (batch.isEmpty()) {
                        batchStart = System.nanoTime();
                    }
                    batch.add(f.get());
                }
                if (batch.size() >= BATCH || (!batch.isEmpty() && System.nanoTime() - batchStart > BATCH_NANOS)) {
                    flush(batch);
                }
            }
            flush(batch);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("card reader failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * While the window's frames are late, waits up to {@link #GIVE_WAY_MILLIS} before the next file:
     * the parse threads fill both cores, and a frame waiting for one is a frozen window. Bounded, so a
     * window that stays late (the machine busy with other work) slows the sync by a share, never stops it.
     */
    private void giveWay() throws InterruptedException {
        for (int waited = 0; waited < GIVE_WAY_MILLIS && listener.windowLate(); waited++) {
            Thread.sleep(1);
        }
    }

    private void flush(List<Parsed> batch) {
        if (batch.isEmpty()) {
            return;
        }
        // A file that could not be read because it is gone (deleted during the scan, or its whole drive
        // unmounted) is not an unreadable card: nothing is written for it, an indexed card stays as it was,
        // and the next scan that finds the file reads it.
        int read = batch.size();
        batch.removeIf(this::vanished);
        publish(writer.apply(batch));
        scanned += read;
        batch.clear();
        progress();
    }

    private boolean vanished(Parsed p) {
        if (!p.isError() && !p.ioFailure()) {
            return false;
        }
        boolean gone = !Files.exists(p.stat().path());
        // Checked once a read failed only: a no-failure sync never stats its roots again.
        if (rootGone(p.rootId())) {
            return gone || p.ioFailure();
        }
        return gone;
    }

    private void publish(Patch patch) {
        if (!patch.isEmpty()) {
            listener.onPatch(patch);
        }
    }

    private void progress() {
        listener.onProgress(new SyncProgress(scanned, total, writer.added, writer.updated, writer.removed,
                writer.errors));
    }

    SyncReport report(boolean wasCancelled, String failure) {
        int errors = writer.errors;
        try {
            errors = writer.unreadableNow();
        } catch (RuntimeException e) {
            // The index cannot be read (the reason is the report's failure): count what this sync saw.
        }
        return new SyncReport(writer.added, writer.updated, writer.removed, writer.unchanged, errors,
                offline, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), wasCancelled, failure,
                writer.moved, skipped);
    }
}
