package io.github.chargallery.gallery.view;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: the window on the real library and real folders. */
class GalleryWindowTest {
    @TempDir
    Path tmp;

    @Test
    void indexedCardsShowBeforeTheScanStarts() throws Exception {
        Path root = tmp.resolve("cards");
        TestFiles.png(root, "aria.png", "Aria", "Ann", "elf");
        TestFiles.json(root, "bram.json", "Bram", "Bob", "dwarf");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        TestFiles.json(root, "cleo.json", "Cleo", "Cy"); // on disk, not yet in the index

        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), false).show()) {
            h.await("indexed tiles show", () -> h.tileNames().size() == 2);
            assertThat(h.tileNames()).containsExactly("Aria", "Bram");
            assertThat(h.library.gate.getCount()).as("the scan is still held back").isEqualTo(1);

            h.library.gate.countDown();
            h.awaitSynced();
            assertThat(h.tileNames()).containsExactly("Aria", "Bram", "Cleo");
        }
    }

    @Test
    void tilesAppearUpdateAndDisappearAfterASync() throws Exception {
        Path root = tmp.resolve("cards");
        TestFiles.json(root, "a.json", "Aria", "Ann");
        Path b = TestFiles.json(root, "b.json", "Bram", "Bob");
        Path c = TestFiles.json(root, "c.json", "Cleo", "Cy");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            assertThat(h.tileNames()).containsExactly("Aria", "Bram", "Cleo");

            TestFiles.json(root, "d.json", "Dara", "Di");
            Files.writeString(b, TestFiles.v2Json("Bram the Bold", "Bob", java.util.List.of(), "edited"));
            Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            Files.delete(c);
            h.refreshAndWait();

            assertThat(h.tileNames()).containsExactly("Aria", "Bram the Bold", "Dara");
        }
    }

    @Test
    void aThousandNewFilesArriveInAHandfulOfListChanges() throws Exception {
        Path root = tmp.resolve("cards");
        Files.createDirectories(root);
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            for (int i = 0; i < 1000; i++) {
                TestFiles.json(root.resolve("f" + i / 100), "card" + i + ".json", "Card " + i, "maker");
            }
            AtomicInteger changes = new AtomicInteger();
            WaitForAsyncUtils.asyncFx(() -> h.model.cards()
                    .addListener((ListChangeListener<CardSummary>) ch -> changes.incrementAndGet())).get();
            h.refreshAndWait();
            assertThat(h.model.cards()).hasSize(1000);
            assertThat(changes.get()).as("list changes for 1,000 added files").isBetween(1, 10);
        }
    }

    @Test
    void tilesOnScreenAreNotRebuiltWhenABatchAddsRows() throws Exception {
        Path root = tmp.resolve("cards");
        // more than a screenful from the start: the scroll bar appearing (a one-off relayout of the
        // grid's width) is not what this test is about
        for (int i = 0; i < 60; i++) {
            TestFiles.json(root, "a" + i + ".json", String.format("Aria %02d", i), "Ann");
        }
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            // a tile whose content leaves the scene has all its CSS re-applied and its bitmap redrawn
            // when it comes back: on a software renderer that made every batch of a sync a long frame
            AtomicInteger detached = new AtomicInteger();
            int watched = WaitForAsyncUtils.asyncFx(() -> {
                int n = 0;
                for (var node : h.robot.lookup(".card-tile").queryAll()) {
                    CardTile t = (CardTile) node;
                    if (t.getItem() != null) {
                        t.drawing().sceneProperty().addListener((o, a, now) -> {
                            if (now == null) {
                                detached.incrementAndGet();
                            }
                        });
                        n++;
                    }
                }
                return n;
            }).get();
            assertThat(watched).isGreaterThanOrEqualTo(10);
            for (int i = 0; i < 40; i++) {
                TestFiles.json(root, "z" + i + ".json", "Zed " + i, "Zoe");
            }
            h.refreshAndWait();
            assertThat(h.model.cards()).hasSize(100);
            assertThat(h.tileNames()).contains("Aria 00", "Aria 05");
            assertThat(detached.get()).as("tiles taken out of the scene by the batch").isZero();
        }
    }

    @Test
    void droppingAFolderAddsItAsARootAndANonCardFileIsExplained() throws Exception {
        Path folder = tmp.resolve("dropped");
        TestFiles.json(folder, "x.json", "Xena", "Xi");
        TestFiles.png(folder.resolve("sub"), "y.png", "Yara", "Yu");
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "not a card");
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            assertThat(h.robot.lookup(".empty-state").queryAs(javafx.scene.layout.VBox.class).isVisible()).isTrue();

            WaitForAsyncUtils.asyncFx(() -> h.model.drop(java.util.List.of(folder, notes))).get();
            h.await("dropped folder's cards show", () -> h.tileNames().size() == 2);
            assertThat(h.tileNames()).containsExactly("Xena", "Yara");
            Label notice = h.robot.lookup(".notice .label").queryAs(Label.class);
            assertThat(notice.getText()).contains("notes.txt — not a card file");
            assertThat(GalleryHarness.shown(notice)).isTrue();
            assertThat(h.model.roots()).extracting(r -> r.path()).contains(folder);
        }
    }

    @Test
    void brokenCardsAndUnpluggedRootsGetBadges() throws Exception {
        Path root = tmp.resolve("cards");
        Path usb = tmp.resolve("usb");
        TestFiles.json(root, "fine.json", "Fine", "F");
        Files.writeString(root.resolve("broken.json"), "{ this is not json");
        TestFiles.json(usb, "far.json", "Faraway", "U");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root, usb);
        Files.move(usb, tmp.resolve("usb-unplugged"));
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            CardTile far = h.tile("Faraway");
            assertThat(far).isNotNull();
            assertThat(face(far).offline()).isTrue();
            assertThat(face(h.tile("Fine")).offline()).isFalse();

            CardTile broken = h.model.errors().isEmpty() ? null : h.tile(h.model.errors().get(0).name());
            assertThat(broken).isNotNull();
            assertThat(face(broken).error()).startsWith("Unreadable: ").contains("JSON");
            assertThat(face(h.tile("Fine")).error()).isNull();
            // the tile's one tooltip explains the badge the mouse is on, and goes off it
            javafx.geometry.Bounds warning = TileDrawing.errorBox(broken.getWidth());
            h.robot.moveTo(broken.localToScreen(warning.getCenterX(), warning.getCenterY()));
            h.await("the badge's tooltip", () -> broken.getTooltip() != null);
            assertThat(broken.getTooltip().getText()).isEqualTo(face(broken).error());
            h.robot.moveTo(broken.localToScreen(broken.getWidth() / 2, broken.getHeight() - 10));
            h.await("no tooltip off the badges", () -> broken.getTooltip() == null);

            StatusBar status = h.view.statusBar();
            assertThat(status.offline.getText()).contains(usb.toString());
            assertThat(status.errors.getText()).isEqualTo("1 unreadable file");
            assertThat(h.model.allCards()).hasSize(3); // the offline card is kept, not wiped
        }
    }

    @Test
    void thumbnailsAreStoredInTheIndexAndRemadeWhenTheFileChanges() throws Exception {
        Path root = tmp.resolve("cards");
        Path png = TestFiles.png(root, "aria.png", "Aria", "Ann");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            h.await("thumbnail on the tile", () -> h.tile("Aria").face() != null
                    && h.tile("Aria").face().picture() != null);
            CardSummary first = h.model.allCards().get(0);
            assertThat(h.library.thumbnail(png, first.size(), first.fileModified())).isPresent();

            // a different picture, same card: the old thumbnail no longer matches, a new one is made
            byte[] other = io.github.chargallery.card.CardWriter.pngBytes(TestFiles.image(64, 64, 999),
                    io.github.chargallery.card.CardReader.standard().read(png).card());
            Files.write(png, other);
            Files.setLastModifiedTime(png, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            h.refreshAndWait();
            CardSummary changed = h.model.allCards().get(0);
            assertThat(changed.fileModified()).isNotEqualTo(first.fileModified());
            h.await("new thumbnail stored", () -> h.library.thumbnail(png, changed.size(), changed.fileModified()).isPresent());
        }
    }

    @Test
    void closingCancelsARunningSync() throws Exception {
        Path root = tmp.resolve("cards");
        TestFiles.json(root, "a.json", "Aria", "Ann");
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        GalleryHarness h = new GalleryHarness(tmp.resolve("data"), false).show();
        assertThat(h.library.syncCalled.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(h.model.syncingProperty().get()).isTrue();
        h.close(); // cancels the held sync and closes the library; would time out if the cancel were ignored
        h.await("the cancelled report", () -> h.model.lastReportProperty().get() != null);
        assertThat(h.model.lastReportProperty().get().cancelled()).isTrue();
        assertThat(h.model.syncTextProperty().get()).startsWith("Sync cancelled");
    }

    @Test
    void theCardsOnScreenStayPutWhenASyncAddsCardsAboveThem() throws Exception {
        Path root = tmp.resolve("cards");
        for (int i = 0; i < 60; i++) {
            TestFiles.json(root, String.format("m%02d.json", i), String.format("M %02d", i), "maker");
        }
        GalleryHarness.prepareIndex(tmp.resolve("data"), root);
        try (GalleryHarness h = new GalleryHarness(tmp.resolve("data"), true).show()) {
            h.awaitSynced();
            javafx.scene.control.skin.VirtualFlow<?> flow = h.robot.lookup(".virtual-flow").query();
            WaitForAsyncUtils.asyncFx(() -> flow.scrollToTop(5)).get();
            // the flow lays its cells out at a pulse, which on a loaded machine may come after a few events
            h.await("the grid scrolled down", () -> !"M 00".equals(WaitForAsyncUtils.asyncFx(() -> firstShown(h, flow)).get()));
            String top = WaitForAsyncUtils.asyncFx(() -> firstShown(h, flow)).get();

            for (int i = 0; i < 30; i++) {
                TestFiles.json(root, String.format("a%02d.json", i), String.format("A %02d", i), "maker");
            }
            h.refreshAndWait();
            assertThat(h.model.cards()).hasSize(90);
            assertThat(WaitForAsyncUtils.asyncFx(() -> firstShown(h, flow)).get()).isEqualTo(top);
        }
    }

    private static String firstShown(GalleryHarness h, javafx.scene.control.skin.VirtualFlow<?> flow) {
        var first = flow.getFirstVisibleCell();
        // the first row that shows more than a sliver
        int row = first.getLayoutY() + first.getHeight() > 10 ? first.getIndex() : first.getIndex() + 1;
        return h.model.cards().get(row * h.view.columns()).name();
    }

    private static TileFace face(CardTile tile) throws Exception {
        return WaitForAsyncUtils.asyncFx(tile::face).get();
    }
}
