package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.cli.bench.LibraryGenerator;
import io.github.chargallery.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery (this process) syncing and taking clicks while {@code index} runs from a shell on the
 * same data folder: SQLite's locking keeps both right, and neither sees "database is locked".
 */
class TwoProcessesTest {
    @TempDir
    Path tmp;

    @Test
    void galleryAndAShellIndexOnTheSameLibraryBothFinishWithoutErrorsOrLostClicks() throws Exception {
        Path root = tmp.resolve("cards");
        LibraryGenerator.generate(root, 3_000, 5, 2);
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("index.log");
        Set<Long> clicked = new LinkedHashSet<>();
        try (Library gallery = Library.open(data)) {
            gallery.addRoot(root);
            Process shell = ChildJvm.builder(List.of(), "io.github.chargallery.Launcher",
                    List.of("index", root.toString(), "--data-dir", data.toString())).redirectOutput(log.toFile()).start();
            IndexState.awaitFiles(data, shell, 300);
            CompletableFuture<SyncReport> sync = CompletableFuture.supplyAsync(
                    () -> gallery.sync(SyncListener.NONE, () -> false));
            // Clicks while both write: every 50th card shown so far becomes a favourite with a tag.
            while (!sync.isDone() || shell.isAlive()) {
                List<CardSummary> shown = gallery.loadSummaries();
                for (int i = 0; i < shown.size(); i += 50) {
                    long id = shown.get(i).id();
                    if (clicked.add(id)) {
                        gallery.setFavorite(id, true);
                        gallery.addUserTag(id, "picked");
                    }
                }
                gallery.search("card");
            }
            SyncReport report = sync.get(2, TimeUnit.MINUTES);
            assertThat(shell.waitFor(2, TimeUnit.MINUTES)).isTrue();

            String shellOutput = Files.readString(log);
            assertThat(shell.exitValue()).as(shellOutput).isZero();
            assertThat(shellOutput).doesNotContainIgnoringCase("locked").doesNotContain("Exception");
            assertThat(report.failure()).isNull();
            assertThat(clicked).hasSizeGreaterThan(10);
            List<CardSummary> after = gallery.loadSummaries();
            assertThat(after).filteredOn(s -> clicked.contains(s.id())).hasSize(clicked.size())
                    .allSatisfy(s -> assertThat(s.favorite()).isTrue())
                    .allSatisfy(s -> assertThat(s.userTags()).containsExactly("picked"));
            assertThat(after).filteredOn(CardSummary::favorite).hasSize(clicked.size());
        }
        assertThat(IndexState.integrity(data)).containsExactly("ok");

        Path clean = tmp.resolve("clean");
        try (Library library = Library.open(clean)) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
        }
        IndexState expected = IndexState.of(clean);
        IndexState actual = IndexState.of(data);
        assertThat(actual.files()).hasSize(3_000).isEqualTo(expected.files());
        assertThat(withoutFavorite(actual.cards())).isEqualTo(withoutFavorite(expected.cards()));
        assertThat(actual.orphaned()).isEmpty();
    }

    /** The card rows without their last column (the favourite flag the clicks set). */
    private static List<String> withoutFavorite(List<String> cards) {
        List<String> out = new ArrayList<>();
        cards.forEach(c -> out.add(c.substring(0, c.lastIndexOf(" | "))));
        return out;
    }
}
