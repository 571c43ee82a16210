package io.github.chargallery.gallery.view;

import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import static org.assertj.core.api.Assertions.assertThat;

/** A tile is one canvas: the star is found by where the click falls, and the picture is drawn on it. */
class TileCanvasTest {
    @TempDir
    Path tmp;

    @Test
    void aClickOnTheStarTogglesTheFavouriteAndAClickBesideItSelects() throws Exception {
        Path root = tmp.resolve("cards");
        TestFiles.json(root, "a.json", "Ada", "maker");
        TestFiles.json(root, "b.json", "Bea", "maker");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            h.await("the tiles are shown", () -> h.tile("Bea") != null);
            CardTile bea = h.tile("Bea");
            Point2D star = WaitForAsyncUtils.asyncFx(() -> bea.localToScreen(bea.starCenter())).get();
            h.robot.clickOn(star);
            h.await("Bea is a favourite", () -> h.tile("Bea").getItem().favorite());
            assertThat(h.model.selectedProperty().get()).as("a click on the star selects nothing").isNull();
            assertThat(WaitForAsyncUtils.asyncFx(() -> h.tile("Bea").face().favorite()).get()).as("the star drawn full").isTrue();

            CardTile again = h.tile("Bea");
            Point2D beside = WaitForAsyncUtils.asyncFx(() -> again.localToScreen(again.getWidth() / 2, again.getHeight() / 2)).get();
            h.robot.clickOn(beside);
            h.await("Bea is selected", () -> h.model.selectedProperty().get() != null);
            assertThat(h.model.selectedProperty().get().name()).isEqualTo("Bea");
            assertThat(h.tile("Bea").getItem().favorite()).as("a click off the star keeps the favourite").isTrue();
        }
    }

    @Test
    void theThumbnailIsDrawnInPlaceOfThePlaceholder() throws Exception {
        Path root = tmp.resolve("cards");
        TestFiles.png(root, "p.png", "Pia", "maker");
        TestFiles.json(root, "q.json", "Quin", "maker"); // no picture: the initials on the placeholder
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            h.await("Pia's thumbnail arrived", () -> h.tile("Pia") != null && h.tile("Pia").face().picture() != null);
            // a point inside the picture, away from the star, the badges and the initials
            int pia = WaitForAsyncUtils.asyncFx(() -> pixel(h.tile("Pia"), 0.3, 0.3)).get();
            int quin = WaitForAsyncUtils.asyncFx(() -> pixel(h.tile("Quin"), 0.3, 0.3)).get();
            assertThat(pia).as("the picture's pixel differs from the placeholder's").isNotEqualTo(quin);
            assertThat(WaitForAsyncUtils.asyncFx(() -> h.tile("Quin").face().initials()).get()).isEqualTo("Q");
        }
    }

    @Test
    void aNameTooLongForTheTileIsCutWithAnEllipsis() throws Exception {
        Path root = tmp.resolve("cards");
        String longName = "Bartholomew Maximilian Fitzgerald-Worthington the Third";
        TestFiles.json(root, "l.json", longName, "maker");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            h.await("the tile is shown", () -> h.tile(longName) != null);
            String drawn = WaitForAsyncUtils.asyncFx(() -> h.tile(longName).drawnName()).get();
            assertThat(drawn).endsWith("…").startsWith("Bartholomew");
            assertThat(drawn.length()).isLessThan(longName.length());
        }
    }

    /** The colour at a fraction of the tile's picture, as drawn on its canvas. */
    private static int pixel(CardTile tile, double fx, double fy) {
        tile.paintIfDirty();
        WritableImage shot = tile.drawing().snapshot(null, null);
        double pw = tile.getWidth() - 2 * TileDrawing.PAD;
        double ph = TileDrawing.pictureHeight(tile.getWidth());
        return shot.getPixelReader().getArgb((int) (TileDrawing.PAD + pw * fx), (int) (TileDrawing.PAD + ph * fy));
    }
}
