package io.github.chargallery.gallery.model;

import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.PngEncoder;
import io.github.chargallery.gallery.thumbnails.ImageHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * A picture the user chose for a card, as the PNG bytes the codec puts the card into: a PNG as it is,
 * any other format JavaFX decodes (JPEG, GIF, BMP) decoded and encoded as PNG. Background thread.
 */
final class PictureFile {
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final long MAX_PIXELS = 36_000_000L;

    private PictureFile() {
    }

    /** @throws IOException with a message that names the file and what is wrong with it */
    static byte[] png(Path file) throws IOException {
        String name = FileNames.display(file);
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(name + " is " + size / (1024 * 1024) + " MB, over the " + MAX_BYTES / (1024 * 1024)
                    + " MB a card picture may have");
        }
        byte[] bytes = Files.readAllBytes(file);
        long[] wh = ImageHeaders.size(bytes);
        if (wh == null) {
            throw new IOException(name + " is not a picture JavaFX can read (PNG, JPEG, GIF, BMP; WebP is not"
                    + " supported by this JavaFX)");
        }
        if (wh[0] * wh[1] > MAX_PIXELS) {
            throw new IOException(name + " is " + wh[0] + " x " + wh[1] + " pixels, over the limit of "
                    + MAX_PIXELS / 1_000_000 + " million");
        }
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P') {
            return bytes;
        }
        Image img = new Image(new ByteArrayInputStream(bytes));
        if (img.isError() || img.getWidth() < 1 || img.getHeight() < 1) {
            throw new IOException(name + " could not be decoded"
                    + (img.getException() == null ? "" : ": " + img.getException().getMessage()));
        }
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        PixelReader r = img.getPixelReader();
        byte[] rgba = new byte[w * h * 4];
        int i = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = r.getArgb(x, y);
                rgba[i++] = (byte) (argb >> 16);
                rgba[i++] = (byte) (argb >> 8);
                rgba[i++] = (byte) argb;
                rgba[i++] = (byte) (argb >>> 24);
            }
        }
        return PngEncoder.encode(w, h, rgba, true);
    }
}
