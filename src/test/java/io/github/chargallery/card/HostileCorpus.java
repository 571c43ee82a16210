package io.github.chargallery.card;

import static io.github.chargallery.card.PngFixture.b64;
import static io.github.chargallery.card.PngFixture.png;
import static io.github.chargallery.card.TestCards.json;
import static io.github.chargallery.card.TestCards.v2;
import static io.github.chargallery.card.TestCards.v3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a folder of hostile and broken card files (plus a few good ones) and says what indexing each
 * must give. Shared by the codec, library and thumbnail tests, so they all face the same files.
 * Bombs are built by chaining one deflated block of zeros, so gigabytes cost a few MB and milliseconds.
 */
public final class HostileCorpus {
    /** Name of the card inside the chmod-000 file; root reads it anyway. */
    public static final String LOCKED_CARD = "Locked";
    public static final String UNREADABLE = "unreadable.png";
    /** The two PNGs whose header claims 100000 x 100000 pixels. */
    public static final Set<String> GIANT = Set.of("giant-ihdr-card.png", "giant-ihdr-no-card.png");
    static final int GIANT_SIDE = 100_000;
    private static final int MB = 1024 * 1024;

    /**
     * What indexing {@code file} must give: a card called {@code card}, or (card null) an error whose
     * reason contains {@code reason}.
     */
    public record Expected(Path file, String card, String reason) {
        public boolean isCard() {
            return card != null;
        }

        @Override
        public String toString() {
            return file.getFileName() + (isCard() ? " -> card " + card : " -> error containing \"" + reason + "\"");
        }
    }

    private final Path dir;
    private final List<Expected> expected = new ArrayList<>();

    private HostileCorpus(Path dir) {
        this.dir = dir;
    }

    /** Writes every file under {@code dir} and returns what each must give, in writing order. */
    public static List<Expected> write(Path dir) throws IOException {
        HostileCorpus c = new HostileCorpus(dir);
        c.goodCards();
        c.brokenPngs();
        c.notPngs();
        c.bombs();
        c.oversized();
        c.awkwardNames();
        c.symlinkLoop();
        c.unreadable();
        return List.copyOf(c.expected);
    }

    private void goodCards() throws IOException {
        pngFile("good-v2.png", cardChunk("Good V2"));
        card("good-v2.png", "Good V2");
        write("good-v3.png", png().after(cardChunk("Good V3 old")).after(PngFixture.tEXt("ccv3", b64(json(v3("Good V3")))))
                .bytes());
        card("good-v3.png", "Good V3");
        write("good.json", json(v2("Good Json")).getBytes(StandardCharsets.UTF_8));
        card("good.json", "Good Json");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("good.charx")))) {
            zip.putNextEntry(new ZipEntry(Charx.CARD_JSON));
            zip.write(json(v3("Good Charx")).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(Charx.DEFAULT_ICON));
            zip.write(PngEncoder.encode(4, 4, new byte[4 * 4 * 3], false));
        }
        card("good.charx", "Good Charx");
    }

    private void brokenPngs() throws IOException {
        byte[] whole = png().after(cardChunk("Cut")).bytes();
        write("truncated-before-card.png", Arrays.copyOf(whole, 50));
        error("truncated-before-card.png", "truncated before any card chunk: file ends inside the IDAT chunk");
        write("truncated-after-card.png", Arrays.copyOf(whole, whole.length - 6));
        card("truncated-after-card.png", "Cut"); // only IEND is cut: the card is whole, read with a warning

        pngFile("crc-card-chunk-intact.png", PngFixture.withBadCrc(cardChunk("Crc Kept")));
        card("crc-card-chunk-intact.png", "Crc Kept");
        byte[] damaged = cardChunk("Crc Lost");
        damaged[damaged.length - 20] = '!';
        pngFile("crc-card-chunk-damaged.png", damaged);
        error("crc-card-chunk-damaged.png", "its CRC does not match");
        byte[] idat = png().after(cardChunk("Crc Idat")).bytes();
        idat[PngFixture.indexOf(idat, "IDAT") + 8] ^= 0x55;
        write("crc-idat.png", idat);
        card("crc-idat.png", "Crc Idat"); // pixels are never read, so their damage is not the card's

        // A length past the end reads as a cut file; one beyond what PNG allows can only be damage.
        byte[] past = PngFixture.tEXt("Comment", "hello");
        ByteBuffer.wrap(past).putInt(0, 0x7FFF_FFF0);
        write("length-past-end.png", png().before(past).after(cardChunk("Past")).bytes());
        error("length-past-end.png", "truncated before any card chunk: file ends inside the tEXt chunk at byte 33 (it needs ");
        ByteBuffer.wrap(past).putInt(0, 0xFFFF_FFF0);
        write("length-invalid.png", png().before(past).after(cardChunk("Past")).bytes());
        error("length-invalid.png", "damaged PNG: the tEXt chunk at byte 33 has an invalid length (4294967280 bytes");

        pngFile("payload-not-base64.png", PngFixture.tEXt("chara", "this is ~not~ base64!"));
        error("payload-not-base64.png", "chara chunk is not base64 text");
        pngFile("base64-not-json.png", PngFixture.tEXt("chara", b64("Hello, I am not JSON")));
        error("base64-not-json.png", "chara chunk is not JSON");
        pngFile("json-array.png", PngFixture.tEXt("chara", b64("[1, 2]")));
        error("json-array.png", "chara chunk holds a JSON array, not a card object");
        write("json-string.json", "\"just a string\"".getBytes(StandardCharsets.UTF_8));
        error("json-string.json", "file holds a JSON string, not a card object");

        write("giant-ihdr-card.png", giant(png().after(cardChunk("Giant")).bytes()));
        card("giant-ihdr-card.png", "Giant");
        write("giant-ihdr-no-card.png", giant(png().bytes()));
        error("giant-ihdr-no-card.png", "no card in this PNG");

        PngFixture many = png();
        byte[] tiny = PngFixture.chunk("teSt", new byte[0]);
        for (int i = 0; i < 100_000; i++) {
            many.before(tiny);
        }
        write("100000-chunks.png", many.after(cardChunk("Far Away")).bytes());
        error("100000-chunks.png", "PNG has more than 20000 chunks");
    }

    private void notPngs() throws IOException {
        write("photo.png", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        error("photo.png", "not a PNG: it is a JPEG image");
        write("notes.png", "These are my notes about cards.\n".getBytes(StandardCharsets.UTF_8));
        error("notes.png", "not a PNG: it is a text file");
        write("empty.png", new byte[0]);
        error("empty.png", "not a PNG: the file is empty");
        write("empty.json", new byte[0]);
        error("empty.json", "file is empty");
        write("empty.charx", new byte[0]);
        error("empty.charx", "not a CHARX: the file is empty");
    }

    private void bombs() throws IOException {
        int copies = 2048; // 2 GiB of zeros once inflated
        byte[] segment = zeroSegment();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        z.write(0x78);
        z.write(0x9C);
        for (int i = 0; i < copies; i++) {
            z.write(segment);
        }
        z.write(FINAL_EMPTY_BLOCK);
        long adler = ((long) copies * MB % 65521) << 16 | 1; // Adler-32 of n zeros: a stays 1, b counts n
        z.write(ByteBuffer.allocate(4).putInt((int) adler).array());
        pngFile("ztxt-bomb.png", PngFixture.zTXtRaw("chara", z.toByteArray()));
        error("ztxt-bomb.png", ") inflates to more than 16 MB; refused");

        writeZipBomb(dir.resolve("bomb.charx"), segment, copies);
        error("bomb.charx", "card.json inflates to more than 16 MB; refused");
    }

    private void oversized() throws IOException {
        byte[] base = png().after(cardChunk("Behind Big Text")).bytes();
        try (OutputStream out = Files.newOutputStream(dir.resolve("big-text-before-card.png"))) {
            out.write(base, 0, 33);
            writeBigText(out, "Comment", 50 * MB, (byte) 'x');
            out.write(base, 33, base.length - 33);
        }
        card("big-text-before-card.png", "Behind Big Text");
        base = png().bytes();
        try (OutputStream out = Files.newOutputStream(dir.resolve("big-card-chunk.png"))) {
            out.write(base, 0, base.length - 12);
            writeBigText(out, "chara", 50 * MB, (byte) 'A');
            out.write(base, base.length - 12, 12);
        }
        error("big-card-chunk.png", "chara chunk is 50 MB, over the 16 MB limit");
        // Cards just under the limit are read, and several of them at once must not exhaust the heap.
        for (int i = 1; i <= 3; i++) {
            var card = v2("Near Limit " + i);
            TestCards.data(card).put("description", "y".repeat(10 * MB)).put("first_mes", "\u00e9\u4e00".repeat(MB / 4));
            pngFile("near-limit-" + i + ".png", PngFixture.tEXt("chara", b64(json(card))));
            card("near-limit-" + i + ".png", "Near Limit " + i);
        }
    }

    private void awkwardNames() throws IOException {
        named("name with spaces.png", "Spaced Out");
        named("emoji \uD83D\uDE00 card.png", "Emoji \uD83D\uDE00");
        named("new\nline.png", "Newline");
        named("long-" + "x".repeat(245) + ".png", "Long Name"); // 254 bytes, under the usual 255 limit
    }

    private void symlinkLoop() throws IOException {
        Path a = Files.createDirectories(dir.resolve("loop/a"));
        Path b = Files.createDirectories(dir.resolve("loop/b"));
        pngFile("loop/a/in-a.png", cardChunk("Looped A"));
        pngFile("loop/b/in-b.png", cardChunk("Looped B"));
        Files.createSymbolicLink(a.resolve("to-b"), Path.of("../b"));
        Files.createSymbolicLink(b.resolve("to-a"), Path.of("../a"));
        card("loop/a/in-a.png", "Looped A");
        card("loop/b/in-b.png", "Looped B");
        // Each folder is also reached once through the other's link; the walk stops when it comes round.
        card("loop/a/to-b/in-b.png", "Looped B");
        card("loop/b/to-a/in-a.png", "Looped A");
    }

    private void unreadable() throws IOException {
        Path f = pngFile(UNREADABLE, cardChunk(LOCKED_CARD));
        Files.setPosixFilePermissions(f, Set.of());
        error(UNREADABLE, "permission denied");
    }

    /**
     * The real reader, except that a file whose POSIX permissions deny its owner reading fails as the
     * kernel fails an open for a user who is not root ({@link AccessDeniedException}, through the
     * codec's own I/O error mapping). Tests use it when they run as root, which reads anything.
     */
    public static CardReader permissionsAsForAUser(CardReader real) {
        return file -> {
            Set<PosixFilePermission> perms;
            try {
                perms = Files.getPosixFilePermissions(file);
            } catch (IOException e) {
                return real.read(file); // let the real read report it
            }
            if (!perms.contains(PosixFilePermission.OWNER_READ)) {
                throw Io.error(file, new AccessDeniedException(file.toString()));
            }
            return real.read(file);
        };
    }

    // --- building blocks

    private static final byte[] FINAL_EMPTY_BLOCK = {0x03, 0x00};

    /** Raw deflate of 1 MiB of zeros ending in a full flush: self-contained, so copies chain into one stream. */
    private static byte[] zeroSegment() {
        Deflater d = new Deflater(9, true);
        d.setInput(new byte[MB]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (true) {
            int n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
            out.write(buf, 0, n);
            if (n < buf.length && d.needsInput()) {
                break;
            }
        }
        d.end();
        return out.toByteArray();
    }

    /** A zip holding one deflated card.json of {@code copies} MiB of zeros, with honest sizes and CRC. */
    private static void writeZipBomb(Path file, byte[] segment, int copies) throws IOException {
        byte[] name = Charx.CARD_JSON.getBytes(StandardCharsets.US_ASCII);
        long compressed = (long) segment.length * copies + FINAL_EMPTY_BLOCK.length;
        long size = (long) copies * MB;
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[MB];
        for (int i = 0; i < copies; i++) {
            crc.update(zeros);
        }
        ByteBuffer local = le(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0)
                .putShort((short) 8).putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue())
                .putInt((int) compressed).putInt((int) size).putShort((short) name.length).putShort((short) 0)
                .put(name);
        ByteBuffer central = le(46 + name.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                .putShort((short) 0).putShort((short) 8).putShort((short) 0).putShort((short) 0x21)
                .putInt((int) crc.getValue()).putInt((int) compressed).putInt((int) size)
                .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt(0).put(name);
        long centralAt = local.capacity() + compressed;
        ByteBuffer end = le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1)
                .putShort((short) 1).putInt(central.capacity()).putInt((int) centralAt).putShort((short) 0);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(local.array());
            for (int i = 0; i < copies; i++) {
                out.write(segment);
            }
            out.write(FINAL_EMPTY_BLOCK);
            out.write(central.array());
            out.write(end.array());
        }
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A tEXt chunk of {@code size} text bytes, streamed so the test never holds it in memory. */
    private static void writeBigText(OutputStream out, String keyword, int size, byte fill) throws IOException {
        byte[] head = (keyword + "\0").getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(head.length + size).array());
        out.write(type);
        out.write(head);
        crc.update(type);
        crc.update(head);
        byte[] block = new byte[MB];
        Arrays.fill(block, fill);
        for (int left = size; left > 0; left -= block.length) {
            int n = Math.min(left, block.length);
            out.write(block, 0, n);
            crc.update(block, 0, n);
        }
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The PNG with its header claiming 100000 x 100000 pixels, header CRC fixed so only the size is a lie. */
    private static byte[] giant(byte[] png) {
        ByteBuffer b = ByteBuffer.wrap(png).putInt(16, GIANT_SIDE).putInt(20, GIANT_SIDE);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return png;
    }

    private static byte[] cardChunk(String name) {
        return PngFixture.tEXt("chara", b64(json(v2(name))));
    }

    /** A good card under a file name the platform may not be able to spell; skipped when it cannot. */
    private void named(String fileName, String cardName) throws IOException {
        Charset names = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        if (!names.newEncoder().canEncode(fileName)) {
            return; // e.g. LANG=C: Java cannot name this file at all, which is not what is tested here
        }
        pngFile(fileName, cardChunk(cardName));
        card(fileName, cardName);
    }

    private Path pngFile(String name, byte[] chunk) throws IOException {
        return write(name, png().after(chunk).bytes());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private void card(String name, String card) {
        expected.add(new Expected(dir.resolve(name), card, null));
    }

    private void error(String name, String reason) {
        expected.add(new Expected(dir.resolve(name), null, reason));
    }
}
