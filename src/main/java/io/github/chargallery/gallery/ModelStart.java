package io.github.chargallery.gallery;

import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.sync.PulseExecutor;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSaver;
import io.github.chargallery.library.DaemonThreads;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The gallery's model, made and started (its index rows being read) as soon as the index is open,
 * and the window settings the first frame needs. Needs no toolkit: made on the early-start thread
 * while JavaFX starts up (the model's making took 60-150 ms on the launcher thread, and the rows'
 * query a core during the window's building). What it hands to the FX thread waits in {@link #fx()}
 * until {@link #release()}.
 */
record ModelStart(ExecutorService background, PulseExecutor fx, GalleryModel model, Optional<String> window,
        Optional<String> tile, Optional<String> theme) {

    static ModelStart begin(CardLibrary library, Path dataDir, List<Path> addRoots) {
        // read first: once the rows' query below runs, these wait for it to end
        Optional<String> window = library.setting(GalleryApp.SETTING_WINDOW);
        Optional<String> tile = library.setting(GalleryApp.SETTING_TILE);
        Optional<String> theme = library.setting(GalleryApp.SETTING_THEME);
        ExecutorService background = Executors.newCachedThreadPool(DaemonThreads.named("gallery-bg"));
        PulseExecutor fx = PulseExecutor.held();
        GalleryModel model = new GalleryModel(library, background, fx, new CardSaver(library, dataDir));
        model.start(addRoots);
        return new ModelStart(background, fx, model, window, tile, theme);
    }

    /** The toolkit is up: the model's results reach the FX thread from now on. */
    void release() {
        fx.release();
    }

    /** Not used after all (taken for other arguments, a test): stops its threads; the caller closes the index. */
    void abandon() {
        fx.discard();
        background.shutdownNow();
    }
}
