package io.github.chargallery.card;

import static io.github.chargallery.card.PngFixture.b64;
import static io.github.chargallery.card.PngFixture.png;
import static io.github.chargallery.card.TestCards.json;
import static io.github.chargallery.card.TestCards.read;
import static io.github.chargallery.card.TestCards.v2;
import static io.github.chargallery.card.TestCards.v3;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngReadingTest {
    @TempDir
    Path dir;

    private CardFile readPng(PngFixture fixture) throws Exception {
        return read(fixture.write(dir.resolve("card.png")));
    }

    @Test
    void readsCharaTextChunkAfterImageData() throws Exception {
        CardFile f = readPng(png().after(PngFixture.tEXt("chara", b64(json(v2("Alice"))))));
        assertThat(f.format()).isEqualTo(CardFile.Format.PNG);
        assertThat(f.card().spec()).isEqualTo(Spec.V2);
        assertThat(f.card().name()).isEqualTo("Alice");
        assertThat(f.card().creator()).isEqualTo("Maker");
        assertThat(f.card().tags()).containsExactly("fantasy", "knight");
        assertThat(f.card().alternateGreetingCount()).isEqualTo(1);
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void readsCharaChunkBeforeImageData() throws Exception {
        CardFile f = readPng(png().before(PngFixture.tEXt("chara", b64(json(v2("Bob"))))));
        assertThat(f.card().name()).isEqualTo("Bob");
    }

    @Test
    void readsCompressedZtxtChunk() throws Exception {
        CardFile f = readPng(png().after(PngFixture.zTXt("chara", b64(json(v2("Zed"))))));
        assertThat(f.card().name()).isEqualTo("Zed");
    }

    @Test
    void readsItxtChunkCompressedOrNot() throws Exception {
        assertThat(readPng(png().after(PngFixture.iTXt("chara", b64(json(v2("Ina"))), false))).card().name())
                .isEqualTo("Ina");
        assertThat(readPng(png().before(PngFixture.iTXt("ccv3", b64(json(v3("Ivo"))), true))).card().name())
                .isEqualTo("Ivo");
    }

    @Test
    void matchesKeywordsCaseInsensitively() throws Exception {
        assertThat(readPng(png().after(PngFixture.tEXt("Chara", b64(json(v2("Cap")))))).card().name()).isEqualTo("Cap");
        CardFile f = readPng(png().after(PngFixture.tEXt("CCV3", b64(json(v3("Up"))))));
        assertThat(f.card().spec()).isEqualTo(Spec.V3);
    }

    @Test
    void validCcv3WinsOverChara() throws Exception {
        CardFile f = readPng(png().after(PngFixture.tEXt("ccv3", b64(json(v3("Three")))))
                .after(PngFixture.tEXt("chara", b64(json(v2("Two"))))));
        assertThat(f.card().spec()).isEqualTo(Spec.V3);
        assertThat(f.card().name()).isEqualTo("Three");
        assertThat(f.card().nickname()).isEqualTo("Sir Three");
        assertThat(f.card().groupOnlyGreetings()).containsExactly("Hello, all");
        assertThat(f.card().lorebookEntries()).isEqualTo(2);
        assertThat(f.card().creationDate()).isEqualTo(1_700_000_000L);
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void invalidCcv3FallsBackToCharaWithWarning() throws Exception {
        CardFile f = readPng(png().after(PngFixture.tEXt("chara", b64(json(v2("Two")))))
                .after(PngFixture.tEXt("ccv3", "%%% not base64 %%%")));
        assertThat(f.card().spec()).isEqualTo(Spec.V2);
        assertThat(f.card().name()).isEqualTo("Two");
        assertThat(f.warnings()).containsExactly("ccv3 chunk is unreadable (ccv3 chunk is not base64 text); using the chara chunk");
    }

    @Test
    void twoDifferingCharaChunksTakeTheFirstAndWarn() throws Exception {
        CardFile f = readPng(png().before(PngFixture.tEXt("chara", b64(json(v2("First")))))
                .before(PngFixture.tEXt("chara", b64(json(v2("Second"))))));
        assertThat(f.card().name()).isEqualTo("First");
        assertThat(f.warnings()).containsExactly("file holds 2 differing card chunks; using the first");
    }

    @Test
    void identicalDuplicateChunksAreNotReported() throws Exception {
        String payload = b64(json(v2("Same")));
        CardFile f = readPng(png().before(PngFixture.tEXt("chara", payload)).after(PngFixture.zTXt("chara", payload)));
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void skipsHugeAssetChunksAndOtherTextChunks() throws Exception {
        byte[] asset = new byte[6 * 1024 * 1024];
        Arrays.fill(asset, (byte) 'A');
        CardFile f = readPng(png().before(PngFixture.tEXt("chara-ext-asset_:0", new String(asset, "ISO-8859-1")))
                .before(PngFixture.tEXt("Comment", "made by hand"))
                .after(PngFixture.tEXt("ccv3", b64(json(v3("Assets"))))));
        assertThat(f.card().name()).isEqualTo("Assets");
    }

    @Test
    void readsAnimatedPngWithFrameChunks() throws Exception {
        CardFile f = readPng(png().before(PngFixture.chunk("acTL", new byte[8]))
                .before(PngFixture.chunk("fcTL", new byte[26]))
                .after(PngFixture.chunk("fdAT", new byte[40]))
                .after(PngFixture.tEXt("chara", b64(json(v2("Anim"))))));
        assertThat(f.card().name()).isEqualTo("Anim");
    }

    @Test
    void doesNotTrustImageHeaderDimensions() throws Exception {
        byte[] image = PngEncoder.encode(1, 1, new byte[3], false);
        // Claim 2^31-1 x 2^31-1 pixels; a reader allocating by IHDR would fail.
        image[16] = 0x7F;
        image[17] = image[18] = image[19] = (byte) 0xFF;
        image[20] = 0x7F;
        image[21] = image[22] = image[23] = (byte) 0xFF;
        CardFile f = readPng(png().image(image).after(PngFixture.tEXt("chara", b64(json(v2("Big"))))));
        assertThat(f.card().name()).isEqualTo("Big");
    }

    @Test
    void fileCutAfterTheCardChunkStillReadsWithWarning() throws Exception {
        byte[] bytes = png().before(PngFixture.tEXt("chara", b64(json(v2("Cut"))))).bytes();
        Path file = dir.resolve("cut.png");
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 20));
        CardFile f = read(file);
        assertThat(f.card().name()).isEqualTo("Cut");
        assertThat(f.warnings()).singleElement().asString()
                .startsWith("file is damaged after the card chunk (file ends inside the IDAT chunk at byte");
    }

    @Test
    void base64WrappedInLinesIsRead() throws Exception {
        String wrapped = b64(json(v2("Wrapped"))).replaceAll("(.{76})", "$1\r\n");
        CardFile f = readPng(png().after(PngFixture.tEXt("chara", wrapped)));
        assertThat(f.card().name()).isEqualTo("Wrapped");
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void upperCaseExtensionIsRead() throws Exception {
        Path file = png().after(PngFixture.tEXt("chara", b64(json(v2("Loud"))))).write(dir.resolve("LOUD.PNG"));
        assertThat(read(file).card().name()).isEqualTo("Loud");
    }
}
