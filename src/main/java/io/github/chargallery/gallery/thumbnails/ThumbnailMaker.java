package io.github.chargallery.gallery.thumbnails;

import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/**
 * Turns a card file's picture into small JPEG bytes for the thumbnail store. Decodes at the
 * requested size (JavaFX scales while decoding), so a 4k PNG never sits in memory at full size.
 * Blocking: background threads only.
 */
final class ThumbnailMaker {
    static final int WIDTH = 200;
    static final int HEIGHT = (int) (WIDTH * Thumbnails.PICTURE_RATIO);
    /**
     * Beyond this many pixels a PNG is refused before decoding (a decompression bomb or a mistake):
     * JavaFX allocates the full-size image before it scales, 4 bytes a pixel, so this bounds that
     * buffer to ~144 MB while an 8K picture (7680 x 4320) still gets a thumbnail.
     */
    static final long MAX_PIXELS = 36_000_000L;
    static final Color BACKGROUND = new Color(0x3a, 0x3d, 0x44);

    private ThumbnailMaker() {
    }

    /** A made thumbnail: its JPEG bytes and the picture's dHash (for the duplicates' same-picture match). */
    record Made(byte[] jpeg, long dhash) {
    }

    /** JPEG bytes of the card's picture scaled to fit the thumbnail box, or null when it has none that decodes. */
    static byte[] make(Path file) {
        Made m = makeWithHash(file);
        return m == null ? null : m.jpeg();
    }

    /** The thumbnail and the dHash of the same scaled picture, or null when it has none that decodes. */
    static Made makeWithHash(Path file) {
        try {
            Image img = decode(file, WIDTH, HEIGHT);
            return img == null ? null : jpeg(img);
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (OutOfMemoryError e) {
            // One picture's buffer did not fit (it failed whole, so nothing is held): the tile keeps
            // its placeholder instead of the thumbnail thread dying.
            return null;
        }
    }

    /** The card's picture decoded to fit w x h, or null (no picture, unreadable, too large). */
    static Image decode(Path file, int w, int h) throws IOException {
        byte[] bytes = pictureBytes(file);
        if (bytes == null) {
            return null;
        }
        if (tooLarge(bytes) != null) {
            return null;
        }
        Image img = new Image(new ByteArrayInputStream(bytes), w, h, true, true);
        if (img.isError() || img.getWidth() < 1 || img.getHeight() < 1) {
            return null;
        }
        return img;
    }

    private static byte[] pictureBytes(Path file) {
        try {
            return CardImages.imageBytes(file).orElse(null);
        } catch (CardFormatException e) {
            return null;
        }
    }

    /** Why a picture is refused before decoding (its header claims too many pixels), or null. */
    static String tooLarge(byte[] b) {
        long[] size = ImageHeaders.size(b);
        if (size == null || size[0] * size[1] <= MAX_PIXELS) {
            return null;
        }
        return "image is " + size[0] + " x " + size[1] + " pixels, over the limit of " + MAX_PIXELS / 1_000_000
                + " million";
    }

    /** The dHash of a stored thumbnail (made before hashes were kept), or null when it does not decode. */
    static Long hashOf(byte[] jpeg) {
        try {
            BufferedImage b = ImageIO.read(new ByteArrayInputStream(jpeg));
            return b == null ? null : hash(b);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long hash(BufferedImage b) {
        int w = b.getWidth();
        int h = b.getHeight();
        return io.github.chargallery.library.dupes.DHash.of(b.getRGB(0, 0, w, h, null, 0, w), w, h);
    }

    private static Made jpeg(Image img) throws IOException {
        BufferedImage argb = SwingFXUtils.fromFXImage(img, null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        ImageIO.write(rgb, "jpg", out);
        return new Made(out.toByteArray(), hash(rgb));
    }
}
