package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNG cards, the grace period for deleted cards, and nested roots. */
class UserDataSurvivalTest {
    @TempDir
    Path tmp;
    Path root;
    Library library;
    final AtomicLong now = new AtomicLong(System.currentTimeMillis());

    @BeforeEach
    void open() throws IOException {
        root = Files.createDirectories(tmp.resolve("cards"));
        library = Library.open(tmp.resolve("data"));
        library.setClock(now::get);
        library.addRoot(root);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void sync() {
        library.sync(SyncListener.NONE, () -> false);
    }

    private CardSummary ghost() {
        return library.loadSummaries().stream().filter(c -> c.name().equals("Ghost")).findFirst().orElseThrow();
    }

    private CardSummary only() {
        List<CardSummary> all = library.loadSummaries();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void pngAndJsonCopiesOfOneCardAreOneCard() {
        Path png = TestCards.writePng(root.resolve("art/Nova.PNG"), "Nova", "Star pilot.", List.of("scifi"));
        Path json = TestCards.write(root.resolve("exports/nova.json"), "Nova", "Star pilot.", List.of("scifi"));

        sync();

        CardSummary nova = only();
        assertThat(nova.files()).containsExactlyInAnyOrder(png.toAbsolutePath(), json.toAbsolutePath());
        assertThat(nova.tags()).containsExactly("scifi");
        assertThat(library.search("star pilot")).containsExactly(nova.id());
    }

    @Test
    void pngEditedInPlaceKeepsItsFavourite() {
        Path png = TestCards.writePng(root.resolve("Rin.png"), "Rin", "first", List.of());
        sync();
        long id = only().id();
        library.setFavorite(id, true);

        TestCards.writePng(png, "Rin", "second version with more words", List.of("edited"));
        sync();

        CardSummary rin = only();
        assertThat(rin.id()).isEqualTo(id);
        assertThat(rin.favorite()).isTrue();
        assertThat(rin.tags()).containsExactly("edited");
    }

    @Test
    void userDataOfADeletedCardIsKeptThirtyDaysThenPurged() throws IOException {
        Path file = TestCards.write(root.resolve("a.json"), "Ghost");
        TestCards.write(root.resolve("b.json"), "Stays"); // a root left empty reads as unmounted
        sync();
        long id = ghost().id();
        library.setFavorite(id, true);
        library.addUserTag(id, "remember");
        Path away = tmp.resolve("away.json");
        Files.move(file, away);
        sync();
        assertThat(library.loadSummaries()).extracting(CardSummary::name).containsExactly("Stays");

        now.addAndGet(TimeUnit.DAYS.toMillis(29));
        sync();
        Files.copy(away, file);
        sync();
        assertThat(ghost().id()).isEqualTo(id);
        assertThat(ghost().favorite()).isTrue();
        assertThat(ghost().userTags()).containsExactly("remember");

        Files.delete(file);
        sync();
        now.addAndGet(TimeUnit.DAYS.toMillis(31));
        sync();
        Files.copy(away, file);
        sync();
        assertThat(ghost().id()).isNotEqualTo(id);
        assertThat(ghost().favorite()).isFalse();
        assertThat(ghost().userTags()).isEmpty();
    }

    @Test
    void addingANestedRootMovesItsFilesWithoutLosingUserData() throws IOException {
        Path inner = root.resolve("inner");
        TestCards.write(inner.resolve("x.json"), "Nested");
        sync();
        long id = only().id();
        library.setFavorite(id, true);

        library.addRoot(inner);
        SyncReport report = library.sync(SyncListener.NONE, () -> false);

        assertThat(report.removed()).isZero();
        assertThat(only().id()).isEqualTo(id);
        assertThat(only().favorite()).isTrue();
        assertThat(library.roots()).extracting(LibraryRoot::cardCount).containsExactly(0, 1);

        library.removeRoot(inner);
        sync();
        assertThat(only().id()).isEqualTo(id);
        assertThat(only().favorite()).isTrue();
    }
}
