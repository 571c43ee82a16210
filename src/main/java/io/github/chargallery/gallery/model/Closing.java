package io.github.chargallery.gallery.model;

import io.github.chargallery.gallery.sync.Jobs;
import io.github.chargallery.gallery.sync.SyncRunner;
import io.github.chargallery.gallery.sync.SyncTask;
import io.github.chargallery.library.CardLibrary;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Ends the gallery's use of the library: the sync stopped, the last settings written, the index closed. */
final class Closing {
    private Closing() {
    }

    /** The settings go on the thread that closes the library, so a close cannot overtake them. */
    static CompletableFuture<Void> close(SyncRunner sync, CardLibrary library, Jobs jobs, Map<String, String> lastSettings) {
        SyncTask task = sync.cancel();
        return CompletableFuture.runAsync(() -> {
            try {
                if (task != null) {
                    task.awaitFinished(10_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                lastSettings.forEach(library::putSetting);
            } catch (RuntimeException e) {
                System.err.println("character-gallery: settings not saved: " + e.getMessage());
            }
            library.close();
        }, jobs.background());
    }
}
