package io.github.chargallery.gallery.thumbnails;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.DaemonThreads;
import io.github.chargallery.library.Duplicates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * Thumbnails for tiles. Cells ask for the card they show; the newest request is served first
 * (LIFO, bounded: tiles scrolled past are dropped), then the rest of the library is done in the
 * background. Made images are stored in the index keyed by file, size and mtime, so the next start
 * shows them at once and a changed file gets a new one. A few hundred decoded images stay in
 * memory (FX thread only).
 */
public final class Thumbnails {
    /** Height over width of a card's picture box, in the grid, the detail pane and the stored thumbnails. */
    public static final double PICTURE_RATIO = 4.0 / 3;

    record Key(Path file, long size, long modified) {
        static Key of(CardSummary c) {
            if (c.files().isEmpty()) {
                return null;
            }
            Path f = c.files().get(0);
            CardFile.Format format = CardFile.Format.of(f);
            if (format != CardFile.Format.PNG && format != CardFile.Format.CHARX) {
                return null;
            }
            return new Key(f, c.size(), c.fileModified());
        }
    }

    private static final int MAX_WAITING = 200;
    private static final int CACHE = 250;

    private final CardLibrary library;
    private final Executor fx;
    private final LinkedBlockingDeque<Key> visible = new LinkedBlockingDeque<>();
    private final ConcurrentLinkedQueue<CardSummary> backlog = new ConcurrentLinkedQueue<>();
    private final Map<Key, List<Consumer<Image>>> waiting = new HashMap<>();
    private final Map<Key, Image> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
            return size() > CACHE;
        }
    };
    private final java.util.Set<Key> none = new java.util.HashSet<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean stopped;
    private final ExecutorService pictures = Executors.newSingleThreadExecutor(DaemonThreads.named("detail-picture"));
    private volatile double displayWidth = ThumbnailMaker.WIDTH;
    /** Nothing to hash until the first backfill, which comes after the start-up sync: it would take a core from the first frames. */
    private volatile boolean hashesDone = true;
    private volatile Runnable onHashed = () -> { };
    private int hashedSinceSignal;
    private long lastSignal = System.nanoTime();
    /** Files whose picture does not decode: not tried again this session (worker thread only). */
    private final java.util.Set<Path> unhashable = new java.util.HashSet<>();

    public Thumbnails(CardLibrary library, Executor fx, int threads) {
        this.library = library;
        this.fx = fx;
        ThreadFactory factory = DaemonThreads.named("thumbnails");
        for (int i = 0; i < threads; i++) {
            boolean backfills = i == 0; // one thread for the rest of the library: the UI keeps a core
            Thread t = factory.newThread(() -> work(backfills));
            t.setPriority(Thread.NORM_PRIORITY - 1);
            workers.add(t);
            t.start();
        }
    }

    /** FX thread: calls back (maybe at once) with the card's thumbnail; never when it has none. */
    public void request(CardSummary card, Consumer<Image> onReady) {
        Key k = Key.of(card);
        if (k == null || none.contains(k)) {
            return;
        }
        Image img = cache.get(k);
        if (img != null) {
            onReady.accept(img);
            return;
        }
        List<Consumer<Image>> w = waiting.get(k);
        if (w != null) {
            w.add(onReady);
            return;
        }
        waiting.put(k, new ArrayList<>(List.of(onReady)));
        visible.addFirst(k);
        while (visible.size() > MAX_WAITING) {
            Key old = visible.pollLast();
            if (old != null) {
                waiting.remove(old);
            }
        }
    }

    /**
     * FX thread: calls back with the card's picture decoded to fit w x h for the detail pane, or with
     * null when it has none that decodes (too large, broken); on a thread of its own, so a big picture
     * never waits behind the grid's thumbnails.
     */
    public void picture(Path file, int w, int h, Consumer<Image> onReady) {
        pictures.execute(() -> {
            Image img;
            try {
                img = ThumbnailMaker.decode(file, w, h);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                img = null;
            }
            Image result = img;
            fx.execute(() -> onReady.accept(result));
        });
    }

    /** FX thread: the tile width changed; images decoded for the old width are dropped from memory. */
    public void setDisplayWidth(double width) {
        double w = Math.round(width);
        if (w != displayWidth) {
            displayWidth = w;
            cache.clear();
        }
    }

    /** Makes and stores the thumbnails of these cards when nothing on screen is waiting. */
    public void backfill(List<CardSummary> cards) {
        backlog.clear();
        backlog.addAll(cards);
        hashesDone = false; // a sync may have brought pictures with no hash
    }

    public void stop() {
        stopped = true;
        backlog.clear();
        visible.clear();
        workers.forEach(Thread::interrupt);
        pictures.shutdownNow();
    }

    private void work(boolean backfills) {
        while (!stopped) {
            try {
                Key k = visible.pollFirst();
                if (k == null) {
                    CardSummary b = backfills ? backlog.poll() : null;
                    if (b != null) {
                        Key bk = Key.of(b);
                        if (bk != null && !b.offline()) {
                            load(bk);
                        }
                        continue;
                    }
                    if (backfills && hashMissing()) {
                        continue;
                    }
                    k = visible.pollFirst(250, TimeUnit.MILLISECONDS);
                    if (k == null) {
                        continue;
                    }
                }
                byte[] bytes = load(k);
                // decoded at the size the tile shows it: drawing 1:1 is much cheaper than scaling every frame
                double w = displayWidth;
                Image img = bytes == null ? null : new Image(new ByteArrayInputStream(bytes), w, w * PICTURE_RATIO, true, true);
                Key key = k;
                fx.execute(() -> deliver(key, img));
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a closed library at shutdown, or an odd file: the tile keeps its placeholder
            }
        }
    }

    private byte[] load(Key k) {
        Optional<byte[]> stored = library.thumbnail(k.file(), k.size(), k.modified());
        if (stored.isPresent()) {
            return stored.get();
        }
        ThumbnailMaker.Made made = ThumbnailMaker.makeWithHash(k.file());
        if (made != null && !stopped) {
            library.putThumbnail(k.file(), k.size(), k.modified(), made.jpeg());
            Duplicates d = library.duplicates();
            if (d != null) {
                d.putPictureHash(k.file(), k.size(), k.modified(), made.dhash());
            }
        }
        return made == null ? null : made.jpeg();
    }

    /**
     * The backfill's last step: pictures with no dHash yet (thumbnails stored before hashes were kept, files
     * no tile asked for) get one, a batch at a time, between the requests of visible tiles.
     */
    private boolean hashMissing() {
        Duplicates d = library.duplicates();
        if (d == null || hashesDone) {
            return false;
        }
        List<Duplicates.MissingPicture> batch = d.missingPictureHashes(50 + unhashable.size()).stream()
                .filter(m -> !unhashable.contains(m.file())).toList();
        if (batch.isEmpty()) {
            hashesDone = true;
            signalHashed(true);
            return false;
        }
        for (Duplicates.MissingPicture m : batch) {
            if (stopped || !visible.isEmpty()) {
                return true;
            }
            Long hash = library.thumbnail(m.file(), m.size(), m.modified()).map(ThumbnailMaker::hashOf).orElse(null);
            if (hash == null) {
                ThumbnailMaker.Made made = ThumbnailMaker.makeWithHash(m.file());
                if (made != null) {
                    library.putThumbnail(m.file(), m.size(), m.modified(), made.jpeg());
                    hash = made.dhash();
                }
            }
            if (hash == null) {
                unhashable.add(m.file());
            } else {
                d.putPictureHash(m.file(), m.size(), m.modified(), hash);
                hashedSinceSignal++;
            }
        }
        signalHashed(false);
        return true;
    }

    /** Tells the listener new picture hashes are in: when the pass ends, and at most every 10 s during it. */
    private void signalHashed(boolean end) {
        long now = System.nanoTime();
        if (hashedSinceSignal > 0 && (end || now - lastSignal > 10_000_000_000L)) {
            hashedSinceSignal = 0;
            lastSignal = now;
            Runnable r = onHashed;
            fx.execute(r);
        }
    }

    /** FX thread: runs (on the FX thread) when pictures got their dHash, so duplicate groups can be found again. */
    public void setOnPicturesHashed(Runnable r) {
        onHashed = r;
    }

    private void deliver(Key k, Image img) {
        List<Consumer<Image>> w = waiting.remove(k);
        if (img == null || img.isError()) {
            none.add(k);
            return;
        }
        cache.put(k, img);
        if (w != null) {
            w.forEach(c -> c.accept(img));
        }
    }
}
