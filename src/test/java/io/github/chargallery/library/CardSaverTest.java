package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chargallery.card.CardChanges;
import io.github.chargallery.card.CardField;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.PngEncoder;
import io.github.chargallery.library.CardSaver.OnConflict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardSaverTest {
    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock();

    /** A clock a test moves: each save gets its own second, so history names differ. */
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-02T07:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }

    private Library library;

    @org.junit.jupiter.api.AfterEach
    void close() {
        if (library != null) {
            library.close();
        }
    }

    private CardSummary only() {
        return library.loadSummaries().get(0);
    }

    private CardSaver indexed(Path file) {
        library = Library.open(tmp.resolve("data"));
        library.addRoot(file.getParent());
        library.sync(SyncListener.NONE, () -> false);
        return new CardSaver(library, tmp.resolve("data"), clock);
    }

    @Test
    void anEditInPlaceKeepsTheCardItsFavouriteAndTagsAndKeepsTheOldBytes() throws Exception {
        Path file = TestCards.writePng(tmp.resolve("cards/zoe.png"), "Zoe", "A pirate.", List.of("sea"));
        byte[] original = Files.readAllBytes(file);
        CardSaver saver = indexed(file);
        long id = only().id();
        library.setFavorite(id, true);
        library.addUserTag(id, "mine");
        OpenedCard opened = saver.open(file);

        Saved saved = saver.save(file, opened.version(), CardChanges.NONE.with(CardField.NAME, "Zoe the Bold"),
                OnConflict.REFUSE);

        assertThat(saved.written()).isTrue();
        assertThat(saved.summary()).get().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.name()).isEqualTo("Zoe the Bold");
            assertThat(s.favorite()).isTrue();
            assertThat(s.userTags()).containsExactly("mine");
        });
        assertThat(saved.patch().updated()).extracting(CardSummary::id).containsExactly(id);
        assertThat(library.search("bold")).containsExactly(id);
        assertThat(saver.history(file)).hasSize(1);
        assertThat(Files.readAllBytes(saver.history(file).get(0).file())).isEqualTo(original);
        assertThat(saved.kept()).get().extracting(HistoryVersion::number).isEqualTo(1);
    }

    @Test
    void revertBringsBackTheOriginalBytesAndKeepsTheEditAsAVersion() throws Exception {
        Path file = TestCards.writePng(tmp.resolve("cards/a.png"), "Ann", "x", List.of());
        byte[] original = Files.readAllBytes(file);
        CardSaver saver = indexed(file);
        long id = only().id();
        saver.save(file, saver.open(file).version(), CardChanges.NONE.with(CardField.DESCRIPTION, "one"),
                OnConflict.REFUSE);
        saver.save(file, saver.open(file).version(), CardChanges.NONE.with(CardField.DESCRIPTION, "two"),
                OnConflict.REFUSE);
        byte[] two = Files.readAllBytes(file);

        Saved back = saver.revert(file, 2);

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(back.summary()).get().extracting(CardSummary::id).isEqualTo(id);
        List<HistoryVersion> h = saver.history(file);
        assertThat(h).hasSize(3);
        assertThat(Files.readAllBytes(h.get(0).file())).isEqualTo(two);
        assertThatThrownBy(() -> saver.revert(file, 9)).isInstanceOf(SaveException.class)
                .hasMessageContaining("no version 9 (1 to 3)");
    }

    @Test
    void aFileChangedOnDiskSinceItWasOpenedIsAConflict() throws Exception {
        Path file = TestCards.write(tmp.resolve("cards/c.json"), "Cleo");
        CardSaver saver = indexed(file);
        FileVersion opened = saver.open(file).version();
        String external = Files.readString(file).replace("Cleo", "Cleo by another app");
        Files.writeString(file, external);
        CardChanges changes = CardChanges.NONE.with(CardField.CREATOR, "me");

        assertThatThrownBy(() -> saver.save(file, opened, changes, OnConflict.REFUSE))
                .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.kind())
                        .isEqualTo(SaveException.Kind.CONFLICT)).hasMessageContaining("changed on disk");
        assertThat(Files.readString(file)).isEqualTo(external);
        assertThat(saver.history(file)).isEmpty();

        Saved copy = saver.save(file, opened, changes, OnConflict.SAVE_AS_COPY);
        assertThat(copy.file().getFileName().toString()).isEqualTo("c (2).json");
        assertThat(Files.readString(file)).isEqualTo(external);
        assertThat(CardReader.standard().read(copy.file()).card().creator()).isEqualTo("me");

        Saved over = saver.save(file, opened, changes, OnConflict.OVERWRITE);
        assertThat(over.card().creator()).isEqualTo("me");
        assertThat(over.card().name()).isEqualTo("Cleo by another app");
    }

    @Test
    void aSaveThatCannotKeepThePreviousVersionWritesNothing() throws Exception {
        Path file = TestCards.write(tmp.resolve("cards/d.json"), "Dora");
        byte[] before = Files.readAllBytes(file);
        CardSaver saver = indexed(file);
        Files.writeString(tmp.resolve("data").resolve(CardHistory.FOLDER), "a file where the folder goes");

        assertThatThrownBy(() -> saver.save(file, saver.open(file).version(),
                CardChanges.NONE.with(CardField.NAME, "Dorothy"), OnConflict.REFUSE))
                .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.kind())
                        .isEqualTo(SaveException.Kind.FAILED)).hasMessageContaining("was not changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(only().name()).isEqualTo("Dora");
    }

    @Test
    void theHistoryKeepsTheLastTwentyVersions() throws Exception {
        Path file = TestCards.write(tmp.resolve("cards/e.json"), "Eve");
        CardSaver saver = indexed(file);
        for (int i = 0; i < 23; i++) {
            saver.save(file, saver.open(file).version(), CardChanges.NONE.with(CardField.DESCRIPTION, "v" + i),
                    OnConflict.REFUSE);
        }
        List<HistoryVersion> h = saver.history(file);
        assertThat(h).hasSize(CardHistory.MAX_VERSIONS);
        assertThat(CardReader.standard().read(copyOut(h.get(0))).card().description()).isEqualTo("v21");
    }

    @Test
    void aNewPictureCarriesTheCardAndAJsonCardSavesAsAPngOfTheSameCard() throws Exception {
        Path png = TestCards.writePng(tmp.resolve("cards/p.png"), "Pia", "x", List.of());
        Path json = TestCards.write(tmp.resolve("cards/j.json"), "Jules");
        CardSaver saver = indexed(png);
        long pia = library.cardIdOf(png).orElseThrow();
        long jules = library.cardIdOf(json).orElseThrow();
        byte[] picture = PngEncoder.encode(5, 7, new byte[5 * 7 * 3], false);

        Saved replaced = saver.replacePicture(png, saver.open(png).version(), picture, OnConflict.REFUSE);
        assertThat(replaced.summary()).get().extracting(CardSummary::id).isEqualTo(pia);
        byte[] now = Files.readAllBytes(png);
        assertThat(java.nio.ByteBuffer.wrap(now, 16, 8).getLong()).as("IHDR width and height")
                .isEqualTo(java.nio.ByteBuffer.wrap(picture, 16, 8).getLong());
        assertThat(CardReader.standard().read(png).card().name()).isEqualTo("Pia");

        Saved asPng = saver.saveAsPng(json, picture);
        assertThat(asPng.file().getFileName().toString()).isEqualTo("j.png");
        assertThat(asPng.summary()).get().satisfies(s -> {
            assertThat(s.id()).isEqualTo(jules);
            assertThat(s.files()).hasSize(2);
        });
    }

    private Path copyOut(HistoryVersion v) throws Exception {
        return Files.copy(v.file(), tmp.resolve("out.json"));
    }
}
