package io.github.chargallery.card;

import static io.github.chargallery.card.PngFixture.b64;
import static io.github.chargallery.card.PngFixture.png;
import static io.github.chargallery.card.TestCards.json;
import static io.github.chargallery.card.TestCards.read;
import static io.github.chargallery.card.TestCards.v2;
import static io.github.chargallery.card.TestCards.v3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chargallery.card.CardFormatException.Kind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Card chunks are CRC-checked (they are read anyway); a mismatch is named, and fatal only when the card breaks. */
class ChunkCrcTest {
    @TempDir
    Path dir;

    @Test
    void cardChunkWithWrongCrcButIntactTextIsReadWithAWarning() throws Exception {
        byte[] chunk = PngFixture.withBadCrc(PngFixture.tEXt("chara", b64(json(v2("Kept")))));
        CardFile file = read(png().after(chunk).write(dir.resolve("crc.png")));
        assertThat(file.card().name()).isEqualTo("Kept");
        assertThat(file.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("chara chunk (tEXt at byte ")
                .contains("is damaged: its CRC does not match (stored CRC ")
                .endsWith("but the card in it reads fine"));
    }

    @Test
    void cardChunkDamagedInsideIsAnErrorNamingTheCrcMismatch() throws Exception {
        byte[] chunk = PngFixture.tEXt("chara", b64(json(v2("Lost"))));
        chunk[chunk.length - 20] = '!'; // a byte of the base64 text, CRC left as written
        Path file = png().after(chunk).write(dir.resolve("crc.png"));
        CardFormatException e = catchThrowableOfType(CardFormatException.class, () -> read(file));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.reason()).startsWith("chara chunk (tEXt at byte ")
                .contains("is damaged: its CRC does not match (stored CRC ")
                .endsWith("and chara chunk is not base64 text");
    }

    @Test
    void intactChunksGiveNoCrcWarning() throws Exception {
        CardFile file = read(png().after(PngFixture.tEXt("chara", b64(json(v2("Fine"))))).write(dir.resolve("ok.png")));
        assertThat(file.warnings()).noneMatch(w -> w.contains("CRC"));
    }

    @Test
    void imageDataWithWrongCrcIsNotReadSoTheCardIsFine() throws Exception {
        byte[] bytes = png().after(PngFixture.tEXt("chara", b64(json(v2("Pixels"))))).bytes();
        int idat = PngFixture.indexOf(bytes, "IDAT");
        bytes[idat + 8] ^= 0x55; // first byte of the compressed pixels
        CardFile file = read(java.nio.file.Files.write(dir.resolve("idat.png"), bytes));
        assertThat(file.card().name()).isEqualTo("Pixels");
        assertThat(file.warnings()).isEmpty();
    }

    @Test
    void damagedCcv3FallsBackToTheCharaChunkAndSaysWhy() throws Exception {
        byte[] ccv3 = PngFixture.tEXt("ccv3", b64(json(v3("New"))));
        ccv3[ccv3.length - 10] = '#';
        CardFile file = read(png().after(PngFixture.tEXt("chara", b64(json(v2("Old"))))).after(ccv3)
                .write(dir.resolve("both.png")));
        assertThat(file.card().name()).isEqualTo("Old");
        assertThat(file.warnings()).anySatisfy(w -> assertThat(w).startsWith("ccv3 chunk is unreadable (ccv3 chunk (tEXt")
                .contains("its CRC does not match"));
    }
}
