package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncTest {
    @TempDir
    Path tmp;
    Path root;
    TestCards.CountingReader reader;
    Library library;

    @BeforeEach
    void open() throws IOException {
        root = Files.createDirectories(tmp.resolve("cards"));
        reader = new TestCards.CountingReader();
        library = Library.open(tmp.resolve("data"), reader);
        library.addRoot(root);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private SyncReport sync() {
        return library.sync(SyncListener.NONE, () -> false);
    }

    private SyncReport sync(SyncListener listener) {
        return library.sync(listener, () -> false);
    }

    private Map<String, CardSummary> byName() {
        return library.loadSummaries().stream().collect(Collectors.toMap(CardSummary::name, Function.identity()));
    }

    @Test
    void countsNewModifiedDeletedAndUnchangedOverSeveralScans() throws IOException {
        TestCards.write(root.resolve("a.json"), "Alice");
        TestCards.write(root.resolve("b.json"), "Bob");
        TestCards.write(root.resolve("sub/deeper/c.JSON"), "Carol");

        SyncReport first = sync();
        assertThat(first).extracting(SyncReport::added, SyncReport::updated, SyncReport::removed,
                SyncReport::unchanged, SyncReport::errors).containsExactly(3, 0, 0, 0, 0);
        assertThat(byName()).containsOnlyKeys("Alice", "Bob", "Carol");

        TestCards.write(root.resolve("d.json"), "Dave");
        TestCards.write(root.resolve("b.json"), "Bobby", "Bob, renamed inside the card.", List.of("test"));
        Files.delete(root.resolve("a.json"));
        SyncReport second = sync();
        assertThat(second).extracting(SyncReport::added, SyncReport::updated, SyncReport::removed,
                SyncReport::unchanged).containsExactly(1, 1, 1, 1);
        assertThat(byName()).containsOnlyKeys("Bobby", "Carol", "Dave");

        SyncReport third = sync();
        assertThat(third).extracting(SyncReport::added, SyncReport::updated, SyncReport::removed,
                SyncReport::unchanged).containsExactly(0, 0, 0, 3);
    }

    @Test
    void noChangeRescanOpensNoFile() {
        for (int i = 0; i < 20; i++) {
            TestCards.write(root.resolve("f" + (i % 3) + "/card" + i + ".json"), "Card " + i);
        }
        sync();
        assertThat(reader.opens).hasValue(20);
        reader.reset();

        SyncReport again = sync();

        assertThat(reader.opens).hasValue(0);
        assertThat(again.unchanged()).isEqualTo(20);
    }

    @Test
    void anotherProcessWritingTheIndexIsNoticedBeforeTheNextScan() throws IOException {
        Path file = TestCards.write(root.resolve("a.json"), "Shared");
        sync();
        sync(); // nothing written: this library now holds the rows in memory
        TestCards.age(file, 600);
        try (Library other = Library.open(tmp.resolve("data"))) {
            assertThat(other.sync(SyncListener.NONE, () -> false).unchanged()).isEqualTo(1);
        }
        reader.reset();

        SyncReport report = sync();

        // The other process already recorded the new mtime: nothing here is re-read.
        assertThat(reader.opens).hasValue(0);
        assertThat(report.unchanged()).isEqualTo(1);
    }

    @Test
    void touchedFileIsReadOnceAndKeepsItsCard() throws IOException {
        Path file = TestCards.write(root.resolve("a.json"), "Alice");
        sync();
        long id = byName().get("Alice").id();
        library.setFavorite(id, true);
        reader.reset();
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 600_000));

        RecordingListener listener = new RecordingListener();
        SyncReport report = sync(listener);

        assertThat(reader.opened).containsExactly(file);
        assertThat(report).extracting(SyncReport::added, SyncReport::updated, SyncReport::removed,
                SyncReport::unchanged).containsExactly(0, 0, 0, 1);
        CardSummary after = byName().get("Alice");
        assertThat(after.id()).isEqualTo(id);
        assertThat(after.favorite()).isTrue();
        assertThat(after.fileModified()).isEqualTo(Files.getLastModifiedTime(file).toMillis());
        reader.reset();
        sync();
        assertThat(reader.opens).hasValue(0);
    }

    @Test
    void sameSizeEditWithinTheSameSecondIsDetected() throws IOException {
        Path file = root.resolve("a.json");
        Files.writeString(file, TestCards.json("Anna", "x", List.of()));
        FileTime stamp = Files.getLastModifiedTime(file);
        sync();

        // Same length, same mtime: only the racy-file rule can notice this edit.
        Files.writeString(file, TestCards.json("Emma", "x", List.of()));
        Files.setLastModifiedTime(file, stamp);
        SyncReport report = sync();

        assertThat(report.updated()).isEqualTo(1);
        assertThat(byName()).containsOnlyKeys("Emma");
    }

    @Test
    void racyFileIsReadAgainOnceAndPublishesNothingWhenUnchanged() throws IOException {
        Path file = root.resolve("fresh.json");
        Files.writeString(file, TestCards.json("Fresh", "x", List.of()));
        sync();
        reader.reset();

        RecordingListener listener = new RecordingListener();
        SyncReport report = sync(listener);

        assertThat(reader.opened).containsExactly(file);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(listener.patches).isEmpty();
    }

    @Test
    void unreadableFilesAreListedAsErrorRows() throws IOException {
        Files.writeString(root.resolve("broken.json"), "{ this is not json");
        TestCards.age(root.resolve("broken.json"), 3600);
        Files.writeString(root.resolve("list.json"), "[1, 2]");
        TestCards.age(root.resolve("list.json"), 3600);
        TestCards.write(root.resolve("good.json"), "Good");

        SyncReport report = sync();

        assertThat(report.errors()).isEqualTo(2);
        assertThat(report.added()).isEqualTo(1);
        Map<String, CardSummary> cards = byName();
        assertThat(cards).containsOnlyKeys("broken", "list", "Good");
        assertThat(cards.get("broken").isError()).isTrue();
        assertThat(cards.get("broken").error()).isNotBlank();
        assertThat(cards.get("broken").spec()).isNull();
        assertThat(cards.get("Good").isError()).isFalse();

        // Fixing the file turns the error row into the card, under the same id.
        long id = cards.get("broken").id();
        TestCards.write(root.resolve("broken.json"), "Fixed");
        sync();
        assertThat(byName().get("Fixed").id()).isEqualTo(id);
        assertThat(byName().get("Fixed").isError()).isFalse();
    }

    @Test
    void renameAndMoveToAnotherRootKeepFavouriteAndTags() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("other-root"));
        library.addRoot(other);
        Path file = TestCards.write(root.resolve("old/name.json"), "Mover");
        TestCards.write(root.resolve("stays.json"), "Stays"); // a root left empty reads as unmounted
        sync();
        long id = byName().get("Mover").id();
        library.setFavorite(id, true);
        library.addUserTag(id, "keeper");

        Path renamed = root.resolve("old/new-name.json");
        Files.move(file, renamed);
        RecordingListener listener = new RecordingListener();
        sync(listener);
        CardSummary afterRename = byName().get("Mover");
        assertThat(afterRename.id()).isEqualTo(id);
        assertThat(afterRename.files()).containsExactly(renamed.toAbsolutePath());
        assertThat(listener.removedIds()).doesNotContain(id);

        Path moved = Files.createDirectories(other.resolve("x")).resolve("moved.json");
        Files.move(renamed, moved);
        sync();
        CardSummary afterMove = byName().get("Mover");
        assertThat(afterMove.id()).isEqualTo(id);
        assertThat(afterMove.favorite()).isTrue();
        assertThat(afterMove.userTags()).containsExactly("keeper");
        assertThat(afterMove.files()).containsExactly(moved.toAbsolutePath());
        assertThat(library.search("keeper")).containsExactly(id);
    }

    @Test
    void editInPlaceKeepsIdFavouriteAndTagsAndIsPublishedAsUpdate() {
        Path file = TestCards.write(root.resolve("a.json"), "Editable", "first text", List.of("t"));
        sync();
        long id = byName().get("Editable").id();
        library.setFavorite(id, true);
        library.addUserTag(id, "mine");

        TestCards.write(file, "Editable", "second, longer text about lighthouses", List.of("t"));
        RecordingListener listener = new RecordingListener();
        SyncReport report = sync(listener);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(listener.updatedIds()).containsExactly(id);
        assertThat(listener.addedIds()).isEmpty();
        assertThat(listener.removedIds()).isEmpty();
        CardSummary after = byName().get("Editable");
        assertThat(after.id()).isEqualTo(id);
        assertThat(after.favorite()).isTrue();
        assertThat(after.userTags()).containsExactly("mine");
        assertThat(library.search("lighthouse")).containsExactly(id);
        assertThat(library.search("first")).isEmpty();
    }

    @Test
    void twoFilesHoldingTheSameCardAreOneCard() throws IOException {
        Path a = TestCards.write(root.resolve("a.json"), "Twin");
        Path b = root.resolve("copy/b.json");
        Files.createDirectories(b.getParent());
        Files.copy(a, b);
        TestCards.age(b, 3600);

        sync();

        List<CardSummary> all = library.loadSummaries();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).files()).containsExactlyInAnyOrder(a.toAbsolutePath(), b.toAbsolutePath());

        Files.delete(a);
        sync();
        assertThat(library.loadSummaries()).singleElement()
                .satisfies(s -> assertThat(s.files()).containsExactly(b.toAbsolutePath()));
    }

    @Test
    void editingOneOfTwoCopiesMakesANewCardThatKeepsTheUserData() throws IOException {
        Path a = TestCards.write(root.resolve("a.json"), "Fork", "same", List.of());
        Path b = root.resolve("b.json");
        Files.copy(a, b);
        TestCards.age(b, 3600);
        sync();
        long id = library.loadSummaries().get(0).id();
        library.setFavorite(id, true);
        library.addUserTag(id, "shared");

        TestCards.write(b, "Fork", "changed in one copy only", List.of());
        RecordingListener listener = new RecordingListener(library.loadSummaries());
        sync(listener);

        List<CardSummary> all = library.loadSummaries();
        assertThat(all).hasSize(2).allSatisfy(s -> {
            assertThat(s.favorite()).isTrue();
            assertThat(s.userTags()).containsExactly("shared");
        });
        assertThat(all).filteredOn(s -> s.id() == id).singleElement()
                .satisfies(s -> assertThat(s.files()).containsExactly(a.toAbsolutePath()));
        assertThat(listener.view.values()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void userActionsDuringASyncAreKeptAndTheIndexStaysReadable() throws Exception {
        for (int i = 0; i < 600; i++) {
            TestCards.write(root.resolve("d" + (i % 4) + "/c" + i + ".json"), "Card " + i);
        }
        TestCards.write(root.resolve("first.json"), "First");
        sync();
        long first = byName().get("First").id();
        for (int i = 600; i < 1400; i++) {
            TestCards.write(root.resolve("d" + (i % 4) + "/c" + i + ".json"), "Card " + i);
        }
        java.util.concurrent.CompletableFuture<SyncReport> running =
                java.util.concurrent.CompletableFuture.supplyAsync(this::sync);
        for (int i = 0; i < 20; i++) {
            library.setFavorite(first, i % 2 == 0);
            library.addUserTag(first, "t" + i);
            assertThat(library.loadSummaries().size()).isBetween(601, 1401);
        }
        assertThat(running.get(60, java.util.concurrent.TimeUnit.SECONDS).added()).isEqualTo(800);
        CardSummary after = byName().get("First");
        assertThat(after.favorite()).isFalse();
        assertThat(after.userTags()).hasSize(20);
        assertThat(library.loadSummaries()).hasSize(1401);
    }

    @Test
    void deletedCardComingBackWithinTheGracePeriodKeepsItsUserData() throws IOException {
        Path file = TestCards.write(root.resolve("a.json"), "Phoenix");
        TestCards.write(root.resolve("b.json"), "Stays"); // a root left empty reads as unmounted
        sync();
        long id = byName().get("Phoenix").id();
        library.setFavorite(id, true);
        Path away = tmp.resolve("away.json");
        Files.move(file, away);

        RecordingListener listener = new RecordingListener();
        sync(listener);
        assertThat(listener.removedIds()).containsExactly(id);
        assertThat(library.loadSummaries()).extracting(CardSummary::name).containsExactly("Stays");
        assertThat(library.search("Phoenix")).isEmpty();

        Files.move(away, file);
        RecordingListener back = new RecordingListener();
        sync(back);
        assertThat(back.addedIds()).containsExactly(id);
        assertThat(byName().get("Phoenix").favorite()).isTrue();
    }

    @Test
    void patchesArriveInBatchesAndTheirUnionIsTheFinalState() {
        int n = Sync.BATCH * 2 + 37;
        for (int i = 0; i < n; i++) {
            TestCards.write(root.resolve("d" + (i % 7) + "/c" + i + ".json"), "Card " + i);
        }
        RecordingListener listener = new RecordingListener();
        sync(listener);

        assertThat(listener.patches.size()).isGreaterThanOrEqualTo(3);
        assertThat(listener.patches).allSatisfy(p -> assertThat(p.added().size()).isLessThanOrEqualTo(Sync.BATCH));
        assertThat(listener.view.values()).containsExactlyInAnyOrderElementsOf(library.loadSummaries());

        // A second round of changes, applied on top of the loaded rows, converges too.
        RecordingListener next = new RecordingListener(library.loadSummaries());
        for (int i = 0; i < 50; i++) {
            TestCards.write(root.resolve("d" + (i % 7) + "/c" + i + ".json"), "Renamed " + i);
        }
        for (int i = 50; i < 80; i++) {
            try {
                Files.delete(root.resolve("d" + (i % 7) + "/c" + i + ".json"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        sync(next);
        assertThat(next.view.values()).containsExactlyInAnyOrderElementsOf(library.loadSummaries());
        assertThat(library.loadSummaries()).hasSize(n - 30);
    }

    @Test
    void cancelledSyncLeavesAConsistentIndexAndTheNextSyncConverges() throws IOException {
        int n = Sync.BATCH * 3;
        for (int i = 0; i < n; i++) {
            TestCards.write(root.resolve("d" + (i % 5) + "/c" + i + ".json"), "Card " + i);
        }
        RecordingListener listener = new RecordingListener() {
            @Override
            public synchronized void onPatch(Patch patch) {
                super.onPatch(patch);
            }
        };
        SyncReport cancelled = library.sync(listener, () -> !listener.patches.isEmpty());
        assertThat(cancelled.cancelled()).isTrue();
        List<CardSummary> partial = library.loadSummaries();
        assertThat(partial.size()).isGreaterThan(0).isLessThan(n);
        assertThat(listener.view.values()).containsExactlyInAnyOrderElementsOf(partial);

        SyncReport rest = sync();
        assertThat(rest.cancelled()).isFalse();
        assertThat(rest.added() + rest.unchanged()).isEqualTo(n);

        try (Library fresh = Library.open(tmp.resolve("fresh"), reader)) {
            fresh.addRoot(root);
            fresh.sync(SyncListener.NONE, () -> false);
            assertThat(comparable(library.loadSummaries())).isEqualTo(comparable(fresh.loadSummaries()));
        }
    }

    @Test
    void cancelDuringTheWalkChangesNothing() throws IOException {
        TestCards.write(root.resolve("a.json"), "Kept");
        sync();
        Files.delete(root.resolve("a.json"));
        TestCards.write(root.resolve("b.json"), "New");

        SyncReport report = library.sync(SyncListener.NONE, () -> true);

        assertThat(report.cancelled()).isTrue();
        assertThat(byName()).containsOnlyKeys("Kept");
        assertThat(sync().added()).isEqualTo(1);
        assertThat(byName()).containsOnlyKeys("New");
    }

    /** Summaries without the ids and dates that differ between two indexes of the same files. */
    private static List<String> comparable(List<CardSummary> summaries) {
        return summaries.stream()
                .map(s -> s.name() + "|" + s.files() + "|" + s.size() + "|" + s.fileModified() + "|" + s.tags())
                .sorted(Comparator.naturalOrder()).toList();
    }

    @Test
    void rootRemovedWhileASyncRunsIsForgottenWithoutFailingTheSync() {
        for (int i = 0; i < Sync.BATCH * 2; i++) {
            TestCards.write(root.resolve("c" + i + ".json"), "Card " + i);
        }
        SyncReport report = library.sync(new SyncListener() {
            @Override
            public void onPatch(Patch patch) {
                library.removeRoot(root);
            }
        }, () -> false);

        assertThat(report.failure()).isNull();
        assertThat(library.loadSummaries()).isEmpty();
        assertThat(library.roots()).isEmpty();
    }

    @Test
    void removingARootForgetsItsRowsButNotItsFiles() {
        Path file = TestCards.write(root.resolve("a.json"), "Kept");
        sync();
        library.removeRoot(root);
        assertThat(library.loadSummaries()).isEmpty();
        assertThat(library.roots()).isEmpty();
        assertThat(file).exists();
    }
}
