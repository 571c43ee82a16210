package io.github.chargallery.gallery.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.library.Library;
import io.github.chargallery.library.LibraryRoot;
import io.github.chargallery.testing.QueueExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Add folder… with a link to a library folder says which folder it already is, as {@code index} does. */
class AddFolderRefusedTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // javafx.concurrent.Task needs a running toolkit
    }

    @Test
    void addingALinkToALibraryFolderShowsTheSameMessageAsTheCommand() throws Exception {
        Path cards = Files.createDirectories(tmp.resolve("cards"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), cards);
        QueueExecutor fx = new QueueExecutor();
        try (Library library = Library.open(tmp.resolve("data"))) {
            GalleryModel model = new GalleryModel(library, Runnable::run, fx);
            model.start(List.of(cards));
            fx.pulse();

            model.addRoots(List.of(link));
            fx.pulse();

            assertThat(model.noticeProperty().get()).contains(link + " is already in the library as " + cards);
            assertThat(model.roots()).extracting(LibraryRoot::path).containsExactly(cards);
        }
    }
}
