package io.github.chargallery.cli.bench;

import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardImages;
import io.github.chargallery.library.Duplicates;
import io.github.chargallery.library.dupes.DHash;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The headless way to a picture's dHash, for cards the window has made no thumbnail of yet: the picture is
 * decoded with ImageIO, every n-th pixel (a 4k picture costs a few hundred rows, not 30 MB), and hashed
 * as the window hashes its thumbnail. Stored in the index, so each file version is hashed once.
 */
public final class PictureHasher {
    /** Pictures are read down to about this many pixels across before hashing (dHash needs 9). */
    private static final int READ_WIDTH = 72;

    private PictureHasher() {
    }

    /** Hashes every picture that has none yet; returns how many were hashed (undecodable ones are skipped). */
    public static int fillMissing(Duplicates duplicates, int threads, java.util.function.IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            java.util.Set<java.nio.file.Path> tried = new java.util.HashSet<>();
            while (true) {
                List<Duplicates.MissingPicture> batch = duplicates.missingPictureHashes(2000).stream()
                        .filter(m -> !tried.contains(m.file())).toList();
                if (batch.isEmpty()) {
                    return done.get();
                }
                batch.forEach(m -> tried.add(m.file()));
                List<Future<?>> work = batch.stream().<Future<?>>map(m -> pool.submit(() -> {
                    Long h = hash(m.file());
                    if (h != null) {
                        duplicates.putPictureHash(m.file(), m.size(), m.modified(), h);
                        progress.accept(done.incrementAndGet());
                    }
                })).toList();
                for (Future<?> f : work) {
                    f.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return done.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The dHash of the card file's picture, null when it has none that decodes. */
    public static Long hash(java.nio.file.Path file) {
        try {
            byte[] bytes = CardImages.imageBytes(file).orElse(null);
            if (bytes == null) {
                return null;
            }
            BufferedImage img = read(bytes);
            if (img == null) {
                return null;
            }
            int w = img.getWidth();
            int h = img.getHeight();
            return DHash.of(img.getRGB(0, 0, w, h, null, 0, w), w, h);
        } catch (CardFormatException | IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                int width = r.getWidth(0);
                int step = Math.max(1, width / READ_WIDTH);
                ImageReadParam p = r.getDefaultReadParam();
                p.setSourceSubsampling(step, step, 0, 0);
                return r.read(0, p);
            } finally {
                r.dispose();
            }
        }
    }
}
