package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a sync report says is what is on disk now: unreadable files, moves, the current reason. */
class ReportTruthTest {
    @TempDir
    Path tmp;

    private static SyncReport sync(Library library) {
        return library.sync(SyncListener.NONE, () -> false);
    }

    @Test
    void aRescanCountsTheFilesThatAreUnreadableNow() throws IOException {
        Path root = tmp.resolve("cards");
        for (int i = 0; i < 30; i++) {
            Path f = root.resolve("bad" + i + ".json");
            Files.createDirectories(root);
            Files.writeString(f, "{ not json " + i);
            TestCards.age(f, 3600);
        }
        TestCards.write(root.resolve("good.json"), "Good");
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(root);
            assertThat(sync(library).errors()).isEqualTo(30);

            SyncReport rescan = sync(library);
            assertThat(rescan).extracting(SyncReport::added, SyncReport::unchanged, SyncReport::errors)
                    .containsExactly(0, 31, 30);

            Files.delete(root.resolve("bad0.json"));
            TestCards.write(root.resolve("bad1.json"), "Fixed");
            SyncReport fixed = sync(library);
            assertThat(fixed).extracting(SyncReport::updated, SyncReport::removed, SyncReport::errors)
                    .containsExactly(1, 1, 28);
        }
    }

    @Test
    void movesAndRenamesAreCountedAsMoved() throws IOException {
        Path root = tmp.resolve("cards");
        Path other = tmp.resolve("other");
        TestCards.write(root.resolve("a.json"), "Ann");
        TestCards.write(root.resolve("b.json"), "Bob");
        TestCards.write(other.resolve("c.json"), "Cleo");
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(root);
            library.addRoot(other);
            sync(library);

            Files.move(root.resolve("a.json"), root.resolve("sub-created-now.json"));
            Files.createDirectories(other.resolve("x"));
            Files.move(root.resolve("b.json"), other.resolve("x/bob.json"));
            Files.copy(other.resolve("c.json"), root.resolve("c-copy.json"));
            TestCards.write(root.resolve("d.json"), "Dan");
            SyncReport report = sync(library);

            assertThat(report).extracting(SyncReport::added, SyncReport::moved, SyncReport::removed,
                    SyncReport::unchanged).containsExactly(2, 2, 0, 1);
            assertThat(library.loadSummaries()).extracting(CardSummary::name)
                    .containsExactlyInAnyOrder("Ann", "Bob", "Cleo", "Dan");

            Files.delete(root.resolve("c-copy.json"));
            assertThat(sync(library)).extracting(SyncReport::moved, SyncReport::removed).containsExactly(0, 1);
        }
    }

    @Test
    void aStaleErrorReasonIsReplacedWhenTheFileChanges() throws IOException {
        Path root = tmp.resolve("cards");
        Path png = TestCards.writePng(root.resolve("p.png"), "Pia", "A card.", List.of());
        RefusingReader reader = new RefusingReader("permission denied");
        reader.refused.add(png);
        try (Library library = Library.open(tmp.resolve("data"), reader)) {
            library.addRoot(root);
            assertThat(sync(library).errors()).isEqualTo(1);
            assertThat(library.loadSummaries()).singleElement()
                    .satisfies(s -> assertThat(s.error()).contains("permission denied"));

            // chmod 644 back, but the file was cut short meanwhile.
            reader.refused.clear();
            byte[] bytes = Files.readAllBytes(png);
            Files.write(png, Arrays.copyOf(bytes, 40));
            TestCards.age(png, 1800);
            RecordingListener view = new RecordingListener(library.loadSummaries());
            SyncReport report = library.sync(view, () -> false);

            assertThat(report).extracting(SyncReport::errors, SyncReport::unchanged).containsExactly(1, 0);
            assertThat(library.loadSummaries()).singleElement()
                    .satisfies(s -> assertThat(s.error()).contains("truncated").doesNotContain("permission"));
            assertThat(view.view.values()).singleElement()
                    .satisfies(s -> assertThat(s.error()).contains("truncated"));

            // Denied again: the reason follows, and the file is tried again at the next scan.
            reader.refused.add(png);
            TestCards.age(png, 900);
            assertThat(sync(library).errors()).isEqualTo(1);
            assertThat(library.loadSummaries()).singleElement()
                    .satisfies(s -> assertThat(s.error()).contains("permission denied"));
        }
    }
}
