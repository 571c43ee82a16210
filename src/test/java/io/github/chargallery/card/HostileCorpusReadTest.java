package io.github.chargallery.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codec alone on every corpus file: the card, or an error whose one-line reason says what is wrong. */
class HostileCorpusReadTest {
    @TempDir
    static Path dir;
    static List<HostileCorpus.Expected> corpus;

    @BeforeAll
    static void write() throws Exception {
        corpus = HostileCorpus.write(dir);
    }

    @Test
    void everyFileGivesItsCardOrASpecificReason() {
        CardReader reader = HostileCorpus.permissionsAsForAUser(CardReader.standard());
        assertThat(corpus).hasSizeGreaterThan(30);
        for (HostileCorpus.Expected e : corpus) {
            if (e.isCard()) {
                CardFile file = read(reader, e);
                assertThat(file.card().name()).as("%s", e).isEqualTo(e.card());
            } else {
                CardFormatException x = catchThrowableOfType(CardFormatException.class, () -> reader.read(e.file()));
                assertThat(x).as("%s should fail", e).isNotNull();
                assertThat(x.reason()).as("%s", e).contains(e.reason()).doesNotContain("\n").doesNotContain("Exception");
            }
        }
    }

    @Test
    void damageThatSparesTheCardIsStillToldAsAWarning() {
        CardReader reader = CardReader.standard();
        assertThat(read(reader, find("truncated-after-card.png")).warnings())
                .anySatisfy(w -> assertThat(w).startsWith("file is damaged after the card chunk (file ends inside"));
        assertThat(read(reader, find("crc-card-chunk-intact.png")).warnings())
                .anySatisfy(w -> assertThat(w).contains("its CRC does not match"));
    }

    private static CardFile read(CardReader reader, HostileCorpus.Expected e) {
        try {
            return reader.read(e.file());
        } catch (CardFormatException x) {
            throw new AssertionError(e + " failed: " + x.reason(), x);
        }
    }

    private static HostileCorpus.Expected find(String name) {
        return corpus.stream().filter(e -> e.file().getFileName().toString().equals(name)).findFirst().orElseThrow();
    }
}
