package io.github.chargallery.gallery.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.cli.bench.LibraryGenerator;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.testing.QueueExecutor;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * At start the duplicate groups are found once, after the start-up sync: not also from the index's first
 * rows, where finding them took the cores from the window's first frame.
 */
class StartupDuplicatesTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theGroupsWaitForTheStartUpSync() throws Exception {
        LibraryGenerator.generate(tmp.resolve("cards"), 40, 3, 2, 20);
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(tmp.resolve("cards"));
            library.sync(SyncListener.NONE, () -> false);
            QueueExecutor fx = new QueueExecutor();
            GalleryModel model = new GalleryModel(library, Runnable::run, fx, CardReader.standard(), () -> 0L, null);

            model.start();
            model.showFirstRows(); // the index's rows are in the grid before the first frame
            assertThat(model.cards()).isNotEmpty();
            assertThat(model.cleanup().computingProperty().get()).as("finding groups beside the first frame").isFalse();
            assertThat(model.cleanup().computedProperty().get()).isFalse();

            for (int i = 0; i < 20 && !model.cleanup().computedProperty().get(); i++) {
                fx.pulse(); // the sync two pulses on, then the groups found after it
            }
            assertThat(model.cleanup().computedProperty().get()).isTrue();
            assertThat(model.cleanup().groups()).isNotEmpty(); // 20% of the files repeat cards
        }
    }
}
