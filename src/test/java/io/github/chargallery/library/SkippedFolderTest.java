package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.card.CardReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder inside a root that cannot be read is skipped and reported; only the root itself unreadable makes it offline. */
class SkippedFolderTest {
    @TempDir
    Path tmp;

    /** Folders that refuse to be opened, as lost+found at mode 000 refuses a user (root reads it: injected). */
    private final Set<Path> denied = ConcurrentHashMap.newKeySet();
    private final FolderWalker walker = new FileTreeWalker(
            dir -> denied.contains(dir) ? new AccessDeniedException(dir.toString()) : null);

    private Library open() {
        return Library.open(tmp.resolve("data"), CardReader.standard(), walker, 2);
    }

    private static SyncReport sync(Library library) {
        return library.sync(SyncListener.NONE, () -> false);
    }

    @Test
    void anUnreadableSubfolderIsSkippedAndTheRestOfTheRootIsScannedAsUsual() throws IOException {
        Path root = tmp.resolve("drive");
        TestCards.write(root.resolve("a.json"), "Ann");
        TestCards.write(root.resolve("lost+found/x.json"), "Xena");
        TestCards.write(root.resolve("private/deep/y.json"), "Yuri");
        TestCards.write(root.resolve("public/z.json"), "Zoe");
        try (Library library = open()) {
            library.addRoot(root);
            sync(library);
            long xena = library.loadSummaries().stream().filter(s -> s.name().equals("Xena")).findFirst()
                    .orElseThrow().id();
            library.setFavorite(xena, true);

            denied.add(root.resolve("lost+found"));
            denied.add(root.resolve("private"));
            Files.delete(root.resolve("a.json"));
            TestCards.write(root.resolve("public/b.json"), "Bea");
            SyncReport report = sync(library);

            assertThat(report.offlineRoots()).isEmpty();
            assertThat(report.skippedFolders()).extracting(SkippedFolder::folder)
                    .containsExactlyInAnyOrder(root.resolve("lost+found"), root.resolve("private"));
            assertThat(report.skippedFolders()).allSatisfy(f -> assertThat(f.reason())
                    .contains("cannot read " + f.folder()).contains("AccessDenied"));
            assertThat(report).extracting(SyncReport::added, SyncReport::removed, SyncReport::errors)
                    .containsExactly(1, 1, 0);
            assertThat(library.roots()).singleElement().satisfies(r -> assertThat(r.online()).isTrue());
            // What the index holds under the skipped folders is kept as it was: unreadable now, not gone.
            assertThat(library.loadSummaries()).extracting(CardSummary::name)
                    .containsExactlyInAnyOrder("Xena", "Yuri", "Zoe", "Bea");
            assertThat(library.loadSummaries()).allSatisfy(s -> assertThat(s.offline()).isFalse())
                    .filteredOn(s -> s.id() == xena).singleElement()
                    .satisfies(s -> assertThat(s.favorite()).isTrue());

            denied.clear();
            Files.delete(root.resolve("private/deep/y.json"));
            SyncReport readable = sync(library);
            assertThat(readable.skippedFolders()).isEmpty();
            assertThat(readable).extracting(SyncReport::added, SyncReport::removed, SyncReport::unchanged)
                    .containsExactly(0, 1, 3);
        }
    }

    @Test
    void aRootWhoseOnlyFolderIsUnreadableIsOnlineNotTakenForAnEmptyMountPoint() {
        Path root = tmp.resolve("share");
        TestCards.write(root.resolve("mine/x.json"), "Xena");
        try (Library library = open()) {
            library.addRoot(root);
            sync(library);
            denied.add(root.resolve("mine"));

            SyncReport report = sync(library);

            assertThat(report.offlineRoots()).isEmpty();
            assertThat(report.skippedFolders()).extracting(SkippedFolder::folder).containsExactly(root.resolve("mine"));
            assertThat(report.removed()).isZero();
            assertThat(library.loadSummaries()).singleElement().satisfies(s -> assertThat(s.offline()).isFalse());
        }
    }

    @Test
    void theRootItselfUnreadableIsOfflineAndNothingIsRemoved() {
        Path root = tmp.resolve("share");
        TestCards.write(root.resolve("x.json"), "Xena");
        try (Library library = open()) {
            library.addRoot(root);
            sync(library);
            denied.add(root);

            SyncReport report = sync(library);

            assertThat(report.offlineRoots()).containsExactly(root);
            assertThat(report.skippedFolders()).isEmpty();
            assertThat(report.removed()).isZero();
            assertThat(library.rootFailure(root)).hasValueSatisfying(f -> assertThat(f).contains("cannot read " + root));
            assertThat(library.loadSummaries()).singleElement().satisfies(s -> assertThat(s.offline()).isTrue());
        }
    }

    @Test
    void aRealModeZeroFolderIsSkippedWhenNotRunningAsRoot() throws IOException {
        Path root = tmp.resolve("drive");
        TestCards.write(root.resolve("a.json"), "Ann");
        Path lost = Files.createDirectories(root.resolve("lost+found"));
        Files.setPosixFilePermissions(lost, PosixFilePermissions.fromString("---------"));
        try (Library library = Library.open(tmp.resolve("data"))) {
            Assumptions.assumeFalse(Files.isReadable(lost), "root reads a mode-000 folder: covered by the injected fault");
            library.addRoot(root);
            SyncReport report = sync(library);
            assertThat(report.offlineRoots()).isEmpty();
            assertThat(report.skippedFolders()).extracting(SkippedFolder::folder).containsExactly(lost);
            assertThat(report.added()).isEqualTo(1);
        } finally {
            Files.setPosixFilePermissions(lost, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
