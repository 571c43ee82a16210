package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.TagCount;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.testing.SharedCards;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 6 through the window: search, tag filter, favourites, user tags, detail pane, keyboard. */
class FindAndCurateTest {
    @TempDir
    Path tmp;

    private GalleryHarness open(Path root) throws Exception {
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show();
        h.awaitSynced();
        return h;
    }

    private Path sampleLibrary() throws Exception {
        Path root = tmp.resolve("cards");
        TestFiles.json(root, "a.json", "Seraphina", "Ann", "fantasy", "elf");
        TestFiles.json(root, "b.json", "Älva Nord", "Bo", "fantasy");
        TestFiles.png(root, "c.png", "Coding Sensei", "Cy", "elf", "teacher");
        TestFiles.json(root, "d.json", "Dara", "Di", "elf", "fantasy", "mage");
        return root;
    }

    @Test
    void searchNarrowsClearsAndSurvivesOddInput() throws Exception {
        try (GalleryHarness h = open(sampleLibrary())) {
            h.robot.clickOn(h.view.searchField()).write("sera");
            h.await("search narrows", () -> h.tileNames().equals(List.of("Seraphina")));
            assertThat(h.view.statusBar().count.getText()).isEqualTo("1 of 4 cards");

            h.robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            h.await("Esc clears the search", () -> h.tileNames().size() == 4);
            assertThat(h.view.searchField().getText()).isEmpty();

            h.robot.clickOn(h.view.searchField()).write("alva");
            h.await("accent-insensitive match", () -> h.tileNames().equals(List.of("Älva Nord")));

            WaitForAsyncUtils.asyncFx(() -> h.view.searchField().setText("\"AND -elf: (")).get();
            h.await("odd input answered", () -> !h.tileNames().contains("Älva Nord"));
            assertThat(h.model.noticeProperty().get()).isNull();
        }
    }

    @Test
    void tagFilterWithTwoTagsAndClearInOneClick() throws Exception {
        try (GalleryHarness h = open(sampleLibrary())) {
            h.await("tag counts", () -> !h.model.tagCounts().isEmpty());
            assertThat(h.model.tagCounts()).contains(new TagCount("elf", 3), new TagCount("fantasy", 3));
            WaitForAsyncUtils.asyncFx(() -> {
                h.view.checkTag("elf", true);
                h.view.checkTag("fantasy", true);
            }).get();
            h.await("two tags narrow", () -> h.tileNames().equals(List.of("Dara", "Seraphina")));
            h.robot.clickOn(h.robot.lookup(".tag-panel .button").queryAs(Button.class));
            h.await("cleared", () -> h.tileNames().size() == 4);
        }
    }

    @Test
    void aRightClickExcludesATagAtOnce() throws Exception {
        try (GalleryHarness h = open(sampleLibrary())) {
            h.await("tag counts", () -> !h.model.tagCounts().isEmpty());
            javafx.scene.control.CheckBox elf = h.robot.lookup(".tag-panel .check-box")
                    .match(org.testfx.matcher.control.LabeledMatchers.hasText("elf")).queryAs(javafx.scene.control.CheckBox.class);
            javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) elf.getParent().getParent();
            javafx.scene.control.MenuItem exclude = h.openMenu(cell).getItems().stream()
                    .filter(i -> i.getText().equals("Exclude")).findFirst().orElseThrow();
            WaitForAsyncUtils.asyncFx(exclude::fire).get();
            h.await("the cards with the tag are hidden", () -> h.tileNames().size() == 1);
            assertThat(h.model.filters().queryProperty().get().notTags()).containsExactly("elf");
        }
    }

    @Test
    void favouriteFromTheTileSurvivesRescanAndRename() throws Exception {
        Path root = sampleLibrary();
        try (GalleryHarness h = open(root)) {
            CardTile dara = h.tile("Dara");
            h.robot.clickOn(WaitForAsyncUtils.asyncFx(() -> dara.localToScreen(dara.starCenter())).get());
            h.await("favourite shows", () -> h.tile("Dara").getItem().favorite());
            h.await("favourite stored", () -> stored(h, "Dara").favorite());

            h.refreshAndWait();
            assertThat(stored(h, "Dara").favorite()).isTrue();

            Files.move(root.resolve("d.json"), root.resolve("dara-renamed.json"));
            h.refreshAndWait();
            CardSummary after = stored(h, "Dara");
            assertThat(after.files()).containsExactly(root.resolve("dara-renamed.json"));
            assertThat(after.favorite()).isTrue();
            assertThat(h.tile("Dara").getItem().favorite()).isTrue();

            WaitForAsyncUtils.asyncFx(() -> h.model.filters().setFavoritesOnly(true)).get();
            h.await("favourites only", () -> h.tileNames().equals(List.of("Dara")));
        }
    }

    private static CardSummary stored(GalleryHarness h, String name) {
        return h.library.loadSummaries().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void detailPaneShowsAGeneratedCardAndEditsUserTags() throws Exception {
        try (GalleryHarness h = open(sampleLibrary())) {
            h.robot.clickOn(h.tile("Coding Sensei"));
            h.await("details read", () -> h.model.detailProperty().get() != null
                    && h.model.detailProperty().get().card() != null);
            List<String> texts = detailTexts(h);
            assertThat(texts).contains("Coding Sensei", "Cy", "About Coding Sensei", "Hello, I am Coding Sensei.",
                    "Made for tests.", tmp.resolve("cards/c.png").toString());
            assertThat(h.robot.lookup(".detail-pane .card-tag").queryAll()).hasSize(2);

            TextField add = h.robot.lookup(".detail-pane .text-field").match(n -> "Add a tag, then Enter"
                    .equals(((TextField) n).getPromptText())).queryAs(TextField.class);
            h.robot.clickOn(add).write("keeper").press(KeyCode.ENTER).release(KeyCode.ENTER);
            h.await("user tag stored", () -> stored(h, "Coding Sensei").userTags().contains("keeper"));
            h.await("user tag chip", () -> h.robot.lookup(".detail-pane .user-tag").queryAll().size() == 2);

            h.robot.clickOn(h.robot.lookup(".detail-pane .chip-remove").queryAs(Button.class));
            h.await("user tag removed", () -> stored(h, "Coding Sensei").userTags().isEmpty());
        }
    }

    @Test
    void detailPaneShowsARealCardAndABrokenOnesReason() throws Exception {
        Path shared = SharedCards.dir().orElse(null);
        Assumptions.assumeTrue(shared != null, "shared real cards not present");
        Path root = tmp.resolve("real");
        Files.createDirectories(root);
        Files.copy(shared.resolve("st_Seraphina_v2+v3.png"), root.resolve("seraphina.png"));
        Files.copy(shared.resolve("choral_invalid_nocard.png"), root.resolve("nocard.png"));
        try (GalleryHarness h = open(root)) {
            h.robot.clickOn(h.tile("Seraphina"));
            h.await("details read", () -> h.model.detailProperty().get() != null
                    && h.model.detailProperty().get().card() != null);
            List<String> texts = detailTexts(h);
            assertThat(texts).anyMatch(t -> t.contains("Seraphina") && t.length() < 40);
            assertThat(texts).anyMatch(t -> t.contains("v3"));
            assertThat(texts).anyMatch(t -> t.length() > 200); // description, scrollable text area

            CardSummary broken = h.model.errors().get(0);
            h.robot.clickOn(h.tile(broken.name()));
            h.await("error shown", () -> h.robot.lookup(".detail-error").tryQuery().isPresent());
            assertThat(h.robot.lookup(".detail-error").queryLabeled().getText()).startsWith("Unreadable: ");
        }
    }

    @Test
    void keyboardMovesSelectionOpensDetailsAndRefreshes() throws Exception {
        try (GalleryHarness h = open(sampleLibrary())) {
            h.robot.clickOn(h.tile("Coding Sensei"));
            h.await("selected", () -> h.model.selectedProperty().get() != null);
            h.robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
            h.await("moved right", () -> h.model.selectedProperty().get().name().equals("Dara"));
            h.robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
            h.await("moved left", () -> h.model.selectedProperty().get().name().equals("Coding Sensei"));

            h.robot.clickOn(h.robot.lookup(".detail-close").queryAs(Button.class));
            h.await("details closed", () -> h.robot.lookup(".detail-pane").tryQuery().isEmpty());
            h.robot.clickOn(h.tile("Dara"));
            h.robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            h.await("Enter opens details", () -> h.robot.lookup(".detail-pane").tryQuery().isPresent());

            TestFiles.json(tmp.resolve("cards"), "e.json", "Echo", "E");
            var before = h.model.lastReportProperty().get();
            h.robot.press(KeyCode.F5).release(KeyCode.F5);
            h.await("F5 synced", () -> h.model.lastReportProperty().get() != before && h.tileNames().contains("Echo"));

            h.robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
            h.await("Ctrl+F focuses search", () -> h.view.searchField().isFocused());
        }
    }

    private static List<String> detailTexts(GalleryHarness h) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> h.robot.lookup(".detail-pane .text-input").queryAll().stream()
                .map(n -> ((TextInputControl) n).getText()).toList()).get();
    }


}
