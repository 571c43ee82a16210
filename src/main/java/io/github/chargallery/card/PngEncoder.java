package io.github.chargallery.card;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/** Minimal PNG encoder (8-bit RGB or RGBA, no filtering) so code without AWT can make images. */
public final class PngEncoder {
    /** Image data is split like common encoders do, so files look like real ones to chunk walkers. */
    private static final int IDAT_SIZE = 64 * 1024;

    private PngEncoder() {
    }

    /** Encodes at the default compression level. */
    public static byte[] encode(int width, int height, byte[] pixels, boolean alpha) {
        return encode(width, height, pixels, alpha, Deflater.DEFAULT_COMPRESSION);
    }

    /**
     * @param pixels row-major, 3 (RGB) or 4 (RGBA) bytes per pixel
     * @param level a {@link Deflater} level; {@link Deflater#BEST_SPEED} for bulk generation
     */
    public static byte[] encode(int width, int height, byte[] pixels, boolean alpha, int level) {
        int channels = alpha ? 4 : 3;
        if (width <= 0 || height <= 0 || (long) width * height * channels != pixels.length) {
            throw new IllegalArgumentException("pixels hold " + pixels.length + " bytes, not " + width + "x" + height
                    + "x" + channels);
        }
        int stride = width * channels;
        byte[] raw = new byte[(stride + 1) * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(pixels, y * stride, raw, y * (stride + 1) + 1, stride);
        }
        Deflater deflater = new Deflater(level);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(raw.length / 2 + 1024);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buf = new byte[64 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                zipped.write(buf, 0, n);
            }
        } finally {
            deflater.end();
        }
        byte[] data = zipped.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 256);
        out.write(Png.SIGNATURE, 0, Png.SIGNATURE.length);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream(13);
        Png.writeInt(ihdr, width);
        Png.writeInt(ihdr, height);
        ihdr.write(8);
        ihdr.write(alpha ? 6 : 2);
        ihdr.write(0);
        ihdr.write(0);
        ihdr.write(0);
        Png.writeChunk(out, "IHDR", ihdr.toByteArray());
        for (int off = 0; off < data.length || off == 0; off += IDAT_SIZE) {
            int len = Math.min(IDAT_SIZE, data.length - off);
            byte[] part = new byte[len];
            System.arraycopy(data, off, part, 0, len);
            Png.writeChunk(out, "IDAT", part);
        }
        Png.writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }
}
