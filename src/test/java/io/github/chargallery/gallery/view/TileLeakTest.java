package io.github.chargallery.gallery.view;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.testing.TestFiles;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.util.Callback;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GridView makes new tiles whenever the cell width changes (window resized, size slider moved):
 * the tiles it dropped must be free to go, or a long session fills the heap with dead tiles that
 * still react to every selection.
 */
class TileLeakTest {
    @TempDir
    Path tmp;

    @Test
    void tilesDroppedByResizingAreNotKeptAlive() throws Exception {
        Path root = tmp.resolve("cards");
        for (int i = 0; i < 80; i++) {
            TestFiles.json(root, "c" + i + ".json", "Card " + i, "maker");
        }
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        List<WeakReference<GridCell<CardSummary>>> made = new CopyOnWriteArrayList<>();
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            WaitForAsyncUtils.asyncFx(() -> {
                GridView<CardSummary> grid = h.view.grid();
                Callback<GridView<CardSummary>, GridCell<CardSummary>> tiles = grid.getCellFactory();
                grid.setCellFactory(g -> {
                    GridCell<CardSummary> tile = tiles.call(g);
                    made.add(new WeakReference<>(tile));
                    return tile;
                });
                h.model.select(h.model.cards().get(0));
            }).get();
            for (int i = 0; i < 12; i++) {
                // narrower each time (each a different cell width): the headless renderer cannot grow its buffer
                double width = 1060 - i * 37;
                WaitForAsyncUtils.asyncFx(() -> h.stage.setWidth(width)).get();
                WaitForAsyncUtils.waitForFxEvents();
            }
            int onScreen = WaitForAsyncUtils.asyncFx(() -> h.robot.lookup(".card-tile").queryAll().size()).get();
            assertThat(made.size()).as("tiles made while resizing (else this test tests nothing)")
                    .isGreaterThan(4 * onScreen);

            int limit = 2 * onScreen;
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                    System.gc();
                    return alive(made) <= limit;
                });
            } catch (TimeoutException e) {
                // the assertion below says how many stayed
            }
            assertThat(alive(made)).as("tiles still reachable of %d made, %d on screen", made.size(), onScreen)
                    .isLessThanOrEqualTo(limit);
        }
    }

    private static long alive(List<WeakReference<GridCell<CardSummary>>> tiles) {
        return tiles.stream().filter(r -> r.get() != null).count();
    }
}
