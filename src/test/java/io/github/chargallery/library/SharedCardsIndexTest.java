package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.chargallery.testing.SharedCards;
import org.junit.jupiter.api.io.TempDir;

/** Indexes the real cards of the shared folder (read only; skipped when the folder is absent). */
class SharedCardsIndexTest {
    @TempDir
    Path tmp;

    @Test
    void realCardsAreIndexedAndTheBrokenOneIsAnErrorRow() {
        Path cards = SharedCards.dir().orElse(tmp.resolve("absent"));
        assumeTrue(Files.isRegularFile(cards.resolve("st_Seraphina_v2+v3.png")), "shared cards not present");
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(cards);

            SyncReport report = library.sync(SyncListener.NONE, () -> false);

            List<CardSummary> all = library.loadSummaries();
            assertThat(report.offlineRoots()).isEmpty();
            assertThat(all).filteredOn(CardSummary::isError).extracting(CardSummary::name)
                    .containsExactly("choral_invalid_nocard");
            assertThat(all).filteredOn(s -> !s.isError()).hasSize(9)
                    .allSatisfy(s -> assertThat(s.spec()).isNotNull());
            assertThat(library.search("seraphina")).hasSize(2);
            assertThat(library.search("lira")).hasSize(1);
            assertThat(library.search("beepboop")).hasSize(1);
            assertThat(library.sync(SyncListener.NONE, () -> false).unchanged()).isEqualTo(10);
        }
    }
}
