package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linux file names are bytes: "bad\xFF.json" and "bad\xFE.json" are two files, though Java decodes both
 * names to the same string "bad\uFFFD.json". They must be two rows that stay put, not one row that flips
 * between the two cards on every rescan.
 */
class UndecodableNamesTest {
    @TempDir
    Path tmp;
    Path root;
    Library library;

    @BeforeEach
    void open() throws Exception {
        root = Files.createDirectories(tmp.resolve("cards"));
        library = Library.open(tmp.resolve("data"), new TestCards.CountingReader());
        library.addRoot(root);
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** A path whose last name holds the raw byte {@code hex} (e.g. "FF"), as a Linux tool may write it. */
    private Path raw(Path folder, String before, String hex, String after) {
        return Path.of(URI.create(folder.toUri() + before + "%" + hex + after));
    }

    @Test
    void twoNamesThatDecodeAlikeAreTwoStableRows() throws Exception {
        Path ff = raw(root, "bad", "FF", ".json");
        Path fe = raw(root, "bad", "FE", ".json");
        TestCards.write(ff, "Alice");
        TestCards.write(fe, "Bob");
        assumeTrue(ff.toString().equals(fe.toString()), "this JVM decodes the two names differently");
        assumeTrue(Files.exists(ff) && Files.exists(fe), "the file system refuses such names");

        SyncReport first = library.sync(SyncListener.NONE, () -> false);
        assertThat(first.added()).isEqualTo(2);
        for (int scan = 0; scan < 3; scan++) {
            SyncReport again = library.sync(SyncListener.NONE, () -> false);
            assertThat(again).extracting(SyncReport::added, SyncReport::updated, SyncReport::removed,
                    SyncReport::unchanged).containsExactly(0, 0, 0, 2);
            Map<String, CardSummary> byName = library.loadSummaries().stream()
                    .collect(Collectors.toMap(CardSummary::name, s -> s));
            assertThat(byName).containsOnlyKeys("Alice", "Bob");
            assertThat(byName.get("Alice").files()).containsExactly(ff);
            assertThat(byName.get("Bob").files()).containsExactly(fe);
            assertThat(library.readCard(byName.get("Alice").id()).card().name()).isEqualTo("Alice");
            assertThat(library.readCard(byName.get("Bob").id()).card().name()).isEqualTo("Bob");
        }
        assertThat(library.cardIdOf(ff)).isNotEqualTo(library.cardIdOf(fe));
    }

    @Test
    void aRootFolderWithAnUndecodableNameIsScannedAndKept() throws Exception {
        Path folder = Files.createDirectories(raw(tmp, "dossier-", "E9", ""));
        Path card = TestCards.write(folder.resolve("zoe.json"), "Zoe");
        library.addRoot(folder);

        library.sync(SyncListener.NONE, () -> false);
        SyncReport again = library.sync(SyncListener.NONE, () -> false);

        assertThat(again.offlineRoots()).isEmpty();
        assertThat(library.roots()).extracting(LibraryRoot::path).contains(folder);
        List<CardSummary> cards = library.loadSummaries();
        assertThat(cards).extracting(CardSummary::name).containsExactly("Zoe");
        assertThat(cards.get(0).files()).containsExactly(card);
    }
}
