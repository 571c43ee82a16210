package io.github.chargallery.gallery.thumbnails;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/**
 * Not a test: times the gallery's thumbnail maker both ways on the PNG cards of a folder, one thread, the two
 * ways taken in turn (pass after pass) so that load from other processes hits both alike: JavaFX decoding
 * at the tile size (the way for pictures up to 36 MP) and pngj row by row (the way for bigger ones).
 *
 *     java -cp target/test-classes:target/classes:$(cat cp.txt) \
 *         io.github.chargallery.gallery.thumbnails.ThumbnailRate LIBRARY [SAMPLE] [PASSES]
 */
public final class ThumbnailRate {
    private ThumbnailRate() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Path> pngs;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            pngs = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".png")).sorted().toList();
        }
        List<Path> chosen = new ArrayList<>();
        for (int i = 0, step = Math.max(1, pngs.size() / sample); i < pngs.size(); i += step) {
            chosen.add(pngs.get(i));
        }
        for (int pass = 0; pass < passes; pass++) {
            double fx = rate(chosen, true);
            double rows = rate(chosen, false);
            System.out.printf(Locale.ROOT, "pass %d: %d PNG cards, javafx %.1f/s, pngj %.1f/s, pngj/javafx %.2f%n",
                    pass + 1, chosen.size(), fx, rows, rows / fx);
        }
        Platform.exit();
    }

    private static double rate(List<Path> files, boolean javafx) {
        int made = 0;
        long t = System.nanoTime();
        for (Path f : files) {
            try {
                byte[] jpeg;
                if (javafx) {
                    Image img = ThumbnailMaker.decode(f, ThumbnailMaker.WIDTH, ThumbnailMaker.HEIGHT);
                    jpeg = img == null ? null : ThumbnailMaker.jpeg(SwingFXUtils.fromFXImage(img, null));
                } else {
                    jpeg = ThumbnailMaker.jpeg(ThumbnailMaker.rowByRow(f, ThumbnailMaker.WIDTH, ThumbnailMaker.HEIGHT));
                }
                if (jpeg != null) {
                    made++;
                }
            } catch (IOException | RuntimeException e) {
                // a broken card: no thumbnail either way
            }
        }
        return made / ((System.nanoTime() - t) / 1e9);
    }
}
