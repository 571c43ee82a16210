package io.github.chargallery.gallery.thumbnails;

import io.github.chargallery.card.HostileCorpus;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ThumbnailMakerTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // javafx.scene.image.Image decodes through the toolkit
    }

    @Test
    void aLargeCardImageBecomesASmallJpegThatFitsTheTile() throws Exception {
        Path png = tmp.resolve("big.png");
        Files.write(png, TestFiles.image(900, 1200, 42));
        byte[] jpeg = ThumbnailMaker.make(png);
        assertThat(jpeg).isNotNull();
        assertThat(jpeg[0] & 0xff).isEqualTo(0xff); // JPEG SOI
        Image back = new Image(new ByteArrayInputStream(jpeg));
        assertThat(back.getWidth()).isEqualTo(ThumbnailMaker.WIDTH);
        assertThat(back.getHeight()).isEqualTo(ThumbnailMaker.HEIGHT, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void theThumbnailOfAPngCardGivesTheHashTheHeadlessCommandComputes() throws Exception {
        Path png = tmp.resolve("card.png");
        io.github.chargallery.card.CardWriter.writePng(png, io.github.chargallery.testing.DuplicateFixtures.picture(4, 0),
                io.github.chargallery.card.Card.fromJson(io.github.chargallery.testing.CardJson.v2("Aira", "t",
                        List.of(), "x"), "x"));
        ThumbnailMaker.Made made = ThumbnailMaker.makeWithHash(png);
        assertThat(made).isNotNull();
        assertThat(io.github.chargallery.library.dupes.PictureHash.of(png)).isEqualTo(made.dhash());
    }

    @Test
    void brokenHugeAndImagelessFilesGetNoThumbnailAndNoException() throws Exception {
        Path garbage = Files.write(tmp.resolve("garbage.png"), new byte[] {1, 2, 3, 4, 5});
        byte[] real = TestFiles.image(10, 10, 1);
        // same file with the header claiming 100,000 x 100,000 pixels (a decompression bomb)
        ByteBuffer.wrap(real).putInt(16, 100_000).putInt(20, 100_000);
        Path huge = Files.write(tmp.resolve("huge.png"), real);
        Path json = TestFiles.json(tmp, "card.json", "Nobody", "x");
        Path missing = tmp.resolve("missing.png");
        assertThat(ThumbnailMaker.make(garbage)).isNull();
        assertThat(ThumbnailMaker.make(huge)).isNull();
        assertThat(ThumbnailMaker.make(json)).isNull();
        assertThat(ThumbnailMaker.make(missing)).isNull();
    }

    @Test
    void everyHostileFileIsThumbnailedOrRefusedWithoutThrowingAndGiantsAreNeverDecoded() throws Exception {
        List<HostileCorpus.Expected> corpus = HostileCorpus.write(Files.createDirectories(tmp.resolve("corpus")));
        for (HostileCorpus.Expected e : corpus) {
            assertThatCode(() -> ThumbnailMaker.make(e.file())).as("%s", e).doesNotThrowAnyException();
        }
        for (String giant : HostileCorpus.GIANT) {
            Path file = tmp.resolve("corpus").resolve(giant);
            // refused on the header's claim, before any decoder sees the bytes
            assertThat(ThumbnailMaker.tooLarge(Files.readAllBytes(file)))
                    .isEqualTo("image is 100000 x 100000 pixels, over the limit of 36 million");
            assertThat(ThumbnailMaker.make(file)).isNull();
        }
        for (String good : Set.of("good-v2.png", "good-v3.png", "good.charx", "name with spaces.png")) {
            byte[] jpeg = ThumbnailMaker.make(tmp.resolve("corpus").resolve(good));
            assertThat(jpeg).as(good).isNotNull();
            assertThat(jpeg[0] & 0xff).isEqualTo(0xff);
        }
        assertThat(ThumbnailMaker.make(tmp.resolve("corpus").resolve("good.json"))).isNull();
    }

    @Test
    void aHeaderClaimingMorePixelsThanAThumbnailIsWorthIsRefusedBeforeDecoding() throws Exception {
        // 16000 x 16000 once passed the check, and JavaFX allocating its full-size buffer ran out of a 1 GB heap.
        byte[] claim = TestFiles.image(10, 10, 1);
        ByteBuffer.wrap(claim).putInt(16, 16_000).putInt(20, 16_000);
        assertThat(ThumbnailMaker.tooLarge(claim)).isEqualTo("image is 16000 x 16000 pixels, over the limit of 36 million");
        assertThat(ThumbnailMaker.make(Files.write(tmp.resolve("claim.png"), claim))).isNull();
        ByteBuffer.wrap(claim).putInt(16, 7680).putInt(20, 4320);
        assertThat(ThumbnailMaker.tooLarge(claim)).as("an 8K picture").isNull();
    }

    private static byte[] encoded(String format, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h,
                BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        return out.toByteArray();
    }

    @Test
    void jpegGifAndBmpHeadersAreReadAndGiantClaimsRefusedToo() throws Exception {
        byte[] jpeg = encoded("jpg", 30, 20);
        byte[] gif = encoded("gif", 30, 20);
        byte[] bmp = encoded("bmp", 30, 20);
        for (byte[] b : List.of(jpeg, gif, bmp)) {
            assertThat(ImageHeaders.size(b)).containsExactly(30, 20);
        }
        // the same files claiming 60000 x 60000 (GIF's fields stop at 65535)
        int sof = indexOf(jpeg, (byte) 0xff, (byte) 0xc0);
        ByteBuffer.wrap(jpeg).putShort(sof + 5, (short) 60_000).putShort(sof + 7, (short) 60_000);
        ByteBuffer.wrap(gif).order(ByteOrder.LITTLE_ENDIAN).putShort(6, (short) 60_000).putShort(8, (short) 60_000);
        ByteBuffer.wrap(bmp).order(ByteOrder.LITTLE_ENDIAN).putInt(18, 60_000).putInt(22, -60_000);
        for (byte[] b : List.of(jpeg, gif, bmp)) {
            assertThat(ThumbnailMaker.tooLarge(b)).isEqualTo("image is 60000 x 60000 pixels, over the limit of 36 million");
        }
    }

    @Test
    void aCharxWhoseJpegIconClaimsGiantSizeGetsNoThumbnailButAFairOneDoes() throws Exception {
        byte[] fair = encoded("jpg", 300, 400);
        byte[] giant = fair.clone();
        int sof = indexOf(giant, (byte) 0xff, (byte) 0xc0);
        ByteBuffer.wrap(giant).putShort(sof + 5, (short) 60_000).putShort(sof + 7, (short) 60_000);
        assertThat(ThumbnailMaker.make(charx("fair.charx", fair))).isNotNull();
        assertThat(ThumbnailMaker.make(charx("giant.charx", giant))).isNull();
    }

    private Path charx(String name, byte[] icon) throws Exception {
        Path file = tmp.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("card.json"));
            zip.write(TestFiles.v2Json("Iconic", "x", List.of(), "d").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("assets/icon/images/1.png"));
            zip.write(icon);
        }
        return file;
    }

    private static int indexOf(byte[] b, byte first, byte second) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == first && b[i + 1] == second) {
                return i;
            }
        }
        throw new AssertionError("marker not found");
    }
}
