package io.github.chargallery.gallery.model;

import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.Library;
import io.github.chargallery.library.LibraryRoot;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.testing.QueueExecutor;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gallery open while a shell {@code index} (another connection, here in the same process) adds and
 * removes folders: the next sync's end brings the grid in line with the index, not only with its own patches.
 */
class ChangedElsewhereTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // javafx.concurrent.Task needs a running toolkit
    }

    @Test
    void cardsAnotherProcessIndexedOrForgotShowAfterTheNextRefresh() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        for (String n : new String[] {"Ann", "Abe", "Amy"}) {
            TestFiles.json(a, n + ".json", n, "x");
        }
        TestFiles.json(b, "Bea.json", "Bea", "x");
        TestFiles.json(b, "Bob.json", "Bob", "x");
        Path data = tmp.resolve("data");
        QueueExecutor fx = new QueueExecutor();
        try (Library gallery = Library.open(data)) {
            GalleryModel model = new GalleryModel(gallery, Runnable::run, fx);
            model.start(List.of(a));
            fx.pulse();
            assertThat(model.cards()).extracting(CardSummary::name).containsExactlyInAnyOrder("Ann", "Abe", "Amy");

            try (Library shell = Library.open(data)) {
                shell.addRoot(b);
                shell.sync(SyncListener.NONE, () -> false);
                shell.removeRoot(a);
            }
            model.refresh();
            fx.pulse();

            assertThat(model.cards()).extracting(CardSummary::name).containsExactlyInAnyOrder("Bea", "Bob");
            assertThat(model.roots()).extracting(LibraryRoot::path).containsExactly(b);

            model.refresh();
            fx.pulse();
            assertThat(model.cards()).as("no reload when nobody else wrote").hasSize(2);
        }
    }
}
