package io.github.chargallery.gallery.thumbnails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.ImageLineInt;
import ar.com.hjg.pngj.PngWriter;
import io.github.chargallery.card.ScaledPng;
import io.github.chargallery.testing.ChildJvm;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GradientPaint;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PNGs read row by row (pngj) come out as the reference decoder's picture (ImageIO, then AWT's area-averaging
 * scale) within a small tolerance, for every PNG colour type; a 16,000 x 16,000 PNG gets a thumbnail in a
 * JVM of 48 MB.
 */
class ScaledPngTest {
    @TempDir
    Path tmp;

    private static BufferedImage picture(int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(250, 30, 60, 255), w, h, new Color(20, 200, 240, 255)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(255, 255, 255, 128));
        g.fillOval(w / 5, h / 4, w / 2, h / 3);
        g.setColor(Color.BLACK);
        g.fillRect(w / 10, h * 3 / 4, w / 3, h / 10);
        g.dispose();
        return img;
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** The reference: ImageIO decodes the whole picture, AWT averages it down to the same size. */
    private static int[] reference(byte[] png, int w, int h) throws IOException {
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(png));
        if (full.getType() == BufferedImage.TYPE_BYTE_GRAY || full.getType() == BufferedImage.TYPE_USHORT_GRAY) {
            full = greyAsStored(full); // AWT's grey is linear and getRGB would add a gamma curve PNG viewers do not
        }
        Image scaled = full.getScaledInstance(w, h, Image.SCALE_AREA_AVERAGING);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(scaled, 0, 0, null);
        g.dispose();
        return out.getRGB(0, 0, w, h, null, 0, w);
    }

    private static BufferedImage greyAsStored(BufferedImage grey) {
        int max = (1 << grey.getColorModel().getComponentSize(0)) - 1;
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                int v = grey.getRaster().getSample(x, y, 0) * 255 / max;
                out.setRGB(x, y, 0xff000000 | v << 16 | v << 8 | v);
            }
        }
        return out;
    }

    @Test
    void everyColourTypeMatchesTheReferenceDecoder() throws IOException {
        int[] types = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY,
            BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_BYTE_BINARY};
        for (int type : types) {
            byte[] png = png(picture(1000, 1333, type));
            ScaledPng.Pixels p = ScaledPng.read(new ByteArrayInputStream(png), 200, 266, Long.MAX_VALUE,
                    Long.MAX_VALUE);
            assertThat(p.width()).isEqualTo(200);
            assertThat(p.height()).isBetween(266, 267);
            int[] ref = reference(png, p.width(), p.height());
            long diff = 0;
            int worst = 0;
            for (int i = 0; i < ref.length; i++) {
                for (int shift = 0; shift < 32; shift += 8) {
                    int d = Math.abs(((ref[i] >>> shift) & 0xff) - ((p.argb()[i] >>> shift) & 0xff));
                    diff += d;
                    worst = Math.max(worst, d);
                }
            }
            double mean = diff / (ref.length * 4.0);
            assertThat(mean).as("mean difference per channel, image type %d", type).isLessThan(2.0);
            assertThat(worst).as("largest difference, image type %d", type).isLessThan(100);
        }
    }

    @Test
    void aSmallPictureIsNotEnlargedAndBrokenOnesAreRefused() throws IOException {
        byte[] png = png(picture(50, 40, BufferedImage.TYPE_INT_ARGB));
        ScaledPng.Pixels p = ScaledPng.read(new ByteArrayInputStream(png), 200, 266, Long.MAX_VALUE, Long.MAX_VALUE);
        assertThat(p.width()).isEqualTo(50);
        assertThat(p.height()).isEqualTo(40);
        assertThat(p.argb()).containsExactly(picture(50, 40, BufferedImage.TYPE_INT_ARGB).getRGB(0, 0, 50, 40,
                null, 0, 50));

        assertThatThrownBy(() -> ScaledPng.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), 200, 266, 1000, 1000))
                .isInstanceOf(IOException.class);
        byte[] cut = java.util.Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> ScaledPng.read(new ByteArrayInputStream(cut), 200, 266, 1000_000, 1000_000))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ScaledPng.read(new ByteArrayInputStream(png), 200, 266, 1000, 1000))
                .isInstanceOf(IOException.class).hasMessageContaining("50 x 40 pixels");
    }

    /** A 16,000 x 16,000 grey PNG written row by row (a gradient with a dark square in its middle). */
    static void writeHuge(Path file, int size) throws IOException {
        ImageInfo info = new ImageInfo(size, size, 8, false, true, false);
        try (OutputStream out = Files.newOutputStream(file)) {
            PngWriter w = new PngWriter(out, info);
            w.setCompLevel(1);
            ImageLineInt line = new ImageLineInt(info);
            int[] s = line.getScanline();
            for (int y = 0; y < size; y++) {
                boolean middle = y > size * 3 / 8 && y < size * 5 / 8;
                for (int x = 0; x < size; x++) {
                    s[x] = middle && x > size * 3 / 8 && x < size * 5 / 8 ? 0 : (x * 255 / size);
                }
                w.writeRow(line);
            }
            w.end();
        }
    }

    /** Child JVM: the thumbnail of the PNG in args[0] through the gallery's maker; prints its size. */
    public static void main(String[] args) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(ThumbnailMaker.make(Path.of(args[0]))));
        System.out.println("thumbnail " + img.getWidth() + "x" + img.getHeight() + " centre "
                + (img.getRGB(img.getWidth() / 2, img.getHeight() / 2) & 0xff) + " right "
                + (img.getRGB(img.getWidth() - 2, 3) & 0xff));
    }

    @Test
    void aSixteenThousandSquarePngGetsARealThumbnailInFewRowsOfMemory() throws Exception {
        Path huge = tmp.resolve("huge.png");
        writeHuge(huge, 16_000);
        assertThat(ThumbnailMaker.hugePng(huge)).isTrue();

        // 48 MB of heap: the full picture would take 1 GB (JavaFX, 4 bytes a pixel), one row takes 64 KB.
        Process p = ChildJvm.builder(List.of("-Xmx48m"), ScaledPngTest.class.getName(), List.of(huge.toString()))
                .start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes());
        }
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("thumbnail 200x200");
        int centre = Integer.parseInt(out.replaceAll("(?s).*centre (\\d+).*", "$1"));
        int right = Integer.parseInt(out.replaceAll("(?s).*right (\\d+).*", "$1").strip());
        assertThat(centre).as("the dark square").isLessThan(20);
        assertThat(right).as("the light right edge").isGreaterThan(230);
    }
}
