package io.github.chargallery.card;

import static io.github.chargallery.card.PngFixture.b64;
import static io.github.chargallery.card.PngFixture.png;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardImagesTest {
    @TempDir
    Path dir;

    @Test
    void pngCardImageIsTheFileItself() throws Exception {
        Path file = png().after(PngFixture.tEXt("chara", b64(TestCards.json(TestCards.v2("Img"))))).write(dir.resolve("a.png"));
        assertThat(CardImages.imageBytes(file)).hasValue(Files.readAllBytes(file));
    }

    @Test
    void charxImageIsTheIconNamedByItsAssets() throws Exception {
        var card = TestCards.v3("Icon");
        TestCards.data(card).putArray("assets").addObject().put("type", "icon").put("name", "main")
                .put("uri", "embeded://assets/icon/images/7.png").put("ext", "png");
        byte[] icon = PngEncoder.encode(1, 1, new byte[] {1, 2, 3}, false);
        Path file = dir.resolve("a.charx");
        CardWriter.writeCharx(file, Card.fromJson(TestCards.json(card), "a"),
                Map.of("assets/other/images/1.png", new byte[] {5}, "assets/icon/images/7.png", icon));
        assertThat(CardImages.imageBytes(file)).hasValue(icon);
    }

    @Test
    void charxWithoutIconAndJsonCardsHaveNoImage() throws Exception {
        Path charx = dir.resolve("b.charx");
        CardWriter.writeCharx(charx, Card.fromJson(TestCards.json(TestCards.v2("NoIcon")), "b"), Map.of());
        assertThat(CardImages.imageBytes(charx)).isEmpty();
        Path json = Files.writeString(dir.resolve("c.json"), TestCards.json(TestCards.v2("Json")));
        assertThat(CardImages.imageBytes(json)).isEmpty();
    }

    @Test
    void encoderOutputDecodesToTheSamePixels() throws Exception {
        byte[] rgba = RoundTripTest.noise(5 * 3 * 4);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(5, 3, rgba, true)));
        assertThat(img.getWidth()).isEqualTo(5);
        assertThat(img.getHeight()).isEqualTo(3);
        int i = (2 * 5 + 4) * 4;
        int argb = ((rgba[i + 3] & 0xFF) << 24) | ((rgba[i] & 0xFF) << 16) | ((rgba[i + 1] & 0xFF) << 8) | (rgba[i + 2] & 0xFF);
        assertThat(img.getRGB(4, 2)).isEqualTo(argb);
        BufferedImage rgb = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(2, 1, new byte[] {10, 20, 30, 40, 50, 60}, false)));
        assertThat(rgb.getRGB(1, 0) & 0xFFFFFF).isEqualTo((40 << 16) | (50 << 8) | 60);
    }
}
