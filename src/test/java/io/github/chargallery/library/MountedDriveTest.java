package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.testing.Tmpfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real drive: a tmpfs mounted at the root folder and unmounted (lazily, as a pulled drive or a dropped
 * share leaves it) while the sync reads its files. Needs root and a working {@code mount}; skipped otherwise.
 */
class MountedDriveTest {
    @TempDir
    Path tmp;
    private Tmpfs drive;

    @AfterEach
    void cleanUp() {
        if (drive != null) {
            drive.close();
        }
    }

    /** Copies the saved files onto the drive, dates included, as the same drive plugged in again. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    @Test
    void driveUnmountedPartWayThroughTheScanIsOfflineAndWholeAgainWhenRemounted() throws IOException {
        Path mnt = Files.createDirectories(tmp.resolve("mnt"));
        drive = Tmpfs.mountOrSkip(mnt, "32m");
        Path saved = tmp.resolve("saved");
        for (int i = 0; i < 200; i++) {
            TestCards.write(saved.resolve("d" + i % 8 + "/c" + i + ".json"), "Card " + i);
        }
        copyTree(saved, mnt);
        AtomicInteger reads = new AtomicInteger();
        CardReader unmounting = file -> {
            if (reads.incrementAndGet() == 40) {
                if (!drive.pullOut()) {
                    throw new UncheckedIOException(new IOException("umount -l failed"));
                }
            }
            return CardReader.standard().read(file);
        };
        try (Library library = Library.open(tmp.resolve("data"), unmounting, FolderWalker.standard(), 1)) {
            library.addRoot(mnt);
            SyncReport lost = library.sync(SyncListener.NONE, () -> false);

            assertThat(Files.isDirectory(mnt)).as("the mount point stays, empty").isTrue();
            assertThat(lost.offlineRoots()).containsExactly(mnt);
            assertThat(lost.errors()).isZero();
            List<CardSummary> kept = library.loadSummaries();
            assertThat(kept).as("the cards read before the drive went").hasSize(39).noneMatch(CardSummary::isError)
                    .allSatisfy(s -> assertThat(s.offline()).isTrue());

            assertThat(drive.mount("32m")).isTrue();
            copyTree(saved, mnt);
            SyncReport back = library.sync(SyncListener.NONE, () -> false);

            assertThat(back.offlineRoots()).isEmpty();
            assertThat(back).extracting(SyncReport::added, SyncReport::errors, SyncReport::removed)
                    .containsExactly(200 - kept.size(), 0, 0);
            assertThat(library.loadSummaries()).hasSize(200).noneMatch(CardSummary::isError)
                    .allSatisfy(s -> assertThat(s.offline()).isFalse());
        }
    }
}
