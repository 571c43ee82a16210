package io.github.chargallery.gallery.thumbnails;

import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardImages;
import io.github.chargallery.card.ScaledPng;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.chargallery.library.dupes.DHash;
import io.github.chargallery.library.dupes.PictureHash;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/**
 * Turns a card file's picture into small JPEG bytes for the thumbnail store. Decodes at the
 * requested size (JavaFX scales while decoding), so a 4k PNG never sits in memory at full size.
 * Blocking: background threads only.
 */
final class ThumbnailMaker {
    static final int WIDTH = PictureHash.BOX_WIDTH;
    static final int HEIGHT = PictureHash.BOX_HEIGHT;
    /**
     * Beyond this many pixels JavaFX is not asked to decode a picture: it allocates the full-size image
     * before it scales, 4 bytes a pixel, so this bounds that buffer to ~144 MB while an 8K picture
     * (7680 x 4320) still goes through it. A bigger PNG card is read row by row instead; a bigger
     * picture of another format (a CHARX icon) is refused before decoding.
     */
    static final long MAX_PIXELS = 36_000_000L;
    static final Color BACKGROUND = new Color(0x3a, 0x3d, 0x44);

    private ThumbnailMaker() {
    }

    /**
     * A PNG over {@link #MAX_PIXELS} is read row by row instead ({@link ScaledPng}: a few rows of memory) up to
     * this many pixels, beyond which even that takes too long (~10 s a gigapixel on one core).
     */
    static final long MAX_STREAMED_PIXELS = 1_000_000_000L;

    /** JPEG bytes of the card's picture scaled to fit the thumbnail box, or null when it has none that decodes. */
    /** A made thumbnail: its JPEG bytes and the picture's dHash (for the duplicates' same-picture match). */
    record Made(byte[] jpeg, long dhash) {
    }

    static byte[] make(Path file) {
        Made m = makeWithHash(file);
        return m == null ? null : m.jpeg();
    }

    /** The thumbnail and the dHash of the same scaled picture, or null when it has none that decodes. */
    static Made makeWithHash(Path file) {
        try {
            // A PNG card is read row by row whatever its size: 1.2-2x the thumbnails a second of JavaFX's
            // decoder on the generated 10k library (it reads the picture only, not the card's text after it).
            if (CardFile.Format.of(file) == CardFile.Format.PNG) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                    ScaledPng.Pixels p = PictureHash.scaled(in); // the box and the hash the CLI uses too
                    return new Made(jpeg(image(p)), PictureHash.of(p));
                }
            }
            Image img = decode(file, WIDTH, HEIGHT);
            return img == null ? null : made(SwingFXUtils.fromFXImage(img, null));
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (OutOfMemoryError e) {
            // One picture's buffer did not fit (it failed whole, so nothing is held): the tile keeps
            // its placeholder instead of the thumbnail thread dying.
            return null;
        }
    }

    private static Made made(BufferedImage argb) throws IOException {
        return new Made(jpeg(argb), hash(argb));
    }

    /** The dHash of a stored thumbnail (made before hashes were kept), or null when it does not decode. */
    static Long hashOf(byte[] jpeg) {
        try {
            BufferedImage b = ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
            return b == null ? null : hash(b);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The hash of a picture JavaFX decoded (a CHARX icon that is not a PNG, a stored thumbnail). */
    private static long hash(BufferedImage b) {
        int w = b.getWidth();
        int h = b.getHeight();
        return DHash.of(b.getRGB(0, 0, w, h, null, 0, w), w, h);
    }

    /** The card's picture decoded to fit w x h, or null (no picture, unreadable, too large). */
    static Image decode(Path file, int w, int h) throws IOException {
        if (hugePng(file)) {
            BufferedImage img = rowByRow(file, w, h);
            return SwingFXUtils.toFXImage(img, null);
        }
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

    /** A PNG card whose header claims more than {@link #MAX_PIXELS}: JavaFX would allocate it whole. */
    static boolean hugePng(Path file) throws IOException {
        if (CardFile.Format.of(file) != CardFile.Format.PNG) {
            return false;
        }
        byte[] head = new byte[24];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        long[] size = n == head.length ? ImageHeaders.size(head) : null;
        return size != null && size[0] * size[1] > MAX_PIXELS;
    }

    /** The PNG read row by row, scaled to fit w x h as it is read: memory for a few rows, any size. */
    static BufferedImage rowByRow(Path file, int w, int h) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            return image(ScaledPng.read(in, w, h, MAX_STREAMED_PIXELS, MAX_PIXELS));
        }
    }

    private static BufferedImage image(ScaledPng.Pixels p) {
        BufferedImage img = new BufferedImage(p.width(), p.height(), BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, p.width(), p.height(), p.argb(), 0, p.width());
        return img;
    }

    static byte[] jpeg(BufferedImage argb) throws IOException {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        ImageIO.write(rgb, "jpg", out);
        return out.toByteArray();
    }
}
