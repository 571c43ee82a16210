package io.github.chargallery.gallery.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.dupes.DuplicateGroup;
import io.github.chargallery.library.trash.FreedesktopTrash;
import io.github.chargallery.testing.DuplicateFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The Duplicates view and the trash through the window: keep one of a group, undo, the grid right each time. */
class DuplicatesWindowTest {
    @TempDir
    Path tmp;

    private GalleryHarness open(DuplicateFixtures f) throws Exception {
        GalleryHarness.prepareIndex(tmp.resolve("data"), f.root);
        GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show();
        WaitForAsyncUtils.asyncFx(() -> h.model.cleanup().setTrash(
                FreedesktopTrash.of(Map.of("XDG_DATA_HOME", tmp.resolve("xdg").toString()), "/nowhere"))).get();
        h.awaitSynced();
        try {
            h.await("the groups are found", () -> h.model.cleanup().groups().size() == 3);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("groups: " + h.model.cleanup().groups().stream().map(g -> g.kind() + " "
                    + g.copies().stream().map(c -> c.name() + "/" + c.pictureHash()).toList()).toList()
                    + " all " + h.model.allCards().stream().map(c -> c.name()).toList());
        }
        return h;
    }

    private static final List<String> ALL = List.of("Aira", "Aira", "Aira || Sweet Hydromancer", "Evening Glow", "Nova",
            "Nova", "Sunset", "Zed");

    private static CardSummary card(GalleryHarness h, String name, String creator) {
        return h.model.allCards().stream().filter(c -> c.name().equals(name) && c.creator().equals(creator))
                .findFirst().orElse(null);
    }

    /** The "Keep this one" button of the copy box showing this name in the duplicates list. */
    private static Button keepButton(GalleryHarness h, String name) {
        for (Node box : h.robot.lookup(".copy-box").queryAll()) {
            boolean shows = box.lookupAll(".copy-name").stream().anyMatch(l -> ((Label) l).getText().endsWith(name));
            if (shows) {
                return (Button) box.lookupAll(".button").stream().filter(b -> b instanceof Button x
                        && "Keep this one".equals(x.getText())).findFirst().orElseThrow();
            }
        }
        return null;
    }

    @Test
    void aCopyArrivingInASyncMakesItsGroupAppearAndItsRemovalMakesItGoWithoutCountingEverythingAgain()
            throws Exception {
        DuplicateFixtures f = new DuplicateFixtures(tmp.resolve("cards"));
        try (GalleryHarness h = open(f)) {
            int full = WaitForAsyncUtils.asyncFx(() -> h.model.cleanup().fullCounts()).get();
            Path copy = Files.copy(f.zed, f.root.resolve("b/Zed again.png"));
            WaitForAsyncUtils.asyncFx(h.model::refresh).get();
            h.await("the copy's group appears", () -> zedGroup(h) != null);
            assertThat(zedGroup(h).copies()).extracting(c -> c.files().get(0)).containsExactlyInAnyOrder(f.zed, copy);
            assertThat(h.model.cleanup().groups()).hasSize(4);

            Files.delete(copy);
            WaitForAsyncUtils.asyncFx(h.model::refresh).get();
            h.await("the group goes with the copy", () -> zedGroup(h) == null);
            h.awaitSynced();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(h.model.cleanup().groups()).hasSize(3);
            assertThat(WaitForAsyncUtils.asyncFx(() -> h.model.cleanup().fullCounts()).get())
                    .as("only the patched cards were read again").isEqualTo(full);
        }
    }

    private static DuplicateGroup zedGroup(GalleryHarness h) {
        return h.model.cleanup().groups().stream().filter(g -> g.kind() == DuplicateGroup.Kind.SAME_CARD
                && g.copies().get(0).name().equals("Zed")).findFirst().orElse(null);
    }

    @Test
    void keepOneOfAGroupThenUndoAndTheGridIsRightEachTime() throws Exception {
        DuplicateFixtures f = new DuplicateFixtures(tmp.resolve("cards"));
        try (GalleryHarness h = open(f)) {
            assertThat(h.tileNames()).isEqualTo(ALL);
            CardSummary old = card(h, "Aira", "Mira");
            WaitForAsyncUtils.asyncFx(() -> h.model.setFavorite(old, true)).get();
            WaitForAsyncUtils.asyncFx(() -> h.view.showDuplicates(true)).get();
            WaitForAsyncUtils.asyncFx(() -> h.view.duplicatesPane().list.getItems().stream()
                    .filter(g -> g.kind() == DuplicateGroup.Kind.SAME_CHARACTER).findFirst()
                    .ifPresent(g -> h.view.duplicatesPane().list.scrollTo(g))).get();
            h.await("the versions group is shown", () -> keepButton(h, "Aira || Sweet Hydromancer") != null);

            h.robot.clickOn(keepButton(h, "Aira || Sweet Hydromancer"));

            h.await("the old version left the grid", () -> card(h, "Aira", "Mira") == null);
            assertThat(f.aira).doesNotExist();
            assertThat(f.airaV2).exists();
            assertThat(card(h, "Aira || Sweet Hydromancer", "Mira").favorite()).as("favourite merged").isTrue();
            assertThat(h.model.cleanup().outcomeProperty().get().text()).contains("1 file moved to the trash");
            assertThat(h.model.cleanup().groups()).noneMatch(g -> g.kind() == DuplicateGroup.Kind.SAME_CHARACTER);
            WaitForAsyncUtils.asyncFx(() -> h.view.showDuplicates(false)).get();
            h.await("the grid shows the kept one only", () -> h.tileNames().equals(List.of("Aira",
                    "Aira || Sweet Hydromancer", "Evening Glow", "Nova", "Nova", "Sunset", "Zed")));

            TrashBar bar = (TrashBar) h.robot.lookup(".trash-bar").query();
            assertThat(GalleryHarness.shown(bar.undo)).isTrue();
            h.robot.clickOn(bar.undo);

            h.await("the old version is back", () -> card(h, "Aira", "Mira") != null);
            assertThat(f.aira).exists();
            assertThat(card(h, "Aira", "Mira").favorite()).isTrue();
            assertThat(card(h, "Aira", "Mira").id()).isEqualTo(old.id());
            h.await("the grid shows both again", () -> h.tileNames().equals(ALL));
            h.await("the group is back", () -> h.model.cleanup().groups().stream()
                    .anyMatch(g -> g.kind() == DuplicateGroup.Kind.SAME_CHARACTER));
            assertThat(h.model.cleanup().recentlyTrashed()).singleElement().satisfies(e -> assertThat(e.restored()).isTrue());
        }
    }

    @Test
    void theDeleteKeyTrashesTheSelectedCardAndUndoBringsItBack() throws Exception {
        DuplicateFixtures f = new DuplicateFixtures(tmp.resolve("cards"));
        try (GalleryHarness h = open(f)) {
            byte[] bytes = Files.readAllBytes(f.zed);
            h.robot.clickOn(h.tile("Zed"));
            h.await("Zed selected", () -> h.model.selectedProperty().get() != null);

            h.robot.press(KeyCode.DELETE).release(KeyCode.DELETE);

            h.await("Zed left the grid", () -> !h.tileNames().contains("Zed"));
            assertThat(f.zed).doesNotExist();
            assertThat(h.model.cleanup().outcomeProperty().get().text()).isEqualTo("1 card moved to the trash");

            WaitForAsyncUtils.asyncFx(() -> h.model.cleanup().undo()).get();

            h.await("Zed is back", () -> h.tileNames().contains("Zed"));
            assertThat(Files.readAllBytes(f.zed)).isEqualTo(bytes);
        }
    }
}
