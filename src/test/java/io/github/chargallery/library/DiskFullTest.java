package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's disk fills during a sync (SQLITE_FULL, here from a page cap on the file): the sync stops
 * saying so, its report counts only what was saved, and the index reads and checks fine.
 */
class DiskFullTest {
    @TempDir
    Path tmp;

    @Test
    void aSyncThatFillsTheDiskSaysSoCountsOnlyWhatWasSavedAndLeavesAReadableIndex() throws Exception {
        Path root = tmp.resolve("cards");
        for (int i = 0; i < 1_500; i++) {
            TestCards.write(root.resolve("c" + i + ".json"), "Card " + i, "a description ".repeat(20),
                    java.util.List.of("tag"));
        }
        Path data = tmp.resolve("data");
        Path db = data.resolve(Library.DATABASE_FILE);
        try (Library library = Library.open(data, io.github.chargallery.card.CardReader.standard(),
                FolderWalker.standard(), 1)) {
            library.addRoot(root);
            // 1.2 MB: room for some batches, not all (the 1,500 cards take about 515 pages with their duplicate
            // facts, a full batch of 500 about 170, so even the largest first batch fits)
            library.leaveRoomFor(300);

            SyncReport report = library.sync(SyncListener.NONE, () -> false);

            assertThat(report.failure()).startsWith("sync stopped: no space left on the disk holding the index ("
                    + db + ")").doesNotContain("Exception").doesNotContain("SQLITE");
            int saved = library.loadSummaries().size();
            assertThat(saved).as("some batches fit").isPositive().isLessThan(1_500);
            assertThat(report.added()).as("the report counts what was saved").isEqualTo(saved);
            assertThat(library.roots()).singleElement().satisfies(r -> assertThat(r.cardCount()).isEqualTo(saved));
            assertThat(library.damage()).isEmpty();
            library.verify(true);
            library.leaveRoomFor(100_000); // space freed: the same connection writes again
            library.putSetting("after", "full");
            assertThat(library.setting("after")).contains("full");
        }
        assertThat(IndexState.integrity(data)).containsExactly("ok");
        try (Library library = Library.open(data)) {
            SyncReport rest = library.sync(SyncListener.NONE, () -> false);
            assertThat(rest.failure()).isNull();
            assertThat(library.loadSummaries()).hasSize(1_500);
        }
    }
}
