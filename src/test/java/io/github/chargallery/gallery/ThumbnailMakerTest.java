package io.github.chargallery.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

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
}
