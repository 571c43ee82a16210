package io.github.chargallery.library;

import io.github.chargallery.testing.TooNewIndex;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.card.CardReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureTest {
    @TempDir
    Path tmp;

    @Test
    void aCorruptIndexIsRefusedWithAClearMessageAndLeftAlone() throws Exception {
        Path data = java.nio.file.Files.createDirectories(tmp.resolve("data"));
        Path db = data.resolve(Library.DATABASE_FILE);
        byte[] garbage = "this is not a database, but it is the user's file".repeat(200).getBytes();
        java.nio.file.Files.write(db, garbage);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Library.open(data))
                .isInstanceOf(IndexUnusableException.class)
                .hasMessageContaining("is damaged").hasMessageContaining(db.toString());
        assertThat(java.nio.file.Files.readAllBytes(db)).isEqualTo(garbage);
    }

    @Test
    void anIndexFromANewerVersionIsRefused() throws Exception {
        Path data = tmp.resolve("data");
        Library.open(data).close();
        TooNewIndex.make(data);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Library.open(data))
                .isInstanceOf(IndexUnusableException.class).hasMessageContaining("newer version");
    }

    @Test
    void failedScanStillLeavesTheIndexRowsAndSaysWhy() {
        assertThat(secondSyncWhoseWalkThrows(new IllegalStateException("disk on fire"))).contains("disk on fire");
    }

    /** A scan that runs the heap out names the limit and what to do, not "Java heap space", and keeps the rows. */
    @Test
    void aScanThatRunsOutOfMemorySaysWhichLimitAndKeepsTheIndexRows() {
        assertThat(secondSyncWhoseWalkThrows(new OutOfMemoryError("Java heap space")))
                .contains("ran out of memory (the Java heap limit is ").contains("during the scan").contains("larger limit");
    }

    /** Indexes one card, then syncs with a walk that throws; checks the card stays and returns the report's reason. */
    private String secondSyncWhoseWalkThrows(Throwable failure) {
        Path root = tmp.resolve("cards");
        TestCards.write(root.resolve("a.json"), "Stays");
        boolean[] explode = {false};
        FolderWalker walker = (Path r, Set<Path> skip, BooleanSupplier c) -> {
            if (explode[0]) {
                if (failure instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) failure;
            }
            return FolderWalker.standard().walk(r, skip, c);
        };
        try (Library library = Library.open(tmp.resolve("data"), CardReader.standard(), walker, 1)) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
            explode[0] = true;

            SyncReport report = library.sync(SyncListener.NONE, () -> false);

            assertThat(library.loadSummaries()).extracting(CardSummary::name).containsExactly("Stays");
            return report.failure();
        }
    }

    @Test
    void aFileThatCannotBeOpenedIsRetriedAndNeverReplacesItsCard() {
        Path root = tmp.resolve("cards");
        Path a = TestCards.write(root.resolve("a.json"), "Alpha", "v1", List.of());
        Path b = TestCards.write(root.resolve("b.json"), "Beta");
        RefusingReader reader = new RefusingReader("file is locked");
        reader.refused.add(b);
        try (Library library = Library.open(tmp.resolve("data"), reader)) {
            library.addRoot(root);
            SyncReport first = library.sync(SyncListener.NONE, () -> false);
            assertThat(first.errors()).isEqualTo(1);
            assertThat(library.loadSummaries()).filteredOn(CardSummary::isError).singleElement()
                    .satisfies(s -> assertThat(s.error()).contains("locked"));
            long alpha = library.loadSummaries().stream().filter(s -> s.name().equals("Alpha")).findFirst()
                    .orElseThrow().id();
            library.setFavorite(alpha, true);

            TestCards.write(a, "Alpha", "v2, edited while locked", List.of());
            reader.refused.clear();
            reader.refused.add(a);
            library.sync(SyncListener.NONE, () -> false);
            assertThat(library.loadSummaries()).extracting(CardSummary::name).containsExactlyInAnyOrder("Alpha", "Beta");
            assertThat(library.search("edited")).isEmpty();

            reader.refused.clear();
            library.sync(SyncListener.NONE, () -> false);
            assertThat(library.search("edited")).containsExactly(alpha);
            assertThat(library.loadSummaries()).noneMatch(CardSummary::isError)
                    .filteredOn(s -> s.id() == alpha).singleElement()
                    .satisfies(s -> assertThat(s.favorite()).isTrue());
        }
    }

    @Test
    void aCardThatRunsTheReaderOutOfMemoryIsListedAndTheScanGoesOn() {
        Path root = tmp.resolve("cards");
        for (int i = 0; i < 6; i++) {
            TestCards.write(root.resolve("c" + i + ".json"), "Card " + i);
        }
        Path huge = root.resolve("c3.json");
        CardReader reader = file -> {
            if (file.equals(huge)) {
                throw new OutOfMemoryError("Java heap space");
            }
            return CardReader.standard().read(file);
        };
        try (Library library = Library.open(tmp.resolve("data"), reader, FolderWalker.standard(), 2)) {
            library.addRoot(root);
            SyncReport report = library.sync(SyncListener.NONE, () -> false);

            assertThat(report.failure()).isNull();
            assertThat(library.loadSummaries()).hasSize(6).filteredOn(s -> s.error() != null).singleElement()
                    .satisfies(s -> assertThat(s.error()).startsWith("not enough memory to read this card"));
        }
    }
}
