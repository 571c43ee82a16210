package io.github.chargallery.library.dupes;

import io.github.chargallery.card.Card;
import io.github.chargallery.testing.CardJson;
import io.github.chargallery.card.CardWriter;
import io.github.chargallery.testing.DuplicateFixtures;
import io.github.chargallery.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class PictureHashTest {
    @TempDir
    Path tmp;

    private Path card(String file, String name, byte[] picture) throws Exception {
        Path p = tmp.resolve(file);
        CardWriter.writePng(p, picture, Card.fromJson(CardJson.v2(name, "tester", List.of(), "x"), "x"));
        return p;
    }

    @Test
    void aReEncodedPictureHashesCloseAndAnotherPictureFar() throws Exception {
        Long a = PictureHash.of(card("a.png", "Aira", DuplicateFixtures.picture(1, 0)));
        Long noisy = PictureHash.of(card("b.png", "Mira", DuplicateFixtures.picture(1, 6)));
        Long other = PictureHash.of(card("c.png", "Zed", DuplicateFixtures.picture(2, 0)));
        assertThat(a).isNotNull();
        assertThat(DHash.distance(a, noisy)).isLessThanOrEqualTo(DHash.SAME_PICTURE_BITS);
        assertThat(DHash.distance(a, other)).isGreaterThan(DHash.SAME_PICTURE_BITS);
    }

    @Test
    void theSameCardTextAroundOnePictureGivesOneHash() throws Exception {
        byte[] picture = DuplicateFixtures.picture(3, 0);
        assertThat(PictureHash.of(card("short.png", "A", picture)))
                .isEqualTo(PictureHash.of(card("long.png", "A much longer name with more text", picture)));
    }

    @Test
    void filesWithNoDecodablePictureHaveNoHash() throws Exception {
        Path json = TestFiles.json(tmp, "card.json", "Nobody", "x");
        Path garbage = Files.write(tmp.resolve("garbage.png"), new byte[] {1, 2, 3, 4, 5});
        assertThat(PictureHash.of(json)).isNull();
        assertThat(PictureHash.of(garbage)).isNull();
        assertThat(PictureHash.of(tmp.resolve("missing.png"))).isNull();
    }
}
