package io.github.chargallery.gallery.thumbnails;


/**
 * The pixel size an image file's header claims, read before any decoder sees the bytes: a hostile
 * header (100000 x 100000) must be refused before a decoder allocates for it. The formats JavaFX decodes.
 */
public final class ImageHeaders {
    private ImageHeaders() {
    }

    /** {width, height} as claimed, or null when the format is not known or the header is cut short. */
    public static long[] size(byte[] b) {
        if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return new long[] {u32be(b, 16), u32be(b, 20)};
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return new long[] {u16le(b, 6), u16le(b, 8)};
        }
        if (b.length >= 26 && b[0] == 'B' && b[1] == 'M') {
            // BMP height is negative for top-down images
            return new long[] {Math.abs((long) s32le(b, 18)), Math.abs((long) s32le(b, 22))};
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
            return jpeg(b);
        }
        return null;
    }

    /** Walks the JPEG markers to the first start-of-frame, which holds the size. */
    private static long[] jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xff) != 0xff) {
                return null;
            }
            int marker = b[i + 1] & 0xff;
            if (marker == 0xff) {
                i++; // fill byte
                continue;
            }
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                return new long[] {u16be(b, i + 7), u16be(b, i + 5)};
            }
            if (marker == 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker == 0x01) {
                i += 2; // markers without a length
                continue;
            }
            i += 2 + u16be(b, i + 2);
        }
        return null;
    }

    private static long u32be(byte[] b, int o) {
        return ((b[o] & 0xffL) << 24) | ((b[o + 1] & 0xffL) << 16) | ((b[o + 2] & 0xffL) << 8) | (b[o + 3] & 0xffL);
    }

    private static int u16be(byte[] b, int o) {
        return ((b[o] & 0xff) << 8) | (b[o + 1] & 0xff);
    }

    private static int u16le(byte[] b, int o) {
        return (b[o] & 0xff) | ((b[o + 1] & 0xff) << 8);
    }

    private static int s32le(byte[] b, int o) {
        return (b[o] & 0xff) | ((b[o + 1] & 0xff) << 8) | ((b[o + 2] & 0xff) << 16) | (b[o + 3] << 24);
    }
}
