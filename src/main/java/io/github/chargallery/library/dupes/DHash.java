package io.github.chargallery.library.dupes;

/**
 * The 64-bit difference hash of a picture: shrunk to 9 x 8 grey cells (area averages), one bit per cell
 * telling whether it is brighter than its right neighbour. Re-encoding, rescaling and small edits move few
 * bits; a different picture moves about half. Pure arithmetic on pixels a caller decoded.
 */
public final class DHash {
    /** Pictures at most this many bits apart count as the same picture. */
    public static final int SAME_PICTURE_BITS = 5;

    private DHash() {
    }

    /** @param argb pixels row by row, {@code 0xAARRGGBB} (alpha ignored) */
    public static long of(int[] argb, int width, int height) {
        if (width < 1 || height < 1 || argb.length < width * height) {
            throw new IllegalArgumentException("no pixels");
        }
        double[] grey = new double[9 * 8];
        for (int cy = 0; cy < 8; cy++) {
            int y0 = cy * height / 8;
            int y1 = Math.max(y0 + 1, (cy + 1) * height / 8);
            for (int cx = 0; cx < 9; cx++) {
                int x0 = cx * width / 9;
                int x1 = Math.max(x0 + 1, (cx + 1) * width / 9);
                double sum = 0;
                int n = 0;
                for (int y = y0; y < Math.min(y1, height); y++) {
                    for (int x = x0; x < Math.min(x1, width); x++) {
                        int p = argb[y * width + x];
                        sum += 0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff);
                        n++;
                    }
                }
                grey[cy * 9 + cx] = n == 0 ? 0 : sum / n;
            }
        }
        long hash = 0;
        for (int cy = 0; cy < 8; cy++) {
            for (int cx = 0; cx < 8; cx++) {
                hash <<= 1;
                if (grey[cy * 9 + cx] > grey[cy * 9 + cx + 1]) {
                    hash |= 1;
                }
            }
        }
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** A picture with almost no structure (one colour, a gradient): its hash would match unrelated pictures. */
    public static boolean tooPlain(long hash) {
        int bits = Long.bitCount(hash);
        return bits <= 4 || bits >= 60;
    }
}
