package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.cli.bench.LibraryGenerator;
import io.github.chargallery.testing.ChildJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sync killed hard (power cut, task manager) leaves an index that opens, checks out and converges. */
class KilledSyncTest {
    @TempDir
    Path tmp;

    @Test
    void indexKilledPartWayOpensIntactAndTheNextSyncEndsWhereACleanSyncEnds() throws Exception {
        Path root = tmp.resolve("cards");
        LibraryGenerator.generate(root, 10_000, 9, 2);
        Path killed = tmp.resolve("killed");
        Process child = ChildJvm.builder(List.of(), "io.github.chargallery.Launcher",
                List.of("index", root.toString(), "--data-dir", killed.toString()))
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        long written = IndexState.awaitFiles(killed, child, 1_500);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(written).as("killed part way, not after the end").isLessThan(10_000);

        assertThat(IndexState.integrity(killed)).containsExactly("ok");
        try (Library library = Library.open(killed)) {
            assertThat(library.roots()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo(root));
            assertThat(library.loadSummaries()).hasSizeLessThan(10_000);
            SyncReport resumed = library.sync(SyncListener.NONE, () -> false);
            assertThat(resumed.failure()).isNull();
            assertThat(resumed.added()).as("only what the killed sync had not written is new").isLessThan(10_000);
        }
        Path clean = tmp.resolve("clean");
        try (Library library = Library.open(clean)) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
        }
        IndexState expected = IndexState.of(clean);
        assertThat(expected.files()).hasSize(10_000);
        IndexState actual = IndexState.of(killed);
        assertThat(actual.files()).isEqualTo(expected.files());
        assertThat(actual.cards()).isEqualTo(expected.cards());
        assertThat(actual.search()).isEqualTo(expected.search());
        assertThat(actual.orphaned()).isEqualTo(expected.orphaned()).isEmpty();
        assertThat(IndexState.integrity(killed)).containsExactly("ok");
    }
}
