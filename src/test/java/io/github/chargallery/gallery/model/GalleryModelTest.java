package io.github.chargallery.gallery.model;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.Spec;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Patch;
import io.github.chargallery.testing.FakeLibrary;
import io.github.chargallery.testing.QueueExecutor;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import static io.github.chargallery.testing.FakeLibrary.card;
import static org.assertj.core.api.Assertions.assertThat;

/** The view model on its own: library calls on the test thread, FX work run when the test "pulses". */
class GalleryModelTest {
    final FakeLibrary library = new FakeLibrary();
    final QueueExecutor fx = new QueueExecutor();
    /** The model's clock (nanoseconds): it moves only when a test moves it. */
    long nanos;
    final GalleryModel model = new GalleryModel(library, Runnable::run, fx, CardReader.standard(), () -> nanos, null);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // javafx.concurrent.Task needs a running toolkit
    }

    private static List<Long> ids(List<CardSummary> cards) {
        return cards.stream().map(CardSummary::id).toList();
    }

    @Test
    void thousandSingleFilePatchesArriveInAHandfulOfListChanges() {
        for (long i = 1; i <= 1000; i++) {
            library.nextSync.add(new Patch(List.of(card(i, "Card " + i, "c", List.of())), List.of(), List.of()));
        }
        AtomicInteger changes = new AtomicInteger();
        model.cards().addListener((ListChangeListener<CardSummary>) c -> changes.incrementAndGet());
        model.start();
        fx.pulse();
        assertThat(model.cards()).hasSize(1000);
        assertThat(changes.get()).isBetween(1, 3);
        assertThat(model.cards().get(0).name()).isEqualTo("Card 1");
        assertThat(model.cards().get(999).name()).isEqualTo("Card 1000");
    }

    @Test
    void anEmptyScreenFillsOneRowPerPulseThenTheRestComesInOneBatch() {
        List<CardSummary> adds = new ArrayList<>();
        for (long i = 1; i <= 100; i++) {
            adds.add(card(i, "Card " + i, "c", List.of()));
        }
        library.nextSync.add(new Patch(adds, List.of(), List.of()));
        library.nextSync.add(new Patch(List.of(card(101, "Last", "c", List.of())), List.of(), List.of()));
        model.setScreenFill(10, 5); // the view: 5 columns, 2 rows on screen
        List<Integer> sizes = new ArrayList<>();
        boolean[] once = {true};
        library.betweenPatches = () -> {
            if (once[0]) {
                once[0] = false;
                for (int p = 0; p < 3; p++) {
                    fx.pulseOnce();
                    sizes.add(model.cards().size());
                }
            }
        };
        List<Integer> changeSizes = new ArrayList<>();
        model.cards().addListener((ListChangeListener<CardSummary>) c -> changeSizes.add(model.cards().size()));
        model.start();
        fx.pulse();
        // a row of new tiles per pulse while the screen fills, then the usual batching
        assertThat(sizes).containsExactly(5, 10, 10);
        assertThat(model.cards()).hasSize(101);
        assertThat(changeSizes).as("grid size after each list change").endsWith(5, 10, 101);
    }

    @Test
    void indexRowsShowBeforeTheSyncPatches() {
        library.rows.put(1L, card(1, "Indexed", "c", List.of()));
        library.nextSync.add(new Patch(List.of(card(2, "Scanned", "c", List.of())), List.of(), List.of()));
        List<String> seen = new ArrayList<>();
        model.cards().addListener((ListChangeListener<CardSummary>) c ->
                seen.add(model.cards().size() + " rows after " + library.syncs + " syncs"));
        model.start();
        fx.pulse();
        assertThat(seen).first().isEqualTo("1 rows after 0 syncs");
        assertThat(seen).last().isEqualTo("2 rows after 1 syncs");
    }

    @Test
    void everyPatchIsInTheGridWhenTheSyncReportArrives() {
        library.nextSync.add(new Patch(List.of(card(1, "First", "c", List.of())), List.of(), List.of()));
        library.nextSync.add(new Patch(List.of(card(2, "Second", "c", List.of())), List.of(), List.of()));
        library.betweenPatches = fx::pulseOnce; // the first batch is applied mid-sync, the second is held back
        List<Integer> sizesAtReport = new ArrayList<>();
        model.lastReportProperty().addListener((o, a, r) -> sizesAtReport.add(model.cards().size()));
        model.start();
        fx.pulse();
        assertThat(sizesAtReport).containsExactly(2);
    }

    @Test
    void duringASyncBatchesAreAppliedAtMostEvery300Milliseconds() {
        for (long i = 1; i <= 6; i++) {
            library.nextSync.add(new Patch(List.of(card(i, "Card " + i, "c", List.of())), List.of(), List.of()));
        }
        List<Integer> sizes = new ArrayList<>();
        library.betweenPatches = () -> {
            fx.pulseOnce();
            sizes.add(model.cards().size());
            nanos += 100_000_000L;
        };
        model.start();
        fx.pulse();
        // applied at 0 ms, held at 100 and 200, applied at 300, held at 400 and 500; the rest when the sync ends
        assertThat(sizes).containsExactly(1, 1, 1, 4, 4, 4);
        assertThat(model.cards()).hasSize(6);
    }

    @Test
    void updatesReplaceTilesAndKeepTheSelection() {
        for (long i = 1; i <= 5; i++) {
            library.rows.put(i, card(i, "Card " + i, "c", List.of()));
        }
        model.start();
        fx.pulse();
        model.select(model.cards().get(2));
        CardSummary renamed = card(3, "Renamed", "c", List.of());
        library.nextSync.add(new Patch(List.of(), List.of(renamed), List.of(4L)));
        model.refresh();
        fx.pulse();
        assertThat(model.selectedProperty().get()).isSameAs(renamed);
        assertThat(ids(model.cards())).containsExactly(1L, 2L, 5L, 3L);

        library.nextSync.add(new Patch(List.of(), List.of(), List.of(3L)));
        model.refresh();
        fx.pulse();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(ids(model.cards())).containsExactly(1L, 2L, 5L);
    }

    @Test
    void everySortKeyOrdersBothWays() {
        // each field ranks the three cards differently, so a key that sorted by the wrong field fails
        library.rows.put(1L, row(1, "Card 10", "Bea", 300, 2, 1, 40, 3));
        library.rows.put(2L, row(2, "card 9", "Cid", 100, 3, 3, 30, 2));
        library.rows.put(3L, row(3, "Älva", "Abe", 200, 1, 2, 10, 1));
        library.rows.put(4L, row(4, "Bob", "Dan", 50, 0, 4, 20, 4));
        model.start();
        fx.pulse();
        expect(SortKey.NAME, 4, 2, 1, 3);
        expect(SortKey.CREATOR, 3, 1, 2, 4);
        expect(SortKey.SIZE, 4, 2, 3, 1);
        expect(SortKey.ADDED, 4, 3, 1, 2);
        expect(SortKey.MODIFIED, 1, 3, 2, 4);
        expect(SortKey.TOKENS, 3, 4, 2, 1);
        expect(SortKey.CARD_DATE, 3, 2, 1, 4);
        assertThat(library.settings.get(GalleryModel.SETTING_SORT)).isEqualTo("CARD_DATE:desc");
    }

    private void expect(SortKey key, long... ascending) {
        model.setSort(key, true);
        assertThat(ids(model.cards())).as(key + " ascending").containsExactly(box(ascending));
        model.setSort(key, false);
        List<Long> desc = new ArrayList<>(List.of(box(ascending)));
        java.util.Collections.reverse(desc);
        assertThat(ids(model.cards())).as(key + " descending").containsExactlyElementsOf(desc);
    }

    private static Long[] box(long[] a) {
        return java.util.Arrays.stream(a).boxed().toArray(Long[]::new);
    }

    private static CardSummary row(long id, String name, String creator, long size, long added, long modified, int tokens,
                                   long cardDate) {
        return new CardSummary(id, name, creator, List.of(), List.of(), Spec.V2, false, List.of(Path.of("/c/" + id + ".png")),
                size, added, modified, cardDate, tokens, 0, null, false);
    }

    @Test
    void sortOrderIsRestoredFromTheIndex() {
        library.settings.put(GalleryModel.SETTING_SORT, "SIZE:desc");
        model.start();
        fx.pulse();
        assertThat(model.sortKeyProperty().get()).isEqualTo(SortKey.SIZE);
        assertThat(model.ascendingProperty().get()).isFalse();
    }

    @Test
    void tagFilterNeedsEveryTagAndStaysRightWhilePatchesArrive() {
        library.rows.put(1L, card(1, "A", "c", List.of("Elf", "Mage")));
        library.rows.put(2L, card(2, "B", "c", List.of("elf")));
        library.rows.put(3L, card(3, "C", "c", List.of("mage")));
        model.start();
        fx.pulse();
        model.filters().setTagFilter(Set.of("elf", "MAGE"));
        assertThat(ids(model.cards())).containsExactly(1L);
        assertThat(model.countTextProperty().get()).isEqualTo("1 of 3 cards");

        library.nextSync.add(new Patch(List.of(card(4, "D", "c", List.of("mage", "elf")), card(5, "E", "c", List.of("elf"))),
                List.of(card(2, "B", "c", List.of("elf", "mage"))), List.of()));
        model.refresh();
        fx.pulse();
        assertThat(ids(model.cards())).containsExactly(1L, 2L, 4L);
        // the counts follow the filter: of the three cards shown
        assertThat(model.tagCounts()).contains(new TagCount("elf", 3), new TagCount("mage", 3));

        model.filters().setTagFilter(Set.of());
        assertThat(model.cards()).hasSize(5);
        fx.pulse();
        assertThat(model.tagCounts()).contains(new TagCount("elf", 4), new TagCount("mage", 4));
    }

    @Test
    void favouritesOnlyAndUnreadableToggles() {
        library.rows.put(1L, card(1, "A", "c", List.of()));
        CardSummary broken = new CardSummary(2, "broken.png", "", List.of(), List.of(), null, false,
                List.of(Path.of("/c/broken.png")), 10, 1, 1, null, 0, 0, "no character data in this PNG", false);
        library.rows.put(2L, broken);
        model.start();
        fx.pulse();
        model.setFavorite(model.cards().get(0), true);
        assertThat(library.calls).contains("setFavorite 1 true");
        model.filters().setFavoritesOnly(true);
        assertThat(ids(model.cards())).containsExactly(1L);
        model.filters().setFavoritesOnly(false);
        model.filters().setShowUnreadable(false);
        assertThat(ids(model.cards())).containsExactly(1L);
        model.filters().setShowUnreadable(true);
        assertThat(model.errors()).containsExactly(broken);
    }

    @Test
    void searchNarrowsAndClears() {
        library.rows.put(1L, card(1, "Seraphina", "Ann", List.of()));
        library.rows.put(2L, card(2, "Aqua", "Bob", List.of()));
        model.start();
        fx.pulse();
        model.search("sera");
        fx.pulse();
        assertThat(ids(model.cards())).containsExactly(1L);
        assertThat(model.countTextProperty().get()).isEqualTo("1 of 2 cards");
        model.search("  ");
        assertThat(model.cards()).hasSize(2);
        assertThat(model.countTextProperty().get()).isEqualTo("2 cards");
    }

    @Test
    void newCardsMatchingTheSearchAppearDuringASync() {
        library.rows.put(1L, card(1, "Seraphina", "Ann", List.of()));
        model.start();
        fx.pulse();
        model.search("sera");
        fx.pulse();
        library.nextSync.add(new Patch(List.of(card(2, "Seraph Two", "x", List.of()), card(3, "Other", "x", List.of())),
                List.of(), List.of()));
        model.refresh();
        fx.pulse();
        assertThat(ids(model.cards())).containsExactly(2L, 1L); // "Seraph Two" sorts before "Seraphina"
    }

    @Test
    void userTagsAreWrittenAndShown() {
        library.rows.put(1L, card(1, "A", "c", List.of("elf")));
        model.start();
        fx.pulse();
        model.addUserTag(model.cards().get(0), " keeper ");
        assertThat(model.cards().get(0).userTags()).containsExactly("keeper");
        assertThat(library.calls).contains("addUserTag 1 keeper");
        model.filters().setTagFilter(Set.of("keeper", "elf"));
        assertThat(model.cards()).hasSize(1);
        model.removeUserTag(model.cards().get(0), "keeper");
        assertThat(model.cards()).isEmpty();
        assertThat(library.calls).contains("removeUserTag 1 keeper");
    }

    @Test
    void droppedFilesAreSortedIntoRootsImportsAndRefusals(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("more cards"));
        Path importTo = Files.createDirectories(tmp.resolve("library"));
        TestFiles.json(importTo, "Mira.json", "Existing", "x");
        Path card = TestFiles.json(tmp.resolve("downloads"), "Mira.json", "Mira", "Ann");
        Path text = Files.writeString(tmp.resolve("notes.txt"), "hello");
        Path fakePng = Files.writeString(tmp.resolve("fake.png"), "not an image");
        model.setImportFolderChooser(roots -> Optional.of(importTo));
        model.start();
        fx.pulse();

        model.drop(List.of(folder, card, text, fakePng));
        fx.pulse();

        assertThat(library.calls).contains("addRoot " + folder, "addRoot " + importTo);
        assertThat(Files.readString(importTo.resolve("Mira.json"))).contains("Existing");
        assertThat(Files.readString(importTo.resolve("Mira (2).json"))).contains("\"Mira\"");
        assertThat(model.noticeProperty().get())
                .contains("Imported 1 card")
                .contains("2 files were not imported")
                .contains("notes.txt — not a card file")
                .contains("fake.png — ");
        assertThat(library.settings.get(Folders.SETTING_IMPORT)).isEqualTo(importTo.toString());
    }
}
