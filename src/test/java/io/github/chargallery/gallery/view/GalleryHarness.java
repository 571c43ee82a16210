package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.sync.PulseExecutor;
import io.github.chargallery.gallery.thumbnails.Thumbnails;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.DaemonThreads;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.testing.GatedLibrary;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gallery window on the real library, in a real (headless) stage, wired like the app: pulse
 * executor, background pool, thumbnails. Records exceptions thrown on any thread so an FX-thread
 * library call (the guard throws) fails the test.
 */
final class GalleryHarness implements AutoCloseable {
    final Path dataDir;
    final GatedLibrary library;
    final ExecutorService background = Executors.newCachedThreadPool(DaemonThreads.named("test-bg"));
    final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    final FxRobot robot = new FxRobot();
    GalleryModel model;
    GalleryView view;
    Thumbnails thumbnails;
    Stage stage;

    GalleryHarness(Path dataDir, boolean syncOpen) {
        this.dataDir = dataDir;
        this.library = new GatedLibrary(Library.open(dataDir), syncOpen);
    }

    /** Indexes the roots beforehand, as an earlier run of the app would have. */
    static void prepareIndex(Path dataDir, Path... roots) {
        try (CardLibrary lib = Library.open(dataDir)) {
            for (Path r : roots) {
                lib.addRoot(r);
            }
            lib.sync(SyncListener.NONE, () -> false);
        }
    }

    GalleryHarness show() throws TimeoutException {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        stage = FxToolkit.registerPrimaryStage();
        PulseExecutor fx = new PulseExecutor();
        model = new GalleryModel(library, background, fx, new io.github.chargallery.library.CardSaver(library, dataDir));
        thumbnails = new Thumbnails(library, fx, 1);
        FxToolkit.setupFixture(() -> {
            view = new GalleryView(model, thumbnails, p -> { }, 140);
            stage.setScene(new Scene(view.root(), 1100, 760));
            stage.show();
            stage.toFront();
            model.start();
        });
        return this;
    }

    void await(String what, Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new TimeoutException("timed out waiting until " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void awaitSynced() throws TimeoutException {
        await("the sync is done", () -> model.lastReportProperty().get() != null && !model.syncingProperty().get());
    }

    /** Runs a sync and waits for its report (a new one, not the previous). */
    void refreshAndWait() throws Exception {
        var before = model.lastReportProperty().get();
        WaitForAsyncUtils.asyncFx(model::refresh).get();
        await("a new sync is done", () -> model.lastReportProperty().get() != before && !model.syncingProperty().get());
    }

    /** Names on the tiles the grid currently shows (only the ones laid out, i.e. on screen). */
    List<String> tileNames() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".card-tile").queryAll().stream()
                .map(n -> ((CardTile) n).getItem()).filter(c -> c != null).map(CardSummary::name).sorted().toList()).get();
    }

    CardTile tile(String name) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".card-tile").queryAll().stream()
                .map(n -> (CardTile) n).filter(t -> t.getItem() != null && t.getItem().name().equals(name))
                .findFirst().orElse(null)).get();
    }

    /**
     * Opens a control's context menu as a desktop's right-click does (the headless toolkit sends no menu
     * request for a right click) and waits until it shows.
     */
    javafx.scene.control.ContextMenu openMenu(javafx.scene.control.Control c) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Bounds b = c.localToScreen(c.getBoundsInLocal());
            javafx.event.Event.fireEvent(c, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    b.getMinX() + 10, b.getMinY() + 10, false, null));
        }).get();
        await("the menu is open", () -> c.getContextMenu() != null && c.getContextMenu().isShowing());
        return c.getContextMenu();
    }

    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Override
    public void close() throws Exception {
        if (model != null) {
            thumbnails.stop();
            model.close().get(20, TimeUnit.SECONDS);
            FxToolkit.setupFixture(() -> stage.hide());
        } else {
            library.close();
        }
        background.shutdownNow();
        Thread.setDefaultUncaughtExceptionHandler(null);
        assertThat(uncaught).as("exceptions thrown on some thread").isEmpty();
    }
}
