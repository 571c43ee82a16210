package io.github.chargallery.gallery.view;

import io.github.chargallery.card.CardField;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: leaving a card with unsaved changes asks; Cancel stays on it, Discard moves on and writes nothing. */
class LeaveUnsavedTest {
    @TempDir
    Path tmp;

    @Test
    void selectingAnotherCardAsksAndCancelStays() throws Exception {
        Path root = tmp.resolve("cards");
        Path nell = EditorCards.write(root, "nell.json", "Nell");
        byte[] before = Files.readAllBytes(nell);
        TestFiles.json(root, "other.json", "Other", "Bo");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            h.robot.clickOn(h.tile("Nell"));
            h.await("read", () -> h.model.editor().draftProperty().get() != null);
            h.robot.clickOn("#editor-edit");
            h.robot.clickOn(h.robot.lookup("#field-nickname").queryAs(TextInputControl.class)).write("ie");
            h.await("changed", () -> h.model.editor().dirtyProperty().get());

            h.robot.clickOn(h.tile("Other"));
            h.await("asked", () -> dialog(h) != null);
            h.robot.clickOn(button(h, "Cancel"));
            h.await("dialog gone", () -> dialog(h) == null);
            assertThat(h.model.selectedProperty().get().name()).isEqualTo("Nell");
            assertThat(h.model.editor().draftProperty().get().get(CardField.NICKNAME)).isEqualTo("Nellie");

            h.robot.clickOn(h.tile("Other"));
            h.await("asked again", () -> dialog(h) != null);
            h.robot.clickOn(button(h, "Discard changes"));
            h.await("moved on", () -> h.model.selectedProperty().get().name().equals("Other"));
            assertThat(h.model.editor().dirtyProperty().get()).isFalse();
            assertThat(Files.readAllBytes(nell)).as("discarding writes nothing").isEqualTo(before);
        }
    }

    private static DialogPane dialog(GalleryHarness h) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> h.robot.lookup("#leave-dialog").tryQueryAs(DialogPane.class).orElse(null)).get();
    }

    private static Node button(GalleryHarness h, String text) {
        return h.robot.lookup("#leave-dialog .button").match(n -> text.equals(((Button) n).getText())).query();
    }
}
