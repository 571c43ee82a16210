package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.library.trash.FreedesktopTrash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trash and restore through the library: the index forgets and finds the file, favourites and tags come back. */
class TrashBinTest {
    @TempDir
    Path tmp;
    Path root;
    Library library;
    TrashBin bin;

    @BeforeEach
    void open() throws Exception {
        root = Files.createDirectories(tmp.resolve("cards"));
        library = Library.open(tmp.resolve("data"));
        library.addRoot(root);
        bin = library.trashBin(FreedesktopTrash.of(Map.of("XDG_DATA_HOME", tmp.resolve("xdg").toString()), "/nowhere"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private CardSummary card(String name) {
        return library.loadSummaries().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void aTrashedCardLeavesTheIndexAndComesBackWithItsFavouriteAndTags() throws Exception {
        Path nova = TestCards.writePng(root.resolve("Nova.png"), "Nova", "Star pilot.", List.of("scifi"));
        TestCards.write(root.resolve("Zed.json"), "Zed");
        library.sync(SyncListener.NONE, () -> false);
        long id = card("Nova").id();
        library.setFavorite(id, true);
        library.addUserTag(id, "mine");
        byte[] bytes = Files.readAllBytes(nova);

        TrashBin.Result r = bin.moveToTrash(List.of(nova));

        assertThat(r.failed()).isEmpty();
        assertThat(r.patch().removed()).containsExactly(id);
        assertThat(card("Nova")).isNull();
        assertThat(nova).doesNotExist();
        assertThat(bin.list()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Nova");
            assertThat(e.trashed().original()).isEqualTo(nova);
            assertThat(e.restored()).isFalse();
        });
        // a sync meanwhile sees nothing to change: the file is gone and the index knows
        assertThat(library.sync(SyncListener.NONE, () -> false).removed()).isZero();

        TrashBin.Back back = bin.restore(nova);

        assertThat(back.ok()).isTrue();
        assertThat(back.restoredTo()).isEqualTo(nova);
        assertThat(Files.readAllBytes(nova)).isEqualTo(bytes);
        assertThat(back.patch().added()).extracting(CardSummary::id).containsExactly(id);
        CardSummary again = card("Nova");
        assertThat(again.id()).isEqualTo(id);
        assertThat(again.favorite()).isTrue();
        assertThat(again.userTags()).containsExactly("mine");
        assertThat(bin.list()).singleElement().satisfies(e -> assertThat(e.restored()).isTrue());
        // and the next scan finds it as it is: unchanged, not a new card
        SyncReport report = library.sync(SyncListener.NONE, () -> false);
        assertThat(report.added()).isZero();
        assertThat(card("Nova").favorite()).isTrue();
    }

    @Test
    void oneOfTwoFilesOfACardTrashedLeavesTheCardWithTheOther() throws Exception {
        Path png = TestCards.writePng(root.resolve("a/Nova.png"), "Nova", "Star pilot.", List.of("scifi"));
        Path json = TestCards.write(root.resolve("b/nova.json"), "Nova", "Star pilot.", List.of("scifi"));
        library.sync(SyncListener.NONE, () -> false);

        TrashBin.Result r = bin.moveToTrash(List.of(json));

        assertThat(r.patch().updated()).singleElement().satisfies(c -> assertThat(c.files()).containsExactly(png));
        assertThat(card("Nova").files()).containsExactly(png);
    }

    @Test
    void aFileThatCannotBeTrashedIsReportedAndStays() throws Exception {
        Path ghost = root.resolve("ghost.png");
        Path zed = TestCards.write(root.resolve("Zed.json"), "Zed");
        library.sync(SyncListener.NONE, () -> false);

        TrashBin.Result r = bin.moveToTrash(List.of(ghost, zed));

        assertThat(r.failed()).singleElement().satisfies(m -> {
            assertThat(m.file()).isEqualTo(ghost);
            assertThat(m.failure()).contains("no such file");
        });
        assertThat(r.moved()).extracting(TrashBin.Moved::file).containsExactly(zed);
    }
}
