package io.github.chargallery.card;

import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.ImageLineInt;
import ar.com.hjg.pngj.PngReaderInt;
import ar.com.hjg.pngj.PngjException;
import ar.com.hjg.pngj.chunks.PngChunkPLTE;
import ar.com.hjg.pngj.chunks.PngChunkTRNS;
import java.io.IOException;
import java.io.InputStream;

/**
 * A PNG picture scaled down to fit a box while it is read, one row at a time (pngj): each source pixel is
 * added to the output pixel it falls in (a box filter, alpha-weighted), so memory holds one source row and
 * one output row of sums whatever the picture's size. A 16,000 x 16,000 PNG gets a thumbnail in a few MB.
 */
public final class ScaledPng {
    /** The scaled picture: {@code argb} holds width x height pixels, row after row, not premultiplied. */
    public record Pixels(int width, int height, int[] argb) {
    }

    private ScaledPng() {
    }

    /**
     * Reads the PNG in {@code in} (not closed) scaled to fit {@code maxW x maxH}, keeping its proportions and
     * never enlarging it.
     *
     * @throws IOException when it is not a PNG or is broken, claims more than {@code maxPixels} pixels
     *                     (decoding would take too long), or is interlaced and larger than
     *                     {@code maxInterlacedPixels} (pngj holds a whole interlaced picture in memory)
     */
    public static Pixels read(InputStream in, int maxW, int maxH, long maxPixels, long maxInterlacedPixels)
            throws IOException {
        PngReaderInt png = null;
        try {
            png = new PngReaderInt(in);
            png.setShouldCloseStream(false);
            png.setMaxTotalBytesRead(Long.MAX_VALUE);
            png.setChunksToSkip("tEXt", "zTXt", "iTXt"); // the card's own text, up to megabytes: not picture
            ImageInfo info = png.imgInfo;
            long pixels = (long) info.cols * info.rows;
            if (pixels > maxPixels || (png.isInterlaced() && pixels > maxInterlacedPixels)) {
                throw new IOException("image is " + info.cols + " x " + info.rows + " pixels, over the limit");
            }
            double scale = Math.min(1.0, Math.min((double) maxW / info.cols, (double) maxH / info.rows));
            int w = (int) Math.max(1, Math.round(info.cols * scale));
            int h = (int) Math.max(1, Math.round(info.rows * scale));
            int[] column = new int[info.cols];
            for (int x = 0; x < info.cols; x++) {
                column[x] = (int) ((long) x * w / info.cols);
            }
            Sums sums = new Sums(w);
            int[] out = new int[w * h];
            int[] palette = palette(png, info);
            int[] clear = transparentColour(png, info);
            int y = -1;
            for (int row = 0; row < info.rows; row++) {
                ImageLineInt line = (ImageLineInt) png.readRow(row);
                int ty = (int) ((long) row * h / info.rows);
                if (ty != y) {
                    if (y >= 0) {
                        sums.flush(out, y * w);
                    }
                    y = ty;
                }
                add(line.getScanline(), info, palette, clear, column, sums);
            }
            sums.flush(out, y * w);
            return new Pixels(w, h, out);
        } catch (PngjException e) {
            throw new IOException("not a readable PNG: " + e.getMessage(), e);
        } finally {
            if (png != null) {
                png.close();
            }
        }
    }

    /** Per output pixel of the current output row: alpha and alpha-weighted colour sums. */
    private static final class Sums {
        final long[] a;
        final long[] r;
        final long[] g;
        final long[] b;
        final int[] n;

        Sums(int w) {
            a = new long[w];
            r = new long[w];
            g = new long[w];
            b = new long[w];
            n = new int[w];
        }

        void flush(int[] out, int offset) {
            for (int x = 0; x < n.length; x++) {
                int pixel = 0;
                if (n[x] > 0 && a[x] > 0) {
                    int alpha = (int) (a[x] / n[x]);
                    pixel = (alpha << 24) | (int) (r[x] / a[x]) << 16 | (int) (g[x] / a[x]) << 8 | (int) (b[x] / a[x]);
                }
                out[offset + x] = pixel;
                a[x] = 0;
                r[x] = 0;
                g[x] = 0;
                b[x] = 0;
                n[x] = 0;
            }
        }
    }

    private static void add(int[] s, ImageInfo info, int[] palette, int[] clear, int[] column, Sums sums) {
        int max = (1 << info.bitDepth) - 1;
        int ch = info.channels;
        for (int x = 0, i = 0; x < info.cols; x++, i += ch) {
            int alpha;
            int red;
            int green;
            int blue;
            if (palette != null) {
                int p = palette[Math.min(s[i], palette.length - 1)];
                alpha = p >>> 24;
                red = (p >> 16) & 0xff;
                green = (p >> 8) & 0xff;
                blue = p & 0xff;
            } else if (info.greyscale) {
                red = green = blue = to8(s[i], max);
                alpha = info.alpha ? to8(s[i + 1], max) : clear != null && s[i] == clear[0] ? 0 : 255;
            } else {
                red = to8(s[i], max);
                green = to8(s[i + 1], max);
                blue = to8(s[i + 2], max);
                alpha = info.alpha ? to8(s[i + 3], max)
                        : clear != null && s[i] == clear[0] && s[i + 1] == clear[1] && s[i + 2] == clear[2] ? 0 : 255;
            }
            int t = column[x];
            sums.a[t] += alpha;
            sums.r[t] += (long) red * alpha;
            sums.g[t] += (long) green * alpha;
            sums.b[t] += (long) blue * alpha;
            sums.n[t]++;
        }
    }

    private static int to8(int v, int max) {
        return max == 255 ? v : (v * 255 + max / 2) / max;
    }

    /** The one colour tRNS makes transparent in a grey or RGB picture without alpha (raw samples), or null. */
    private static int[] transparentColour(PngReaderInt png, ImageInfo info) {
        PngChunkTRNS trns = png.getMetadata().getTRNS();
        if (trns == null || info.indexed || info.alpha) {
            return null;
        }
        return info.greyscale ? new int[] {trns.getGray()} : trns.getRGB();
    }

    /** ARGB of each palette entry (tRNS gives the alphas), or null for a picture without a palette. */
    private static int[] palette(PngReaderInt png, ImageInfo info) {
        if (!info.indexed) {
            return null;
        }
        PngChunkPLTE plte = png.getMetadata().getPLTE();
        if (plte == null) {
            throw new PngjException("indexed picture without a palette");
        }
        PngChunkTRNS trns = png.getMetadata().getTRNS();
        int[] alphas = trns == null ? new int[0] : trns.getPalletteAlpha();
        int[] argb = new int[plte.getNentries()];
        int[] rgb = new int[3];
        for (int i = 0; i < argb.length; i++) {
            plte.getEntryRgb(i, rgb);
            int alpha = i < alphas.length ? alphas[i] : 255;
            argb[i] = alpha << 24 | rgb[0] << 16 | rgb[1] << 8 | rgb[2];
        }
        return argb;
    }
}
