package io.github.chargallery.card;

import io.github.chargallery.card.CardFormatException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds the card text chunks of a PNG by seeking from chunk header to chunk header: image data and
 * other chunks (including megabyte-sized {@code chara-ext-asset_*} ones) are skipped unread, and no
 * image row is ever decoded.
 */
final class PngCardChunks {
    /** Bytes of a text chunk read to learn its keyword (PNG keywords are at most 79 bytes). */
    private static final int KEYWORD_PEEK = 80;

    /**
     * One card chunk: its type, normalized keyword ("chara"/"ccv3"), file offset and whole body.
     * {@code crcMismatch} is null when the stored CRC matches, else says both values (the chunk was
     * damaged after it was written).
     */
    record Chunk(String type, String keyword, long offset, byte[] body, String crcMismatch) {
        /** How messages name this chunk: "chara chunk (tEXt at byte 1234)". */
        String describe() {
            return keyword + " chunk (" + type + " at byte " + offset + ")";
        }
    }

    /**
     * What the walk found. {@code problem} is null when IEND was reached; otherwise it says where the
     * file is damaged or cut ({@code problemKind} TRUNCATED or DAMAGED).
     */
    record Scan(List<Chunk> chunks, String problem, Kind problemKind) {
    }

    private PngCardChunks() {
    }

    static Scan scan(Path file) throws CardFormatException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            byte[] head = new byte[12];
            int n = read(ch, ByteBuffer.wrap(head), 0);
            if (n < 8 || !Png.hasSignature(head)) {
                throw new CardFormatException(file, Kind.NOT_PNG, "not a PNG: " + Png.sniff(head, n));
            }
            List<Chunk> found = new ArrayList<>();
            long pos = 8;
            for (int count = 0; ; count++) {
                if (count >= Limits.MAX_PNG_CHUNKS) {
                    throw new CardFormatException(file, Kind.TOO_LARGE,
                            "PNG has more than " + Limits.MAX_PNG_CHUNKS + " chunks; refused as hostile or damaged");
                }
                if (pos == size) {
                    return new Scan(found, "file ends at byte " + size + " without an IEND chunk", Kind.TRUNCATED);
                }
                if (size - pos < 12) {
                    return new Scan(found, "file ends inside a chunk header at byte " + pos, Kind.TRUNCATED);
                }
                readFully(ch, ByteBuffer.wrap(head, 0, 8), pos);
                if (!Png.validType(head, 4)) {
                    return new Scan(found, "damaged chunk header at byte " + pos, Kind.DAMAGED);
                }
                long length = Integer.toUnsignedLong(Png.readInt(head, 0));
                String type = new String(head, 4, 4, StandardCharsets.US_ASCII);
                long end = pos + 12 + length;
                if (length > Integer.MAX_VALUE) {
                    // PNG caps chunk lengths at 2^31-1: this length field is damaged, not the end cut off.
                    return new Scan(found, "the " + type + " chunk at byte " + pos + " has an invalid length ("
                            + length + " bytes; PNG allows at most " + Integer.MAX_VALUE + ")", Kind.DAMAGED);
                }
                if (end > size) {
                    return new Scan(found, "file ends inside the " + type + " chunk at byte " + pos
                            + " (it needs " + (end - size) + " more bytes)", Kind.TRUNCATED);
                }
                if (type.equals("IEND")) {
                    return new Scan(found, null, null);
                }
                if (Png.isTextType(type)) {
                    Chunk c = readCardChunk(file, ch, type, pos, length);
                    if (c != null) {
                        found.add(c);
                    }
                }
                pos = end;
            }
        } catch (IOException e) {
            throw Io.error(file, e);
        }
    }

    private static Chunk readCardChunk(Path file, FileChannel ch, String type, long pos, long length)
            throws IOException, CardFormatException {
        byte[] peek = new byte[(int) Math.min(length, KEYWORD_PEEK)];
        readFully(ch, ByteBuffer.wrap(peek), pos + 8);
        int nul = indexOf(peek, 0);
        if (nul < 0) {
            return null;
        }
        String keyword = Png.cardKeyword(new String(peek, 0, nul, StandardCharsets.ISO_8859_1));
        if (keyword == null) {
            return null;
        }
        if (length > Limits.MAX_CARD_BYTES) {
            throw new CardFormatException(file, Kind.TOO_LARGE, keyword + " chunk is " + Limits.mb(length)
                    + ", over the " + Limits.mb(Limits.MAX_CARD_BYTES) + " limit");
        }
        BigReads.size(length);
        byte[] body = new byte[(int) length];
        readFully(ch, ByteBuffer.wrap(body), pos + 8);
        byte[] stored = new byte[4];
        readFully(ch, ByteBuffer.wrap(stored), pos + 8 + length);
        // Only card chunks are checked: they are read anyway, while IDAT and the rest stay unread.
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(body);
        long expected = Integer.toUnsignedLong(Png.readInt(stored, 0));
        String mismatch = crc.getValue() == expected ? null
                : String.format("stored CRC %08x, computed %08x", expected, crc.getValue());
        return new Chunk(type, keyword, pos, body, mismatch);
    }

    /** The chunk's text bytes: after the keyword for tEXt, inflated for zTXt and compressed iTXt. */
    static byte[] text(Path file, Chunk c) throws CardFormatException {
        byte[] b = c.body();
        int p = indexOf(b, 0) + 1;
        String what = c.describe();
        switch (c.type()) {
            case "tEXt":
                return java.util.Arrays.copyOfRange(b, p, b.length);
            case "zTXt":
                if (p >= b.length || b[p] != 0) {
                    throw new CardFormatException(file, Kind.DAMAGED, what + " uses an unknown compression method");
                }
                return inflate(file, b, p + 1, b.length - p - 1, what);
            default: {
                if (p + 2 > b.length) {
                    throw new CardFormatException(file, Kind.DAMAGED, what + " is cut short");
                }
                boolean compressed = b[p] != 0;
                int lang = indexOf(b, p + 2);
                int translated = lang < 0 ? -1 : indexOf(b, lang + 1);
                if (translated < 0) {
                    throw new CardFormatException(file, Kind.DAMAGED, what + " is cut short");
                }
                int start = translated + 1;
                return compressed ? inflate(file, b, start, b.length - start, what)
                        : java.util.Arrays.copyOfRange(b, start, b.length);
            }
        }
    }

    /** Inflates with a hard cap so a zip bomb is refused after at most the cap, not inflated whole. */
    static byte[] inflate(Path file, byte[] in, int off, int len, String what) throws CardFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(in, off, len);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(len * 4, 1 << 20));
            byte[] buf = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new CardFormatException(file, Kind.DAMAGED, what + ": compressed data is cut short");
                }
                if ((long) out.size() + n > Limits.MAX_CARD_BYTES) {
                    throw new CardFormatException(file, Kind.TOO_LARGE,
                            what + " inflates to more than " + Limits.mb(Limits.MAX_CARD_BYTES) + "; refused");
                }
                out.write(buf, 0, n);
                BigReads.size(out.size());
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new CardFormatException(file, Kind.DAMAGED, what + ": compressed data is damaged", e);
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int read(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        int total = 0;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        int want = buf.remaining();
        if (read(ch, buf, pos) < want) {
            throw new EOFException("file shrank while being read");
        }
    }
}
