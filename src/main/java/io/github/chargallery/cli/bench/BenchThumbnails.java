package io.github.chargallery.cli.bench;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.ScaledPng;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Thumbnails a second from the library's PNG cards, one thread: the picture read row by row and scaled to the
 * tile (200 x 266) by {@link ScaledPng}, then JPEG-encoded as the gallery stores it. The gallery's own maker
 * (JavaFX for pictures up to 36 MP) needs the FX toolkit, which a headless command does not start; the test
 * tree's ThumbnailRate times both ways under it.
 */
final class BenchThumbnails {
    static final int SAMPLE = 1000;

    private BenchThumbnails() {
    }

    /** {made, seconds} over up to {@link #SAMPLE} PNG cards spread evenly through the library. */
    static double[] rate(List<Path> files) throws IOException {
        List<Path> pngs = new ArrayList<>();
        for (Path p : files) {
            if (CardFile.Format.of(p) == CardFile.Format.PNG) {
                pngs.add(p);
            }
        }
        int step = Math.max(1, pngs.size() / SAMPLE);
        int made = 0;
        long t = System.nanoTime();
        for (int i = 0; i < pngs.size(); i += step) {
            if (thumbnail(pngs.get(i)) != null) {
                made++;
            }
        }
        return new double[] {made, (System.nanoTime() - t) / 1e9};
    }

    private static byte[] thumbnail(Path png) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(png), 64 * 1024)) {
            ScaledPng.Pixels p = ScaledPng.read(in, 200, 266, 1_000_000_000L, 36_000_000L);
            BufferedImage rgb = new BufferedImage(p.width(), p.height(), BufferedImage.TYPE_INT_RGB);
            rgb.setRGB(0, 0, p.width(), p.height(), p.argb(), 0, p.width());
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            ImageIO.write(rgb, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            return null; // a broken card: no thumbnail, as in the gallery
        }
    }
}
