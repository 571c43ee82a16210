package io.github.chargallery.gallery.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.gallery.model.SortKey;
import io.github.chargallery.gallery.model.TagCount;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.testing.SillyTavernFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The SillyTavern bridge in the window: badges, the detail pane's line and tags, send, sort, tag filter. */
class SillyTavernWindowTest {
    @TempDir
    Path tmp;

    @Test
    void linkedCardsShowTheirBadgeChatsAndTagsAndSendMakesANewOne() throws Exception {
        Path user = SillyTavernFolders.make(tmp.resolve("st-data"));
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        Files.copy(user.resolve("characters/Seraphina.png"), archive.resolve("seraphina.png"));
        SillyTavernFolders.pngCard(archive.resolve("lira.png"), "Lira", "A catgirl.", List.of());
        GalleryHarness.prepareIndex(tmp.resolve("data"), archive);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            WaitForAsyncUtils.asyncFx(() -> h.model.sillyTavern().link(user)).get();
            h.await("SillyTavern's cards are read", () -> h.model.sillyTavern().state().filesThere() == 2);
            h.await("the grid has them", () -> h.tileNames().equals(List.of("Aqua", "Lira", "Seraphina")));

            h.await("Seraphina's tile has the ST badge with its chats", () -> "ST · 2".equals(badge(h.tile("Seraphina"))));
            assertThat(badge(h.tile("Aqua"))).isEqualTo("ST");
            assertThat(badge(h.tile("Lira"))).isNull();

            WaitForAsyncUtils.asyncFx(() -> h.model.setSort(SortKey.MOST_CHATS, true)).get();
            h.await("most chats first", () -> h.model.cards().get(0).name().equals("Seraphina"));
            assertThat(h.model.cards().get(2).name()).as("not in SillyTavern: last").isEqualTo("Lira");

            h.await("SillyTavern's tags are counted", () -> h.model.tagCounts().stream().map(TagCount::tag)
                    .toList().contains("Healer"));
            WaitForAsyncUtils.asyncFx(() -> h.view.checkTag("Healer", true)).get();
            h.await("and filter", () -> h.tileNames().equals(List.of("Seraphina")));
            WaitForAsyncUtils.asyncFx(() -> h.view.checkTag("Healer", false)).get();

            CardSummary seraphina = h.model.cards().get(0);
            WaitForAsyncUtils.asyncFx(() -> h.model.select(seraphina)).get();
            h.await("the detail pane says where it is", () -> texts(h).contains("In SillyTavern as Seraphina.png"));
            assertThat(texts(h)).anyMatch(t -> t.startsWith("2 chats · last "));
            assertThat(texts(h)).contains("Fantasy", "Healer");

            CardSummary lira = h.model.cards().stream().filter(c -> c.name().equals("Lira")).findFirst().orElseThrow();
            WaitForAsyncUtils.asyncFx(() -> h.model.select(lira)).get();
            h.await("Lira can be sent", () -> button(h, "Send to SillyTavern") != null);
            Button send = button(h, "Send to SillyTavern");
            WaitForAsyncUtils.asyncFx(send::fire).get();
            h.await("the notice says what was written", () -> String.valueOf(h.model.noticeProperty().get())
                    .contains("Sent “Lira” to SillyTavern as Lira.png"));
            h.await("and its tile gets the badge after the rescan", () -> "ST".equals(badge(h.tile("Lira"))));
            assertThat(user.resolve("characters/Lira.png")).exists();
        }
    }

    @Test
    void theSelectionIsSentInOneGoAndOneNoticeSaysWhatHappened() throws Exception {
        Path user = SillyTavernFolders.make(tmp.resolve("st-data"));
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        Files.copy(user.resolve("characters/Seraphina.png"), archive.resolve("seraphina.png"));
        SillyTavernFolders.pngCard(archive.resolve("lira.png"), "Lira", "A catgirl.", List.of());
        SillyTavernFolders.pngCard(archive.resolve("mina.png"), "Mina", "A witch.", List.of());
        GalleryHarness.prepareIndex(tmp.resolve("data"), archive);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            WaitForAsyncUtils.asyncFx(() -> h.model.sillyTavern().link(user)).get();
            h.await("SillyTavern's cards are read", () -> h.model.sillyTavern().state().filesThere() == 2);
            h.await("the grid has them", () -> h.tileNames().equals(List.of("Aqua", "Lira", "Mina", "Seraphina")));
            WaitForAsyncUtils.asyncFx(() -> {
                h.model.select(h.model.cards().stream().filter(c -> c.name().equals("Lira")).findFirst().orElseThrow());
                h.model.selection().extendTo(h.model.cards().stream().filter(c -> c.name().equals("Seraphina"))
                        .findFirst().orElseThrow(), false);
            }).get();
            assertThat(h.model.selection().countProperty().get()).isEqualTo(3);
            h.await("the panel offers it", () -> panelButton(h, "Send to SillyTavern") != null);
            WaitForAsyncUtils.asyncFx(panelButton(h, "Send to SillyTavern")::fire).get();
            h.await("one notice", () -> String.valueOf(h.model.noticeProperty().get()).startsWith("Sent 2 cards"));
            assertThat(h.model.noticeProperty().get()).isEqualTo("Sent 2 cards to SillyTavern; 1 was there already.");
            assertThat(user.resolve("characters/Lira.png")).exists();
            assertThat(user.resolve("characters/Mina.png")).exists();
        }
    }

    private static String badge(CardTile tile) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> tile.face() == null ? null : tile.face().sillyTavern()).get();
    }

    private static List<String> texts(GalleryHarness h) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> h.robot.lookup(".detail-pane").query().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).filter(t -> t != null).toList()).get();
    }

    private static Button button(GalleryHarness h, String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> h.robot.lookup(".detail-pane").query().lookupAll(".button").stream()
                .map(n -> (Button) n).filter(b -> text.equals(b.getText())).findFirst().orElse(null)).get();
    }

    private static Button panelButton(GalleryHarness h, String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> h.robot.lookup(".selection-panel .button").queryAll().stream()
                .map(n -> (Button) n).filter(b -> text.equals(b.getText()) && GalleryHarness.shown(b)).findFirst()
                .orElse(null)).get();
    }
}
