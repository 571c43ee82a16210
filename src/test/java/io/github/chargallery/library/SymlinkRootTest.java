package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link to a root, or to a folder inside one, is not a second root: its files would be indexed twice. */
class SymlinkRootTest {
    @TempDir
    Path tmp;

    @Test
    void aLinkToARootOrToAFolderInsideOneIsRefusedAndNothingIsIndexedTwice() throws IOException {
        Path cards = tmp.resolve("cards");
        TestCards.write(cards.resolve("sub/a.json"), "Ann");
        TestCards.write(cards.resolve("b.json"), "Bob");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), cards);
        Path subLink = Files.createSymbolicLink(tmp.resolve("sub-link"), cards.resolve("sub"));
        Path innerLink = Files.createSymbolicLink(cards.resolve("inner-link"), cards.resolve("sub"));
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(cards);

            assertThatThrownBy(() -> library.addRoot(link)).isInstanceOf(LibraryException.class)
                    .hasMessage(link + " is already in the library as " + cards + " (it is a link to it)");
            assertThatThrownBy(() -> library.addRoot(subLink)).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("already in the library as " + cards)
                    .hasMessageContaining("it leads to " + cards.resolve("sub") + ", inside it");
            assertThatThrownBy(() -> library.addRoot(innerLink))
                    .hasMessageContaining(innerLink + " is already in the library as " + cards);
            assertThatThrownBy(() -> library.addRoot(link.resolve("sub")))
                    .hasMessageContaining("already in the library as " + cards);

            Files.delete(innerLink);
            library.addRoot(cards); // the same root again: nothing to do
            library.addRoot(cards.resolve("sub")); // a plain folder inside a root: a nested root, as before
            assertThat(library.roots()).extracting(LibraryRoot::path).containsExactly(cards, cards.resolve("sub"));

            SyncReport report = library.sync(SyncListener.NONE, () -> false);
            assertThat(report.added()).isEqualTo(2);
            assertThat(library.loadSummaries()).hasSize(2).allSatisfy(s -> assertThat(s.files()).hasSize(1));
        }
    }

    @Test
    void aRootAddedThroughALinkRefusesTheFolderItLeadsTo() throws IOException {
        Path cards = Files.createDirectories(tmp.resolve("cards"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), cards);
        try (Library library = Library.open(tmp.resolve("data"))) {
            library.addRoot(link);

            assertThat(library.refusal(cards)).hasValue(cards + " is already in the library as " + link
                    + " (both lead to " + cards.toRealPath() + ")");
            assertThat(library.refusal(link)).isEmpty();
        }
    }
}
