package io.github.chargallery.gallery.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.library.FolderWalker;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.SkippedFolder;
import io.github.chargallery.testing.QueueExecutor;
import io.github.chargallery.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A folder the last sync could not read is named in the status bar, with its reason in the tooltip. */
class SkippedFolderStatusTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theStatusBarNamesTheSkippedFolder() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("drive"));
        TestFiles.json(root, "ann.json", "Ann", "x");
        Path lost = Files.createDirectories(root.resolve("lost+found"));
        // The walk as it goes on a drive whose lost+found is mode 000 (root reads it, so the report is made up).
        FolderWalker walker = (Path r, Set<Path> skip, BooleanSupplier c) -> {
            FolderWalker.Result real = FolderWalker.standard().walk(r, skip, c);
            return new FolderWalker.Result(real.files(), real.failure(), real.cancelled(),
                    List.of(new SkippedFolder(lost, "cannot read " + lost + ": AccessDenied")));
        };
        QueueExecutor fx = new QueueExecutor();
        try (Library library = Library.open(tmp.resolve("data"), CardReader.standard(), walker, 1)) {
            GalleryModel model = new GalleryModel(library, Runnable::run, fx);
            StatusBar status = new StatusBar(model, () -> { });
            assertThat(status.skipped.isVisible()).isFalse();

            model.start(List.of(root));
            fx.pulse();

            assertThat(status.skipped.isVisible()).isTrue();
            assertThat(status.skipped.getText()).isEqualTo("Skipped 1 unreadable folder: " + lost);
            assertThat(status.skipped.getTooltip().getText()).contains("cannot read " + lost + ": AccessDenied");
            assertThat(status.offline.isVisible()).isFalse();
        }
    }
}
