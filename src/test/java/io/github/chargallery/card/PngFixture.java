package io.github.chargallery.card;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;

/** Builds test PNGs with any chunks before or after the image data. */
final class PngFixture {
    private final List<byte[]> before = new ArrayList<>();
    private final List<byte[]> after = new ArrayList<>();
    private byte[] image = PngEncoder.encode(2, 2, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, false);

    static PngFixture png() {
        return new PngFixture();
    }

    PngFixture image(byte[] png) {
        this.image = png;
        return this;
    }

    /** Chunk placed right after IHDR, before the image data. */
    PngFixture before(byte[] chunk) {
        before.add(chunk);
        return this;
    }

    /** Chunk placed after the image data, before IEND. */
    PngFixture after(byte[] chunk) {
        after.add(chunk);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ihdrEnd = 8 + 12 + Png.readInt(image, 8);
        int iend = image.length - 12;
        out.write(image, 0, ihdrEnd);
        before.forEach(c -> out.write(c, 0, c.length));
        out.write(image, ihdrEnd, iend - ihdrEnd);
        after.forEach(c -> out.write(c, 0, c.length));
        out.write(image, iend, 12);
        return out.toByteArray();
    }

    Path write(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    static String b64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] chunk(String type, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Png.writeChunk(out, type, body);
        return out.toByteArray();
    }

    /** The chunk with its stored CRC changed, so the body no longer matches it. */
    static byte[] withBadCrc(byte[] chunk) {
        byte[] c = chunk.clone();
        c[c.length - 1] ^= 0x01;
        return c;
    }

    /** Where the first chunk of this type starts (its length field), or -1. */
    static int indexOf(byte[] png, String type) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        for (int pos = 8; pos + 12 <= png.length; pos += 12 + Png.readInt(png, pos)) {
            if (java.util.Arrays.equals(png, pos + 4, pos + 8, t, 0, 4)) {
                return pos;
            }
        }
        return -1;
    }

    static byte[] tEXt(String keyword, String text) {
        return chunk("tEXt", Png.textBody(keyword, text));
    }

    static byte[] zTXt(String keyword, String text) {
        return zTXtRaw(keyword, deflate(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    static byte[] zTXtRaw(String keyword, byte[] compressed) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        body.write(0);
        body.write(0);
        body.writeBytes(compressed);
        return chunk("zTXt", body.toByteArray());
    }

    static byte[] iTXt(String keyword, String text, boolean compressed) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        body.write(0);
        body.write(compressed ? 1 : 0);
        body.write(0);
        body.writeBytes("en".getBytes(StandardCharsets.US_ASCII));
        body.write(0);
        body.write(0);
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        body.writeBytes(compressed ? deflate(t) : t);
        return chunk("iTXt", body.toByteArray());
    }

    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }
}
