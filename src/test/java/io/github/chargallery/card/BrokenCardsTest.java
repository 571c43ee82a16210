package io.github.chargallery.card;

import static io.github.chargallery.card.PngFixture.b64;
import static io.github.chargallery.card.PngFixture.png;
import static io.github.chargallery.card.TestCards.json;
import static io.github.chargallery.card.TestCards.read;
import static io.github.chargallery.card.TestCards.v2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chargallery.card.CardFormatException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each broken file gives a typed error whose one-line reason says what is wrong. */
class BrokenCardsTest {
    @TempDir
    Path dir;

    private CardFormatException fail(Path file) {
        CardFormatException e = catchThrowableOfType(CardFormatException.class, () -> read(file));
        assertThat(e).as("reading %s should fail", file).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.reason()).doesNotContain("\n").doesNotContain("Exception");
        assertThat(e.getMessage()).isEqualTo(file + ": " + e.reason());
        return e;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path pngWith(byte[] chunk) throws Exception {
        return png().after(chunk).write(dir.resolve("card.png"));
    }

    @Test
    void jpegNamedPngIsNotAPng() throws Exception {
        CardFormatException e = fail(write("photo.png", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}));
        assertThat(e.kind()).isEqualTo(Kind.NOT_PNG);
        assertThat(e.reason()).isEqualTo("not a PNG: it is a JPEG image");
    }

    @Test
    void emptyFileIsNotAPng() throws Exception {
        CardFormatException e = fail(write("empty.png", new byte[0]));
        assertThat(e.kind()).isEqualTo(Kind.NOT_PNG);
        assertThat(e.reason()).isEqualTo("not a PNG: the file is empty");
    }

    @Test
    void fileCutBeforeTheCardChunkIsTruncated() throws Exception {
        byte[] bytes = png().after(PngFixture.tEXt("chara", b64(json(v2("Lost"))))).bytes();
        CardFormatException e = fail(write("cut.png", Arrays.copyOf(bytes, 50)));
        assertThat(e.kind()).isEqualTo(Kind.TRUNCATED);
        assertThat(e.reason()).startsWith("truncated before any card chunk: file ends inside the IDAT chunk at byte 33");
    }

    @Test
    void garbageInsteadOfAChunkBeforeTheCardIsDamaged() throws Exception {
        byte[] garbage = {0, 0, 0, 4, '#', '#', '#', '#', 1, 2, 3, 4, 0, 0, 0, 0};
        CardFormatException e = fail(png().before(garbage).after(PngFixture.tEXt("chara", b64(json(v2("Hidden")))))
                .write(dir.resolve("garbage.png")));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.reason()).isEqualTo("damaged PNG: damaged chunk header at byte 33");
    }

    @Test
    void pngWithoutCardChunkSaysSo() throws Exception {
        CardFormatException e = fail(png().after(PngFixture.tEXt("Software", "paint")).write(dir.resolve("plain.png")));
        assertThat(e.kind()).isEqualTo(Kind.NO_CARD);
        assertThat(e.reason()).isEqualTo("no card in this PNG: it has no chara or ccv3 text chunk");
    }

    @Test
    void payloadThatIsNotBase64() throws Exception {
        CardFormatException e = fail(pngWith(PngFixture.tEXt("chara", "this is ~not~ base64!")));
        assertThat(e.kind()).isEqualTo(Kind.NOT_BASE64);
        assertThat(e.reason()).isEqualTo("chara chunk is not base64 text");
    }

    @Test
    void rawJsonPayloadIsNamedInTheReason() throws Exception {
        CardFormatException e = fail(pngWith(PngFixture.tEXt("chara", json(v2("Raw")))));
        assertThat(e.kind()).isEqualTo(Kind.NOT_BASE64);
        assertThat(e.reason()).isEqualTo("chara chunk is not base64 text (it holds raw JSON text)");
    }

    @Test
    void payloadThatIsNotJson() throws Exception {
        CardFormatException e = fail(pngWith(PngFixture.tEXt("chara", b64("{\"name\": \"Al\", oops}"))));
        assertThat(e.kind()).isEqualTo(Kind.NOT_JSON);
        assertThat(e.reason()).startsWith("chara chunk is not JSON: ").contains("line 1, column");
    }

    @Test
    void jsonFileThatIsNotJson() throws Exception {
        CardFormatException e = fail(write("notes.json", "name: Al".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.kind()).isEqualTo(Kind.NOT_JSON);
        assertThat(e.reason()).startsWith("file is not JSON: ");
    }

    @Test
    void jsonThatIsNotACard() throws Exception {
        CardFormatException e = fail(write("settings.json", "{\"theme\": \"dark\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.kind()).isEqualTo(Kind.NOT_A_CARD);
        assertThat(e.reason()).isEqualTo("file is JSON but not a character card (no name, description, first_mes or data)");
        CardFormatException array = fail(pngWith(PngFixture.tEXt("chara", b64("[1, 2]"))));
        assertThat(array.kind()).isEqualTo(Kind.NOT_A_CARD);
        assertThat(array.reason()).isEqualTo("chara chunk holds a JSON array, not a card object");
    }

    @Test
    void v2SpecWithoutDataIsNotACard() throws Exception {
        CardFormatException e = fail(write("bad.json", "{\"spec\": \"chara_card_v2\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.kind()).isEqualTo(Kind.NOT_A_CARD);
        assertThat(e.reason()).isEqualTo("file says spec chara_card_v2 but has no data object");
    }

    @Test
    void charxWithoutCardJson() throws Exception {
        Path file = dir.resolve("empty.charx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("assets/icon/images/1.png"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("sub/card.json"));
            zip.write(json(v2("Deep")).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        CardFormatException e = fail(file);
        assertThat(e.kind()).isEqualTo(Kind.NO_CARD_JSON);
        assertThat(e.reason()).isEqualTo("CHARX has no card.json at its root");
    }

    @Test
    void charxThatIsNotAZip() throws Exception {
        CardFormatException e = fail(write("x.charx", "hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.reason()).isEqualTo("not a CHARX: not a readable zip archive");
    }

    @Test
    void charxZipBombIsRefusedNotInflated() throws Exception {
        Path file = dir.resolve("bomb.charx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("card.json"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(1 << 20);
        CardFormatException e = fail(file);
        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(e.reason()).isEqualTo("card.json inflates to more than 16 MB; refused");
    }

    @Test
    void ztxtBombIsRefusedNotInflated() throws Exception {
        ByteArrayOutputStream zeros = new ByteArrayOutputStream();
        java.util.zip.Deflater d = new java.util.zip.Deflater(9);
        try (OutputStream out = new java.util.zip.DeflaterOutputStream(zeros, d)) {
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'A');
            for (int i = 0; i < 40; i++) {
                out.write(block);
            }
        }
        CardFormatException e = fail(pngWith(PngFixture.zTXtRaw("chara", zeros.toByteArray())));
        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(e.reason()).startsWith("chara chunk (zTXt at byte ").endsWith(") inflates to more than 16 MB; refused");
    }

    @Test
    void damagedCompressedChunk() throws Exception {
        CardFormatException e = fail(pngWith(PngFixture.zTXtRaw("chara", new byte[] {1, 2, 3, 4, 5, 6})));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.reason()).endsWith(": compressed data is damaged");
    }

    @Test
    void oversizedJsonFileIsRefused() throws Exception {
        Path file = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[17 * 1024 * 1024]);
        }
        CardFormatException e = fail(file);
        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(e.reason()).isEqualTo("JSON file is 17 MB, over the 16 MB limit");
    }

    @Test
    void endlessChunksAreCapped() throws Exception {
        PngFixture fixture = png();
        byte[] tiny = PngFixture.chunk("teSt", new byte[0]);
        for (int i = 0; i < 20_001; i++) {
            fixture.before(tiny);
        }
        CardFormatException e = fail(fixture.after(PngFixture.tEXt("chara", b64(json(v2("Far"))))).write(dir.resolve("many.png")));
        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(e.reason()).isEqualTo("PNG has more than 20000 chunks; refused as hostile or damaged");
    }

    @Test
    void missingFileAndUnknownExtension() throws Exception {
        CardFormatException missing = fail(dir.resolve("gone.png"));
        assertThat(missing.kind()).isEqualTo(Kind.IO);
        assertThat(missing.reason()).isEqualTo("file not found");
        CardFormatException other = fail(write("card.webp", new byte[] {1}));
        assertThat(other.kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(other.reason()).isEqualTo("not a card file (expected .png, .json or .charx)");
    }
}
