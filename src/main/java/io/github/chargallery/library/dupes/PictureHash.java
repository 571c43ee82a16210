package io.github.chargallery.library.dupes;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardImages;
import io.github.chargallery.card.ScaledPng;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way to a card picture's dHash without a window: the PNG is read row by row and scaled into the
 * thumbnail's box while it is read ({@link ScaledPng}, pure Java), then hashed ({@link DHash}). The
 * gallery's thumbnails read PNG cards the same way into the same box, so both get the same hash. A CHARX
 * icon that is not a PNG (JPEG, WebP) has no pure-Java decoder here: it gets its hash when the window makes
 * its thumbnail.
 */
public final class PictureHash {
    /** The box pictures are scaled into before hashing: the gallery's thumbnail size (200 x 266). */
    public static final int BOX_WIDTH = 200;
    public static final int BOX_HEIGHT = (int) (BOX_WIDTH * (4.0 / 3));
    /** Beyond this many pixels a PNG is not read (~10 s a gigapixel on one core). */
    public static final long MAX_PIXELS = 1_000_000_000L;
    /** pngj holds an interlaced picture whole: beyond this many pixels one is not read. */
    public static final long MAX_INTERLACED_PIXELS = 36_000_000L;

    private PictureHash() {
    }

    /** The hash of pixels already scaled into the box (what a thumbnail was made from). */
    public static long of(ScaledPng.Pixels p) {
        return DHash.of(p.argb(), p.width(), p.height());
    }

    /** The PNG in {@code in} (not closed) scaled into the box. */
    public static ScaledPng.Pixels scaled(InputStream in) throws IOException {
        return ScaledPng.read(in, BOX_WIDTH, BOX_HEIGHT, MAX_PIXELS, MAX_INTERLACED_PIXELS);
    }

    /** The dHash of the card file's picture; null when it has none this can decode (JSON, a JPEG icon, broken). */
    public static Long of(Path file) {
        try {
            if (CardFile.Format.of(file) == CardFile.Format.PNG) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                    return of(scaled(in));
                }
            }
            byte[] bytes = CardImages.imageBytes(file).orElse(null);
            if (bytes == null || !isPng(bytes)) {
                return null;
            }
            return of(scaled(new ByteArrayInputStream(bytes)));
        } catch (CardFormatException | IOException | RuntimeException | OutOfMemoryError e) {
            return null; // no hash: the card just takes no part in the same-picture match
        }
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
