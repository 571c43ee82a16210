package io.github.chargallery.gallery.view;

import io.github.chargallery.card.CardField;
import io.github.chargallery.gallery.model.CardDrag;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.trash.FreedesktopTrash;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: multi-select in the real window, the selection's panel and its bulk actions with undo. */
class MultiSelectWindowTest {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    @TempDir
    Path tmp;

    private GalleryHarness open(Path root) throws Exception {
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show();
        h.awaitSynced();
        return h;
    }

    private static List<String> selectedNames(GalleryHarness h) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> h.model.selection().cards().stream().map(CardSummary::name).toList()).get();
    }

    private static List<String> markedTiles(GalleryHarness h) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> h.robot.lookup(".card-tile").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(SELECTED))
                .map(n -> ((CardTile) n).getItem().name()).sorted().toList()).get();
    }

    private static void pressed(GalleryHarness h, KeyCode... keys) {
        h.robot.press(keys).release(keys);
    }

    @Test
    void ctrlAndShiftClicksCtrlAAndEsc() throws Exception {
        Path root = tmp.resolve("cards");
        for (String n : List.of("Ada", "Bea", "Cid", "Dot", "Eve", "Fay")) {
            TestFiles.json(root, n.toLowerCase() + ".json", n, "maker");
        }
        try (GalleryHarness h = open(root)) {
            h.robot.clickOn(h.tile("Bea"));
            h.robot.press(KeyCode.CONTROL).clickOn(h.tile("Dot")).release(KeyCode.CONTROL);
            h.await("two selected", () -> h.model.selection().countProperty().get() == 2);
            assertThat(selectedNames(h)).containsExactly("Bea", "Dot");
            assertThat(markedTiles(h)).containsExactly("Bea", "Dot");
            assertThat(h.view.statusBar().selected.getText()).isEqualTo("2 cards selected");
            assertThat(h.robot.lookup(".selection-panel").tryQuery()).as("the panel in place of the detail").isPresent();

            h.robot.press(KeyCode.SHIFT).clickOn(h.tile("Fay")).release(KeyCode.SHIFT);
            h.await("a range", () -> h.model.selection().countProperty().get() == 3);
            assertThat(selectedNames(h)).as("from the anchor, Dot, to Fay").containsExactly("Dot", "Eve", "Fay");

            h.robot.press(KeyCode.CONTROL).clickOn(h.tile("Eve")).release(KeyCode.CONTROL);
            h.await("Eve out", () -> h.model.selection().countProperty().get() == 2);
            assertThat(markedTiles(h)).containsExactly("Dot", "Fay");

            h.robot.clickOn(h.tile("Ada"));
            pressed(h, KeyCode.CONTROL, KeyCode.A);
            h.await("all", () -> h.model.selection().countProperty().get() == 6);
            assertThat(markedTiles(h)).hasSize(6);

            // a search hides four: they leave the selection, and the status bar says so
            WaitForAsyncUtils.asyncFx(() -> h.view.searchField().setText("Bea")).get();
            h.await("filtered", () -> h.model.cards().size() == 1);
            h.await("dropped", () -> h.model.selection().countProperty().get() == 1);
            assertThat(h.view.statusBar().selected.getText())
                    .isEqualTo("1 card selected · 5 selected cards no longer shown, deselected");
            WaitForAsyncUtils.asyncFx(() -> h.view.searchField().setText("")).get();
            h.await("all shown", () -> h.model.cards().size() == 6);
            assertThat(selectedNames(h)).containsExactly("Bea");

            h.robot.clickOn(h.tile("Cid"));
            pressed(h, KeyCode.ESCAPE);
            h.await("cleared", () -> h.model.selection().countProperty().get() == 0);
            assertThat(markedTiles(h)).isEmpty();
            assertThat(h.model.selectedProperty().get()).isNull();
        }
    }

    @Test
    void aBulkTagOnAThousandCardsIsOneTransactionAndOneListChangeAndUndoRestores() throws Exception {
        Path root = tmp.resolve("cards");
        for (int i = 0; i < 1000; i++) {
            TestFiles.json(root.resolve("f" + i / 100), "card" + i + ".json", String.format("Card %04d", i), "maker");
        }
        try (GalleryHarness h = open(root)) {
            h.robot.clickOn(h.tile("Card 0000"));
            pressed(h, KeyCode.CONTROL, KeyCode.A);
            h.await("all selected", () -> h.model.selection().countProperty().get() == 1000);
            h.await("the panel", () -> h.robot.lookup("#selection-tag").tryQuery().isPresent());
            AtomicInteger changes = new AtomicInteger();
            WaitForAsyncUtils.asyncFx(() -> h.model.cards()
                    .addListener((ListChangeListener<CardSummary>) c -> changes.incrementAndGet())).get();

            h.robot.clickOn("#selection-tag").write("pirates");
            h.robot.clickOn("#selection-add-tag");
            h.await("tagged", () -> h.model.cards().stream().allMatch(c -> c.userTags().contains("pirates")));
            assertThat(changes.get()).as("list changes for 1,000 tagged cards").isEqualTo(1);
            assertThat(h.library.bulkCalls).as("one transaction").containsExactly("addUserTag 1000 pirates");
            assertThat(h.library.loadSummaries()).allSatisfy(c -> assertThat(c.userTags()).containsExactly("pirates"));
            SelectionBar bar = (SelectionBar) h.robot.lookup(".selection-bar").query();
            assertThat(GalleryHarness.shown(bar.undo)).isTrue();
            assertThat(h.model.selectionActions().outcomeProperty().get().text()).isEqualTo("Tagged 1,000 cards “pirates”");

            changes.set(0);
            h.robot.clickOn(bar.undo);
            h.await("untagged", () -> h.model.cards().stream().noneMatch(c -> c.userTags().contains("pirates")));
            assertThat(changes.get()).isEqualTo(1);
            assertThat(h.library.bulkCalls).containsExactly("addUserTag 1000 pirates", "removeUserTag 1000 pirates");
            assertThat(h.library.loadSummaries()).allSatisfy(c -> assertThat(c.userTags()).isEmpty());
            assertThat(h.library.search("pirates")).isEmpty();
        }
    }

    @Test
    void bulkTrashAndUndo() throws Exception {
        Path root = tmp.resolve("cards");
        List<Path> files = new ArrayList<>();
        for (String n : List.of("Ada", "Bea", "Cid", "Dot")) {
            files.add(TestFiles.json(root, n.toLowerCase() + ".json", n, "maker"));
        }
        try (GalleryHarness h = open(root)) {
            WaitForAsyncUtils.asyncFx(() -> h.model.cleanup().setTrash(
                    FreedesktopTrash.of(Map.of("XDG_DATA_HOME", tmp.resolve("xdg").toString()), "/nowhere"))).get();
            h.robot.clickOn(h.tile("Ada"));
            h.robot.press(KeyCode.SHIFT).clickOn(h.tile("Cid")).release(KeyCode.SHIFT);
            h.await("three", () -> h.model.selection().countProperty().get() == 3);

            h.robot.clickOn(button(h, ".selection-panel", "Move to trash"));
            h.await("gone from the grid", () -> h.model.cards().size() == 1);
            assertThat(files.subList(0, 3)).allSatisfy(f -> assertThat(f).doesNotExist());
            assertThat(files.get(3)).exists();
            assertThat(h.model.selection().countProperty().get()).isZero();
            assertThat(h.model.cleanup().outcomeProperty().get().text()).isEqualTo("3 cards moved to the trash");

            h.robot.clickOn(((TrashBar) h.robot.lookup(".trash-bar").query()).undo);
            h.await("back", () -> h.model.cards().size() == 4);
            assertThat(files).allSatisfy(f -> assertThat(f).exists());
        }
    }

    @Test
    void addToANewCollectionFromThePanelThenUndo() throws Exception {
        Path root = tmp.resolve("cards");
        for (String n : List.of("Ada", "Bea", "Cid", "Dot")) {
            TestFiles.json(root, n.toLowerCase() + ".json", n, "maker");
        }
        try (GalleryHarness h = open(root)) {
            h.robot.clickOn(h.tile("Ada"));
            h.robot.press(KeyCode.SHIFT).clickOn(h.tile("Cid")).release(KeyCode.SHIFT);
            h.await("three", () -> h.model.selection().countProperty().get() == 3);
            h.robot.clickOn("#selection-collection").write("Heroes");
            h.robot.clickOn("#selection-add-to-collection");
            h.await("added", () -> h.model.selectionActions().outcomeProperty().get() != null);
            assertThat(h.model.selectionActions().outcomeProperty().get().text()).isEqualTo("Added 3 cards to “Heroes”");
            long heroes = h.library.collections().get("Heroes").id();
            assertThat(h.library.collections().members("Heroes")).hasSize(3);
            assertThat(h.model.allCards()).filteredOn(c -> c.collections().contains(heroes))
                    .extracting(CardSummary::name).containsExactlyInAnyOrder("Ada", "Bea", "Cid");

            h.robot.clickOn(((SelectionBar) h.robot.lookup(".selection-bar").query()).undo);
            h.await("undone", () -> h.model.allCards().stream().noneMatch(c -> c.collections().contains(heroes)));
            assertThat(h.library.collections().members("Heroes")).as("the collection stays, empty").isEmpty();

            // what a drop of dragged tiles on a collection does: the ids it carries, added in one go
            List<Long> dragged = CardDrag.decode(CardDrag.encode(List.of(h.tile("Dot").getItem().id(),
                    h.tile("Ada").getItem().id())));
            var info = h.library.collections().get("Heroes");
            WaitForAsyncUtils.asyncFx(() -> h.model.selectionActions().addToCollection(info,
                    h.model.selectionActions().cardsOf(dragged))).get();
            h.await("dropped in", () -> h.library.collections().members("Heroes").size() == 2);
            assertThat(h.model.selectionActions().outcomeProperty().get().text()).isEqualTo("Added 2 cards to “Heroes”");
        }
    }

    @Test
    void exportWritesEverySelectedCardIntoTheChosenFolder() throws Exception {
        Path root = tmp.resolve("cards");
        for (String n : List.of("Ada", "Bea", "Cid")) {
            TestFiles.json(root, n.toLowerCase() + ".json", n, "maker");
        }
        Path out = tmp.resolve("exported");
        try (GalleryHarness h = open(root)) {
            h.robot.clickOn(h.tile("Ada"));
            h.robot.press(KeyCode.CONTROL).clickOn(h.tile("Cid")).release(KeyCode.CONTROL);
            h.await("two", () -> h.model.selection().countProperty().get() == 2);
            WaitForAsyncUtils.asyncFx(() -> h.model.selectionActions().export(out)).get();
            h.await("exported", () -> h.model.selectionActions().outcomeProperty().get() != null);
            assertThat(h.model.selectionActions().outcomeProperty().get().text())
                    .isEqualTo("Exported 2 cards to " + out);
            try (var files = Files.list(out)) {
                assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("Ada.png", "Cid.png");
            }
            assertThat(io.github.chargallery.card.CardReader.standard().read(out.resolve("Cid.png")).card().name())
                    .isEqualTo("Cid");
        }
    }

    @Test
    void aCtrlClickAwayFromUnsavedEditsAsksFirst() throws Exception {
        Path root = tmp.resolve("cards");
        Path nell = EditorCards.write(root, "nell.json", "Nell");
        byte[] before = Files.readAllBytes(nell);
        TestFiles.json(root, "other.json", "Other", "Bo");
        try (GalleryHarness h = open(root)) {
            h.robot.clickOn(h.tile("Nell"));
            h.await("read", () -> h.model.editor().draftProperty().get() != null);
            h.robot.clickOn("#editor-edit");
            h.robot.clickOn(h.robot.lookup("#field-nickname").queryAs(TextInputControl.class)).write("ie");
            h.await("changed", () -> h.model.editor().dirtyProperty().get());

            h.robot.press(KeyCode.CONTROL).clickOn(h.tile("Other")).release(KeyCode.CONTROL);
            h.await("asked", () -> dialog(h) != null);
            h.robot.clickOn(button(h, "#leave-dialog", "Cancel"));
            h.await("dialog gone", () -> dialog(h) == null);
            assertThat(selectedNames(h)).containsExactly("Nell");
            assertThat(h.model.editor().draftProperty().get().get(CardField.NICKNAME)).isEqualTo("Nellie");

            pressed(h, KeyCode.CONTROL, KeyCode.A); // Ctrl+A leaves the card too
            h.await("asked again", () -> dialog(h) != null);
            h.robot.clickOn(button(h, "#leave-dialog", "Discard changes"));
            h.await("both selected", () -> h.model.selection().countProperty().get() == 2);
            assertThat(h.model.editor().dirtyProperty().get()).isFalse();
            assertThat(Files.readAllBytes(nell)).as("discarding writes nothing").isEqualTo(before);
        }
    }

    private static DialogPane dialog(GalleryHarness h) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> h.robot.lookup("#leave-dialog").tryQueryAs(DialogPane.class).orElse(null)).get();
    }

    private static Node button(GalleryHarness h, String in, String text) {
        return h.robot.lookup(in + " .button").match(n -> text.equals(((Button) n).getText())).query();
    }
}
