package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.card.CardReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineRootTest {
    @TempDir
    Path tmp;

    private static void cards(Path root, int n) {
        for (int i = 0; i < n; i++) {
            TestCards.write(root.resolve("c" + i + ".json"), "Card " + i);
        }
    }

    @Test
    void missingRootIsOfflineKeepsItsRowsAndIsPatchedWhenBack() throws IOException {
        Path root = tmp.resolve("drive");
        cards(root, 3);
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
            long id = library.loadSummaries().stream().filter(s -> s.name().equals("Card 0")).findFirst()
                    .orElseThrow().id();
            library.setFavorite(id, true);

            Path unplugged = tmp.resolve("elsewhere");
            Files.move(root, unplugged);
            RecordingListener listener = new RecordingListener(library.loadSummaries());
            SyncReport report = library.sync(listener, () -> false);

            assertThat(report.offlineRoots()).containsExactly(root.toAbsolutePath());
            assertThat(report.removed()).isZero();
            assertThat(library.loadSummaries()).hasSize(3).allSatisfy(s -> assertThat(s.offline()).isTrue());
            assertThat(listener.view.values()).allSatisfy(s -> assertThat(s.offline()).isTrue());
            assertThat(library.roots()).singleElement().satisfies(r -> assertThat(r.online()).isFalse());
            assertThat(library.rootFailure(root)).hasValueSatisfying(f -> assertThat(f).contains("not found"));

            Files.move(unplugged, root);
            Files.delete(root.resolve("c2.json"));
            TestCards.write(root.resolve("c3.json"), "Card 3");
            SyncReport back = library.sync(listener, () -> false);

            assertThat(back.offlineRoots()).isEmpty();
            assertThat(back).extracting(SyncReport::added, SyncReport::removed).containsExactly(1, 1);
            assertThat(library.loadSummaries()).hasSize(3).allSatisfy(s -> assertThat(s.offline()).isFalse());
            assertThat(listener.view.values()).containsExactlyInAnyOrderElementsOf(library.loadSummaries());
            assertThat(library.loadSummaries()).filteredOn(s -> s.id() == id)
                    .singleElement().satisfies(s -> assertThat(s.favorite()).isTrue());
        }
    }

    @Test
    void rootThatWalksEmptyIsTakenForAnUnmountedDriveAndKept() throws IOException {
        Path root = tmp.resolve("mnt");
        cards(root, 2);
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
            for (int i = 0; i < 2; i++) {
                Files.move(root.resolve("c" + i + ".json"), tmp.resolve("away" + i + ".json"));
            }

            SyncReport report = library.sync(SyncListener.NONE, () -> false);

            assertThat(report.offlineRoots()).containsExactly(root.toAbsolutePath());
            assertThat(report.removed()).isZero();
            assertThat(library.loadSummaries()).hasSize(2).allSatisfy(s -> assertThat(s.offline()).isTrue());
            assertThat(library.rootFailure(root)).hasValueSatisfying(f -> assertThat(f).contains("mounted"));

            Files.move(tmp.resolve("away0.json"), root.resolve("c0.json"));
            SyncReport back = library.sync(SyncListener.NONE, () -> false);

            assertThat(back.offlineRoots()).isEmpty();
            assertThat(back.removed()).isEqualTo(1);
            assertThat(library.loadSummaries()).singleElement().satisfies(s -> assertThat(s.offline()).isFalse());
        }
    }

    @Test
    void rootReplacedByAFileIsOfflineAndNothingIsRemoved() throws IOException {
        Path root = tmp.resolve("share");
        cards(root, 2);
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
            Files.move(root, tmp.resolve("share-away"));
            Files.writeString(root, "not a folder");

            SyncReport report = library.sync(SyncListener.NONE, () -> false);

            assertThat(report.offlineRoots()).containsExactly(root.toAbsolutePath());
            assertThat(report.removed()).isZero();
            assertThat(library.loadSummaries()).hasSize(2).allSatisfy(s -> assertThat(s.offline()).isTrue());
        }
    }

    /** A walk that fails half-way, as a share that drops during the scan does. */
    private static final class FailingWalker implements FolderWalker {
        boolean fail;

        @Override
        public Result walk(Path root, Set<Path> skip, BooleanSupplier cancelled) {
            Result real = FolderWalker.standard().walk(root, skip, cancelled);
            if (!fail) {
                return real;
            }
            List<FileStat> half = new ArrayList<>(real.files().subList(0, real.files().size() / 2));
            return new Result(half, "cannot read " + root + "/deep: Input/output error", false);
        }
    }

    @Test
    void walkFailingHalfWayRemovesNothingAndMarksTheRootOffline() {
        Path root = tmp.resolve("nas");
        cards(root, 10);
        FailingWalker walker = new FailingWalker();
        try (Library library = Library.open(tmp.resolve("data"), new TestCards.CountingReader(), walker, 2)) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
            walker.fail = true;

            SyncReport report = library.sync(SyncListener.NONE, () -> false);

            assertThat(report.removed()).isZero();
            assertThat(report.offlineRoots()).containsExactly(root.toAbsolutePath());
            assertThat(library.loadSummaries()).hasSize(10).allSatisfy(s -> assertThat(s.offline()).isTrue());

            walker.fail = false;
            SyncReport back = library.sync(SyncListener.NONE, () -> false);
            assertThat(back.offlineRoots()).isEmpty();
            assertThat(back.unchanged()).isEqualTo(10);
            assertThat(library.loadSummaries()).allSatisfy(s -> assertThat(s.offline()).isFalse());
        }
    }

    /** The real walk, with the root's drive "unplugged" (the folder moved away) as it enters its n-th folder. */
    private static final class UnpluggingWalker implements FolderWalker {
        final Path away;
        int unplugAtFolder = -1;
        int folders;

        UnpluggingWalker(Path away) {
            this.away = away;
        }

        @Override
        public Result walk(Path root, Set<Path> skip, BooleanSupplier cancelled) {
            folders = 0;
            // The standard walker asks "cancelled?" as it enters each folder: the hook to pull the drive.
            return FolderWalker.standard().walk(root, skip, () -> {
                if (++folders == unplugAtFolder) {
                    try {
                        Files.move(root, away);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return cancelled.getAsBoolean();
            });
        }
    }

    @Test
    void rootThatDisappearsDuringTheWalkIsOfflineLosesNoRowAndIsPatchedWhenBack() throws IOException {
        Path root = tmp.resolve("usb");
        for (int d = 0; d < 4; d++) {
            for (int i = 0; i < 5; i++) {
                TestCards.write(root.resolve("d" + d + "/c" + i + ".json"), "Card " + d + "." + i);
            }
        }
        Path away = tmp.resolve("unplugged");
        UnpluggingWalker walker = new UnpluggingWalker(away);
        try (Library library = Library.open(tmp.resolve("data"), CardReader.standard(), walker, 2)) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
            List<CardSummary> before = library.loadSummaries();
            long favorite = before.get(7).id();
            library.setFavorite(favorite, true);
            library.addUserTag(favorite, "keep");
            RecordingListener view = new RecordingListener(library.loadSummaries());

            walker.unplugAtFolder = 3;
            SyncReport lost = library.sync(view, () -> false);

            assertThat(Files.exists(root)).as("the folder went away during the walk").isFalse();
            assertThat(lost.offlineRoots()).containsExactly(root.toAbsolutePath());
            assertThat(lost.removed()).isZero();
            assertThat(view.removedIds()).isEmpty();
            assertThat(library.rootFailure(root)).hasValueSatisfying(f -> assertThat(f).contains("cannot read")
                    .contains("went away"));
            assertThat(library.loadSummaries()).hasSize(20).allSatisfy(s -> assertThat(s.offline()).isTrue());
            assertThat(view.view.values()).hasSize(20).allSatisfy(s -> assertThat(s.offline()).isTrue());

            Files.move(away, root);
            walker.unplugAtFolder = -1;
            SyncReport back = library.sync(view, () -> false);

            assertThat(back.offlineRoots()).isEmpty();
            assertThat(back).extracting(SyncReport::added, SyncReport::removed, SyncReport::unchanged)
                    .containsExactly(0, 0, 20);
            assertThat(view.view.values()).containsExactlyInAnyOrderElementsOf(library.loadSummaries())
                    .allSatisfy(s -> assertThat(s.offline()).isFalse());
            assertThat(library.loadSummaries()).extracting(CardSummary::id)
                    .containsExactlyInAnyOrderElementsOf(before.stream().map(CardSummary::id).toList());
            assertThat(library.loadSummaries()).filteredOn(s -> s.id() == favorite).singleElement()
                    .satisfies(s -> assertThat(s.favorite()).isTrue())
                    .satisfies(s -> assertThat(s.userTags()).containsExactly("keep"));
        }
    }

    @Test
    void rootThatDisappearsWhileItsFilesAreReadIsOfflineAndItsUnreadFilesAreNotCalledUnreadable() throws IOException {
        Path root = tmp.resolve("usb");
        for (int i = 0; i < 30; i++) {
            TestCards.write(root.resolve("c" + i + ".json"), "Card " + i);
        }
        Path away = tmp.resolve("unplugged");
        AtomicInteger reads = new AtomicInteger();
        // The drive is pulled out after the walk, as the fifth file is read.
        CardReader unplugging = file -> {
            if (reads.incrementAndGet() == 5) {
                try {
                    Files.move(root, away);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return CardReader.standard().read(file);
        };
        try (Library library = Library.open(tmp.resolve("data"), unplugging, FolderWalker.standard(), 1)) {
            library.addRoot(root);
            SyncReport lost = library.sync(SyncListener.NONE, () -> false);

            assertThat(lost.offlineRoots()).containsExactly(root.toAbsolutePath());
            assertThat(library.rootFailure(root)).hasValueSatisfying(f -> assertThat(f).contains("went away"));
            assertThat(library.loadSummaries()).as("only the cards read before it went").hasSize(4)
                    .allSatisfy(s -> assertThat(s.error()).isNull())
                    .allSatisfy(s -> assertThat(s.offline()).isTrue());

            Files.move(away, root);
            SyncReport back = library.sync(SyncListener.NONE, () -> false);

            assertThat(back.offlineRoots()).isEmpty();
            assertThat(back).extracting(SyncReport::added, SyncReport::errors).containsExactly(26, 0);
            assertThat(library.loadSummaries()).hasSize(30).allSatisfy(s -> assertThat(s.offline()).isFalse());
        }
    }

    /** Moves the root's files away and leaves an empty folder at its path, as unmounting a drive does. */
    private static void unmount(Path root, Path away) {
        try {
            Files.move(root, away);
            Files.createDirectory(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remount(Path root, Path away) throws IOException {
        Files.delete(root);
        Files.move(away, root);
    }

    @Test
    void driveUnmountedWhileItsFilesAreReadIsOfflineAndNoFileBecomesAnError() throws IOException {
        Path root = tmp.resolve("mnt");
        for (int i = 0; i < 30; i++) {
            TestCards.write(root.resolve("d" + i % 3 + "/c" + i + ".json"), "Card " + i);
        }
        Path away = tmp.resolve("unmounted");
        AtomicInteger reads = new AtomicInteger();
        int[] unmountAt = {-1};
        CardReader unmounting = file -> {
            if (reads.incrementAndGet() == unmountAt[0]) {
                unmount(root, away);
            }
            return CardReader.standard().read(file);
        };
        try (Library library = Library.open(tmp.resolve("data"), unmounting, FolderWalker.standard(), 1)) {
            library.addRoot(root);
            unmountAt[0] = 5;
            SyncReport lost = library.sync(SyncListener.NONE, () -> false);

            assertThat(Files.isDirectory(root)).as("the empty mount point stays").isTrue();
            assertThat(lost.offlineRoots()).containsExactly(root.toAbsolutePath());
            assertThat(lost.errors()).isZero();
            assertThat(library.rootFailure(root)).hasValueSatisfying(f -> assertThat(f).contains("went away"));
            assertThat(library.loadSummaries()).as("only the cards read before it went").hasSize(4)
                    .allSatisfy(s -> assertThat(s.error()).isNull())
                    .allSatisfy(s -> assertThat(s.offline()).isTrue());

            remount(root, away);
            SyncReport back = library.sync(SyncListener.NONE, () -> false);
            assertThat(back.offlineRoots()).isEmpty();
            assertThat(back).extracting(SyncReport::added, SyncReport::errors).containsExactly(26, 0);
            assertThat(library.loadSummaries()).hasSize(30).allSatisfy(s -> assertThat(s.error()).isNull());

            // Now every file changed (re-read) and the drive goes while they are read: indexed cards stay.
            for (int i = 0; i < 30; i++) {
                TestCards.age(root.resolve("d" + i % 3 + "/c" + i + ".json"), 1800);
            }
            List<CardSummary> before = library.loadSummaries();
            reads.set(0);
            unmountAt[0] = 3;
            SyncReport again = library.sync(SyncListener.NONE, () -> false);
            assertThat(again.offlineRoots()).containsExactly(root.toAbsolutePath());
            assertThat(again).extracting(SyncReport::errors, SyncReport::removed).containsExactly(0, 0);
            assertThat(library.loadSummaries()).extracting(CardSummary::id, CardSummary::error)
                    .containsExactlyInAnyOrderElementsOf(before.stream()
                            .map(s -> org.assertj.core.groups.Tuple.tuple(s.id(), null)).toList());

            remount(root, away);
            unmountAt[0] = -1;
            SyncReport fine = library.sync(SyncListener.NONE, () -> false);
            assertThat(fine.offlineRoots()).isEmpty();
            assertThat(fine.errors()).isZero();
            assertThat(library.loadSummaries()).hasSize(30).allSatisfy(s -> assertThat(s.error()).isNull())
                    .allSatisfy(s -> assertThat(s.offline()).isFalse());
        }
    }

    @Test
    void driveUnmountedDuringTheWalkIsOfflineAndItsUnlistedFoldersAreNotTakenForSkippedOnes() throws IOException {
        Path root = tmp.resolve("mnt");
        for (int d = 0; d < 4; d++) {
            for (int i = 0; i < 5; i++) {
                TestCards.write(root.resolve("d" + d + "/c" + i + ".json"), "Card " + d + "." + i);
            }
        }
        Path away = tmp.resolve("unmounted");
        int[] folders = {0};
        int[] unmountAt = {-1};
        FolderWalker walker = (r, skip, cancelled) -> FolderWalker.standard().walk(r, skip, () -> {
            if (++folders[0] == unmountAt[0]) {
                unmount(r, away);
            }
            return cancelled.getAsBoolean();
        });
        try (Library library = Library.open(tmp.resolve("data"), CardReader.standard(), walker, 2)) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
            folders[0] = 0;
            unmountAt[0] = 3;

            SyncReport lost = library.sync(SyncListener.NONE, () -> false);

            assertThat(lost.offlineRoots()).containsExactly(root.toAbsolutePath());
            assertThat(lost.skippedFolders()).isEmpty();
            assertThat(lost.removed()).isZero();
            assertThat(library.rootFailure(root)).hasValueSatisfying(f -> assertThat(f).contains("went away"));
            assertThat(library.loadSummaries()).hasSize(20).allSatisfy(s -> assertThat(s.offline()).isTrue());

            remount(root, away);
            unmountAt[0] = -1;
            SyncReport back = library.sync(SyncListener.NONE, () -> false);
            assertThat(back).extracting(SyncReport::unchanged, SyncReport::errors).containsExactly(20, 0);
        }
    }

    @Test
    void aFileDeletedWhileTheScanRunsIsNotAnUnreadableCard() throws IOException {
        Path root = tmp.resolve("cards");
        for (int i = 0; i < 6; i++) {
            TestCards.write(root.resolve("c" + i + ".json"), "Card " + i);
        }
        Path doomed = root.resolve("c3.json");
        CardReader deleting = file -> {
            if (file.equals(doomed)) {
                try {
                    Files.delete(doomed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return CardReader.standard().read(file);
        };
        try (Library library = Library.open(tmp.resolve("data"), deleting, FolderWalker.standard(), 1)) {
            library.addRoot(root);
            SyncReport report = library.sync(SyncListener.NONE, () -> false);

            assertThat(report.offlineRoots()).isEmpty();
            assertThat(report).extracting(SyncReport::added, SyncReport::errors).containsExactly(5, 0);
            assertThat(library.loadSummaries()).hasSize(5).noneMatch(CardSummary::isError);
        }
    }

    @Test
    void symlinkLoopIsWalkedOnceAndHiddenFoldersAreSkipped() throws IOException {
        Path root = tmp.resolve("links");
        TestCards.write(root.resolve("a/one.json"), "One");
        TestCards.write(root.resolve(".hidden/secret.json"), "Secret");
        TestCards.write(root.resolve("a/._one.json"), "Resource fork");
        Files.createSymbolicLink(root.resolve("a/loop"), root);
        Path elsewhere = tmp.resolve("elsewhere");
        TestCards.write(elsewhere.resolve("linked.json"), "Linked");
        Files.createSymbolicLink(root.resolve("link-to-elsewhere"), elsewhere);
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(root);
            SyncReport report = library.sync(SyncListener.NONE, () -> false);

            assertThat(report.offlineRoots()).isEmpty();
            assertThat(library.loadSummaries()).extracting(CardSummary::name)
                    .containsExactlyInAnyOrder("One", "Linked");
        }
    }

    @Test
    void cardWithACopyOnAnOnlineRootIsNotOffline() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        TestCards.write(a.resolve("x.json"), "Both");
        Files.createDirectories(b);
        Files.copy(a.resolve("x.json"), b.resolve("x.json"));
        TestCards.age(b.resolve("x.json"), 3600);
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(a);
            library.addRoot(b);
            library.sync(SyncListener.NONE, () -> false);
            Files.move(a, tmp.resolve("a-away"));
            library.sync(SyncListener.NONE, () -> false);
            assertThat(library.loadSummaries()).singleElement().satisfies(s -> {
                assertThat(s.offline()).isFalse();
                assertThat(s.files().get(0)).isEqualTo(b.resolve("x.json").toAbsolutePath());
            });
        }
    }
}
