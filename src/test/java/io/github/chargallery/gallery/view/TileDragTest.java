package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.CardDrag;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: a dragged tile carries its card's id, a dragged selection all of their ids, in the grid's order. */
class TileDragTest {
    @TempDir
    Path tmp;

    @Test
    void aSelectedTileDragsTheSelectionAnotherOnlyItself() throws Exception {
        Path root = tmp.resolve("cards");
        for (String n : List.of("Ada", "Bea", "Cid", "Dot")) {
            TestFiles.json(root, n.toLowerCase() + ".json", n, "maker");
        }
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            List<String> carried = new CopyOnWriteArrayList<>();
            WaitForAsyncUtils.asyncFx(() -> h.view.root().addEventFilter(DragEvent.DRAG_OVER, e -> {
                if (e.getDragboard().hasContent(CardDrag.FORMAT)) {
                    carried.add((String) e.getDragboard().getContent(CardDrag.FORMAT));
                }
            })).get();
            h.robot.clickOn(h.tile("Ada"));
            h.robot.press(KeyCode.CONTROL).clickOn(h.tile("Cid")).release(KeyCode.CONTROL);
            List<Long> chosen = WaitForAsyncUtils.asyncFx(() -> h.model.selection().cards().stream()
                    .map(CardSummary::id).toList()).get();

            h.robot.drag(h.tile("Cid"), MouseButton.PRIMARY).moveTo(h.tile("Dot")).moveBy(5, 5).drop();
            h.await("a drag over the window", () -> !carried.isEmpty());
            assertThat(CardDrag.decode(carried.get(carried.size() - 1))).isEqualTo(chosen);

            carried.clear();
            long dot = h.tile("Dot").getItem().id();
            h.robot.drag(h.tile("Dot"), MouseButton.PRIMARY).moveTo(h.tile("Bea")).moveBy(5, 5).drop();
            h.await("a second drag", () -> !carried.isEmpty());
            assertThat(CardDrag.decode(carried.get(carried.size() - 1))).containsExactly(dot);
        }
    }

    @Test
    void theIdsTravelAsOneCommaSeparatedString() {
        assertThat(CardDrag.FORMAT.getIdentifiers()).containsExactly("application/x-chargallery-card-ids");
        assertThat(CardDrag.encode(List.of(3L, 11L, 7L))).isEqualTo("3,11,7");
        assertThat(CardDrag.decode("3,11,7")).containsExactly(3L, 11L, 7L);
        assertThat(CardDrag.decode("3, x ,7")).as("not an id: skipped").containsExactly(3L, 7L);
        assertThat(CardDrag.decode(42)).isEmpty();
    }
}
