package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.CardList;
import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.LibraryRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The gallery's first fill from the index: read in the background, applied once on the FX thread by
 * whichever comes first, the window about to show or the read's own turn on the FX thread.
 */
final class FirstRows {
    private final AtomicReference<Runnable> pending = new AtomicReference<>();
    private final CardLibrary library;
    private final Jobs jobs;

    FirstRows(CardLibrary library, Jobs jobs) {
        this.library = library;
        this.jobs = jobs;
    }

    /** The order, import folder, rows and roots as the index holds them, taken by {@code apply}. */
    record Read(SortOrder order, Optional<Path> importFolder, CardList.Rows rows, List<LibraryRoot> roots) {
    }

    void read(List<Path> newRoots, Consumer<Read> apply) {
        jobs.inBackground("read the library index", () -> {
            for (Path r : newRoots) {
                library.addRoot(r);
            }
            SortOrder order = library.setting(GalleryModel.SETTING_SORT).map(SortOrder::parse).orElse(SortOrder.DEFAULT);
            Optional<Path> imp = library.setting(Folders.SETTING_IMPORT).map(Path::of);
            Read read = new Read(order, imp, CardList.Rows.read(library, order.comparator()), library.roots());
            pending.set(() -> apply.accept(read));
            jobs.onFx(this::show);
        });
    }

    /** Applies the rows now if they have been read (FX thread). */
    void show() {
        Runnable rows = pending.getAndSet(null);
        if (rows != null) {
            rows.run();
        }
    }
}
