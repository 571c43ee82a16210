package io.github.chargallery.gallery.thumbnails;

import io.github.chargallery.library.Library;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures no tile asked for get their hash (for "same picture" duplicates) once the gallery hands over its
 * backfill, which it does after the start-up sync: the hashing no longer starts with the window.
 */
class PictureHashBackfillTest {
    @TempDir
    Path tmp;

    @Test
    void theFirstBackfillHashesEveryPictureAndSaysSo() throws Exception {
        Path root = tmp.resolve("cards");
        TestFiles.png(root, "a.png", "Ada", "Ann");
        TestFiles.png(root, "b.png", "Bea", "Bo");
        try (Library lib = Library.open(tmp.resolve("data"))) {
            lib.addRoot(root);
            lib.sync(SyncListener.NONE, () -> false);
            assertThat(lib.duplicates().missingPictureHashes(10)).hasSize(2);
            Thumbnails thumbnails = new Thumbnails(lib, Runnable::run, 1);
            try {
                CountDownLatch hashed = new CountDownLatch(1);
                thumbnails.setOnPicturesHashed(hashed::countDown);
                thumbnails.backfill(List.of()); // no card on screen: only the hashing pass is left
                assertThat(hashed.await(20, TimeUnit.SECONDS)).as("told when the pictures are hashed").isTrue();
                assertThat(lib.duplicates().missingPictureHashes(10)).isEmpty();
            } finally {
                thumbnails.stop();
            }
        }
    }
}
