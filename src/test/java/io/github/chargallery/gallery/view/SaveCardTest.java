package io.github.chargallery.gallery.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chargallery.card.CardField;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15 through the window: Save and Ctrl+S write the card's file, the tile follows, the favourite stays. */
class SaveCardTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path root;
    private Path nell;

    private GalleryHarness open() throws Exception {
        root = tmp.resolve("cards");
        nell = EditorCards.write(root, "nell.json", "Nell");
        TestFiles.png(root, "other.png", "Other", "Bo");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show();
        h.awaitSynced();
        return h;
    }

    private static void select(GalleryHarness h, String name) throws Exception {
        h.robot.clickOn(h.tile(name));
        h.await(name + " open for editing", () -> h.model.editor().draftProperty().get() != null
                && h.model.editor().draftProperty().get().get(CardField.NAME).equals(name));
    }

    private static TextInputControl field(GalleryHarness h, String id) {
        return h.robot.lookup(id).queryAs(TextInputControl.class);
    }

    private static void retype(GalleryHarness h, String id, String text) throws Exception {
        TextInputControl f = field(h, id);
        WaitForAsyncUtils.asyncFx(() -> f.setText(text)).get(); // as typing would, all at once
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String message(GalleryHarness h) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> h.robot.lookup("#editor-message").queryAs(Labeled.class).getText()).get();
    }

    private static JsonNode data(Path file) throws Exception {
        return JSON.readTree(Files.readString(file)).get("data");
    }

    @Test
    void saveWritesTheFileTheTileFollowsAndTheFavouriteStays() throws Exception {
        try (GalleryHarness h = open()) {
            select(h, "Nell");
            h.robot.clickOn(h.robot.lookup(".detail-favorite").queryAs(Node.class));
            h.await("favourite stored", () -> h.library.loadSummaries().stream().anyMatch(CardSummary::favorite));
            long id = h.model.selectedProperty().get().id();

            h.robot.clickOn("#editor-edit");
            retype(h, "#field-name", "Nell of the Light");
            h.robot.clickOn("#editor-save");
            h.await("saved", () -> data(nell).get("name").asText().equals("Nell of the Light"));

            h.await("the tile shows the new name", () -> h.tileNames().contains("Nell of the Light"));
            assertThat(h.tileNames()).doesNotContain("Nell");
            CardSummary row = h.library.loadSummaries().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
            assertThat(row.name()).isEqualTo("Nell of the Light");
            assertThat(row.favorite()).as("the favourite follows the edit").isTrue();
            h.await("back to read-only", () -> !h.model.editor().editingProperty().get());
            assertThat(data(nell).get("extensions").get("someone_elses").asText()).isEqualTo("value");
            assertThat(data(nell).get("character_book").get("entries").get(0).get("tool_private").asText()).isEqualTo("kept");

            WaitForAsyncUtils.asyncFx(() -> h.view.searchField().setText("light")).get();
            h.await("the search finds the new name", () -> h.tileNames().equals(java.util.List.of("Nell of the Light")));
        }
    }

    @Test
    void ctrlSSavesAndAnEmptyNameIsRefused() throws Exception {
        try (GalleryHarness h = open()) {
            select(h, "Nell");
            byte[] before = Files.readAllBytes(nell);
            h.robot.clickOn("#editor-edit");
            retype(h, "#field-name", "  ");
            h.robot.clickOn(field(h, "#field-name"));
            h.robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
            h.await("refused with a message", () -> message(h) != null && message(h).contains("needs a name"));
            assertThat(Files.readAllBytes(nell)).isEqualTo(before);

            retype(h, "#field-creator", "Bea");
            retype(h, "#field-name", "Nell");
            h.robot.clickOn(field(h, "#field-creator"));
            h.robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
            h.await("Ctrl+S saved", () -> data(nell).get("creator").asText().equals("Bea"));
            h.await("saved message", () -> message(h) != null && message(h).startsWith("Saved"));
        }
    }

    @Test
    void aFileChangedOnDiskAsksAndOverwriteKeepsTheOtherVersionInTheHistory() throws Exception {
        try (GalleryHarness h = open()) {
            select(h, "Nell");
            h.robot.clickOn("#editor-edit");
            retype(h, "#field-nickname", "Nellie");
            // another program edits the file meanwhile
            Files.writeString(nell, Files.readString(nell).replace("A storm night.", "A calm night."));

            h.robot.clickOn("#editor-save");
            h.await("the conflict is asked", () -> dialog(h) != null);
            assertThat(Files.readString(nell)).as("nothing written yet").doesNotContain("Nellie");
            h.robot.clickOn(button(h, "Overwrite"));
            h.await("overwritten", () -> data(nell).get("nickname").asText().equals("Nellie"));
            assertThat(data(nell).get("scenario").asText()).as("the other program's change to another field stays")
                    .isEqualTo("A calm night.");
            h.await("the history lists the version replaced", () -> !h.model.editor().history().isEmpty());
        }
    }

    @Test
    void cancelInTheConflictKeepsEditingAndWritesNothing() throws Exception {
        try (GalleryHarness h = open()) {
            select(h, "Nell");
            h.robot.clickOn("#editor-edit");
            retype(h, "#field-nickname", "Nellie");
            Files.writeString(nell, Files.readString(nell).replace("A storm night.", "A calm night."));
            byte[] theirs = Files.readAllBytes(nell);
            h.robot.clickOn("#editor-save");
            h.await("the conflict is asked", () -> dialog(h) != null);
            h.robot.clickOn(button(h, "Cancel"));
            h.await("told", () -> message(h) != null && message(h).contains("changed on disk"));
            assertThat(Files.readAllBytes(nell)).isEqualTo(theirs);
            assertThat(h.model.editor().editingProperty().get()).isTrue();
            assertThat(h.model.editor().draftProperty().get().get(CardField.NICKNAME)).isEqualTo("Nellie");
        }
    }

    @Test
    void revertBringsBackThePreviousBytes() throws Exception {
        try (GalleryHarness h = open()) {
            select(h, "Nell");
            byte[] original = Files.readAllBytes(nell);
            h.robot.clickOn("#editor-edit");
            retype(h, "#field-creator", "Bea");
            h.robot.clickOn("#editor-save");
            h.await("saved", () -> data(nell).get("creator").asText().equals("Bea"));
            h.await("one version kept", () -> h.model.editor().history().size() == 1);
            h.await("revert shown", () -> h.robot.lookup(".history-revert").tryQuery().isPresent());
            h.robot.clickOn(h.robot.lookup(".history-revert").queryButton());
            h.await("reverted", () -> java.util.Arrays.equals(Files.readAllBytes(nell), original));
            h.await("the editor shows it", () -> h.model.editor().draftProperty().get() != null
                    && h.model.editor().draftProperty().get().get(CardField.CREATOR).equals("Ann"));
        }
    }

    private static DialogPane dialog(GalleryHarness h) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> h.robot.lookup("#conflict-dialog").tryQueryAs(DialogPane.class).orElse(null)).get();
    }

    private static Node button(GalleryHarness h, String text) {
        return h.robot.lookup("#conflict-dialog .button").match(n -> text.equals(((Button) n).getText())).query();
    }
}
