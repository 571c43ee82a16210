package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.card.CardReader;
import io.github.chargallery.card.HostileCorpus;
import io.github.chargallery.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing hostile files: every file listed, as its card or with a reason that says what is wrong. */
class HostileCorpusIndexTest {
    @TempDir
    Path tmp;

    @Test
    void theWholeCorpusIndexedIn256MbListsEveryFileAsACardOrASpecificError() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        List<HostileCorpus.Expected> expected = HostileCorpus.write(corpus);
        Path data = tmp.resolve("data");

        ChildJvm.Result run = ChildJvm.run(List.of("-Xmx256m"),
                List.of("index", corpus.toString(), "--data-dir", data.toString(), "--json"), tmp);

        assertThat(run.output()).doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.exitCode()).as(run.output()).isZero();
        try (Library library = Library.open(data)) {
            Map<Path, CardSummary> byFile = new HashMap<>();
            for (CardSummary s : library.loadSummaries()) {
                s.files().forEach(f -> byFile.put(f, s));
            }
            for (HostileCorpus.Expected e : expected) {
                CardSummary s = byFile.get(e.file());
                assertThat(s).as("%s is listed", e).isNotNull();
                if (e.isCard() || root(e)) {
                    assertThat(s.error()).as("%s", e).isNull();
                    assertThat(s.name()).as("%s", e).isEqualTo(e.isCard() ? e.card() : HostileCorpus.LOCKED_CARD);
                } else {
                    assertThat(s.error()).as("%s", e).isNotNull().contains(e.reason());
                    assertThat(s.spec()).isNull();
                }
            }
            Set<Path> all = expected.stream().map(HostileCorpus.Expected::file).collect(Collectors.toSet());
            assertThat(byFile.keySet()).as("nothing listed that is not in the corpus").isSubsetOf(all);
        }
    }

    /** Root reads a chmod-000 file like any other. */
    private static boolean root(HostileCorpus.Expected e) {
        return e.file().getFileName().toString().equals(HostileCorpus.UNREADABLE) && Files.isReadable(e.file());
    }

    @Test
    void aFileThatCannotBeReadIsListedWithThePermissionProblemAndReadOnceItCanBe() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("cards"));
        Path locked = TestCards.writePng(root.resolve("locked.png"), "Locked", "Behind a door.", List.of());
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // Root (as tests run here) reads a chmod-000 file anyway, so when the OS does not refuse, a reader
        // refuses as the kernel does for a user; either way the library sees the codec's permission error.
        CardReader reader = Files.isReadable(locked) ? HostileCorpus.permissionsAsForAUser(CardReader.standard())
                : CardReader.standard();
        try (Library library = Library.open(tmp.resolve("data"), reader)) {
            library.addRoot(root);
            SyncReport first = library.sync(SyncListener.NONE, () -> false);
            assertThat(first.errors()).isEqualTo(1);
            assertThat(library.loadSummaries()).singleElement().satisfies(s -> {
                assertThat(s.files()).containsExactly(locked);
                assertThat(s.name()).isEqualTo("locked");
                assertThat(s.error()).isEqualTo("permission denied");
            });

            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
            library.sync(SyncListener.NONE, () -> false);
            assertThat(library.loadSummaries()).singleElement().satisfies(s -> {
                assertThat(s.error()).isNull();
                assertThat(s.name()).isEqualTo("Locked");
            });
        }
    }
}
