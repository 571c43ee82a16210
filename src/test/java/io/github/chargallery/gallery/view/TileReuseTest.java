package io.github.chargallery.gallery.view;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid gives every visible tile its index again on each batch a sync applies (and empties it
 * just before): a tile must end up showing exactly the card at its place, and a tile whose card did
 * not move must not blink empty in between.
 */
class TileReuseTest {
    @TempDir
    Path tmp;

    @Test
    void afterBatchesEveryTileShowsTheCardAtItsPlaceAndUnmovedTilesNeverGoEmpty() throws Exception {
        Path root = tmp.resolve("cards");
        for (int i = 10; i < 60; i++) {
            TestFiles.json(root, "c" + i + ".json", "Card " + i, "maker");
        }
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            // the primary stage is shared by the test classes, and some leave it narrow
            WaitForAsyncUtils.asyncFx(() -> {
                h.stage.setWidth(1100);
                h.stage.setHeight(760);
            }).get();
            h.await("the first tiles are shown", () -> h.tile("Card 10") != null);
            assertTilesMatchTheirPlaces(h);

            // cards that sort after all the others: the tiles on screen keep their cards
            AtomicInteger emptied = countEmptied(h);
            for (int i = 0; i < 10; i++) {
                TestFiles.json(root, "z" + i + ".json", "Zeta " + i, "maker");
            }
            h.refreshAndWait();
            h.await("the new cards are in the list", () -> h.model.cards().size() == 60);
            assertTilesMatchTheirPlaces(h);
            assertThat(emptied.get()).as("on-screen tiles that went empty while cards were added below them").isZero();

            // cards that sort first, a card renamed to sort among them and a removed one: every tile on screen changes card
            for (int i = 0; i < 5; i++) {
                TestFiles.json(root, "a" + i + ".json", "Alpha " + i, "maker");
            }
            TestFiles.json(root, "c10.json", "Alpha 5 renamed", "maker");
            Files.delete(root.resolve("c11.json"));
            h.refreshAndWait();
            h.await("the changes are in the list", () -> h.model.cards().size() == 64);
            assertTilesMatchTheirPlaces(h);
            assertThat(h.tileNames()).contains("Alpha 0", "Alpha 5 renamed").doesNotContain("Card 10", "Card 11");
        }
    }

    @Test
    void aRightClickOpensTheTilesMenuForItsCard() throws Exception {
        Path root = tmp.resolve("cards");
        for (int i = 0; i < 6; i++) {
            TestFiles.json(root, "c" + i + ".json", "Card " + i, "maker");
        }
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            h.await("the tiles are shown", () -> h.tile("Card 3") != null);
            h.robot.rightClickOn(h.tile("Card 3"));
            // the click selects the card and opens the detail pane: the grid narrows and makes new tiles
            h.await("the card is selected", () -> h.model.selectedProperty().get() != null);
            CardTile tile = h.tile("Card 3");
            h.openMenu(tile);
            List<String> items = WaitForAsyncUtils.asyncFx(() -> tile.getContextMenu().getItems().stream()
                    .map(javafx.scene.control.MenuItem::getText).toList()).get();
            assertThat(items).contains("Move to trash");
            assertThat(h.model.selectedProperty().get().name()).isEqualTo("Card 3");
            WaitForAsyncUtils.asyncFx(() -> tile.getContextMenu().hide()).get();
        }
    }

    /** Counts the tiles on screen that become empty from now on. */
    private static AtomicInteger countEmptied(GalleryHarness h) throws Exception {
        AtomicInteger emptied = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> {
            for (CardTile t : shownTiles(h)) {
                t.emptyProperty().addListener((o, was, now) -> {
                    if (now) {
                        emptied.incrementAndGet();
                    }
                });
            }
        }).get();
        return emptied;
    }

    private static void assertTilesMatchTheirPlaces(GalleryHarness h) throws Exception {
        List<String> wrong = WaitForAsyncUtils.asyncFx(() -> {
            List<String> bad = new ArrayList<>();
            List<CardSummary> shown = h.view.grid().getItems();
            for (CardTile t : shownTiles(h)) {
                CardSummary expected = shown.get(t.getIndex());
                String label = t.face() == null ? null : t.face().name();
                if (t.getItem() != expected || !expected.name().equals(label)) {
                    bad.add("tile " + t.getIndex() + " shows " + label + ", the list has " + expected.name());
                }
            }
            return bad;
        }).get();
        assertThat(wrong).isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> shownTiles(h).size()).get()).as("tiles on screen").isGreaterThan(5);
    }

    private static List<CardTile> shownTiles(GalleryHarness h) {
        return h.robot.lookup(".card-tile").queryAll().stream().map(n -> (CardTile) n)
                .filter(t -> GalleryHarness.shown(t) && t.getIndex() >= 0 && !t.isEmpty()).toList();
    }
}
