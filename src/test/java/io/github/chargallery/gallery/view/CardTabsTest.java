package io.github.chargallery.gallery.view;

import io.github.chargallery.card.CardField;
import io.github.chargallery.card.LorebookEntry;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: each tab of the card view shows the card's data; Edit, then Cancel, puts everything back. */
class CardTabsTest {
    @TempDir
    Path tmp;

    private GalleryHarness open() throws Exception {
        Path root = tmp.resolve("cards");
        EditorCards.write(root, "nell.json", "Nell");
        TestFiles.json(root, "other.json", "Other", "Bo");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show();
        h.awaitSynced();
        h.robot.clickOn(h.tile("Nell"));
        h.await("the card is read into the editor", () -> h.model.editor().draftProperty().get() != null);
        return h;
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    private static void showTab(GalleryHarness h, String name) throws Exception {
        h.robot.clickOn(h.robot.lookup(".detail-tabs .tab-label").match(n -> name.equals(((javafx.scene.control.Label) n).getText()))
                .queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TabPane tabs(GalleryHarness h) {
        return h.robot.lookup(".detail-tabs").queryAs(TabPane.class);
    }

    /** The texts of the text inputs in the selected tab. */
    private static List<String> texts(GalleryHarness h) throws Exception {
        return fx(() -> {
            Tab t = tabs(h).getSelectionModel().getSelectedItem();
            return h.robot.from(t.getContent()).lookup(".text-input").queryAll().stream().filter(GalleryHarness::shown)
                    .map(n -> ((TextInputControl) n).getText()).toList();
        });
    }

    @Test
    void everyTabShowsTheCard() throws Exception {
        try (GalleryHarness h = open()) {
            assertThat(texts(h)).contains("Nell", "Ann", "2.1", "v3");
            assertThat(h.robot.lookup(".detail-pane .card-tag").queryAll()).hasSize(2);
            assertThat(h.robot.lookup("#overview-counts").queryLabeled().getText()).isEqualTo("2  ·  2  ·  0");
            assertThat(h.robot.lookup("#overview-tokens").queryLabeled().getText()).endsWith("tokens (cl100k)");

            showTab(h, "Text");
            assertThat(texts(h)).containsExactly("A lighthouse keeper on a cold coast.", "patient", "A storm night.",
                    "The lamp is lit.", "<START>\n{{char}}: Mind the stairs.", "Stay in character.", "Be brief.", "Test card.");

            showTab(h, "Greetings");
            assertThat(texts(h)).containsExactly("The lamp is lit.", "Second greeting", "Third greeting", "Hello, all of you");

            showTab(h, "Lorebook");
            TableView<?> table = h.robot.lookup(".lore-table").queryAs(TableView.class);
            assertThat(table.getItems()).hasSize(2);
            LorebookEntry first = (LorebookEntry) table.getItems().get(0);
            LorebookEntry second = (LorebookEntry) table.getItems().get(1);
            assertThat(first.keys()).containsExactly("lamp", "light");
            assertThat(first.comment()).isEqualTo("the lamp");
            assertThat(second.enabled()).isFalse();
            assertThat(second.secondaryKeys()).containsExactly("night");
            assertThat(second.constant() && second.selective()).isTrue();
            assertThat(second.position()).isEqualTo("after_char");
            h.robot.clickOn(h.robot.from(table).lookup(".table-row-cell").nth(0).queryAs(Node.class));
            h.await("the entry's content shows", () -> texts(h).contains("The lamp burns whale oil."));

            showTab(h, "Raw JSON");
            String raw = fx(() -> h.robot.lookup("#raw-json").queryAs(TextArea.class).getText());
            assertThat(raw).contains("\"tool_private\": \"kept\"").contains("\n  \"data\"");
            assertThat(fx(() -> h.robot.lookup("#raw-json").queryAs(TextArea.class).isEditable())).isFalse();
        }
    }

    @Test
    void fieldsAreReadOnlyUntilEditAndCancelPutsThemBack() throws Exception {
        try (GalleryHarness h = open()) {
            TextInputControl name = h.robot.lookup("#field-name").queryAs(TextInputControl.class);
            assertThat(name.isEditable()).isFalse();
            h.robot.clickOn("#editor-edit");
            assertThat(name.isEditable()).isTrue();
            h.robot.doubleClickOn(name).write("Nellie");
            h.await("the draft has the new name", () -> h.model.editor().draftProperty().get().get(CardField.NAME).equals("Nellie"));
            assertThat(h.model.editor().dirtyProperty().get()).isTrue();

            showTab(h, "Greetings");
            h.robot.clickOn(h.robot.lookup(".greeting-add").match(GalleryHarness::shown).queryButton());
            h.await("a greeting was added", () -> h.model.editor().draftProperty().get().alternateGreetings().size() == 3);

            h.robot.clickOn("#editor-cancel");
            h.await("cancel restores", () -> !h.model.editor().editingProperty().get());
            assertThat(name.getText()).isEqualTo("Nell");
            assertThat(name.isEditable()).isFalse();
            assertThat(h.model.editor().draftProperty().get().alternateGreetings()).hasSize(2);
            assertThat(texts(h)).containsExactly("The lamp is lit.", "Second greeting", "Third greeting", "Hello, all of you");
        }
    }

}
