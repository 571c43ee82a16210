package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule README's "How favourites follow your files" states: a card's favourite and tags follow its
 * content; an unreadable file's follow the file itself (size and a hash of its first and last 100 KB, or
 * its file identity) when it moves; and a card edited and renamed between two scans keeps them when the
 * new file is clearly its successor (same name and creator, in the same folder or the same file).
 */
class FavouritesFollowFilesTest {
    @TempDir
    Path tmp;
    Path root;
    Library library;

    @BeforeEach
    void open() throws IOException {
        root = Files.createDirectories(tmp.resolve("cards"));
        library = Library.open(tmp.resolve("data"), new RefusingReader("permission denied", f -> f.getFileName().toString().contains("locked")));
        library.addRoot(root);
        TestCards.write(root.resolve("keep/other.json"), "Other"); // a root never walks empty
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void sync() {
        library.sync(SyncListener.NONE, () -> false);
    }

    private CardSummary card(Path file) {
        List<CardSummary> found = library.loadSummaries().stream()
                .filter(c -> c.files().contains(file.toAbsolutePath())).toList();
        assertThat(found).as("one card holds " + file).hasSize(1);
        return found.get(0);
    }

    private void favourite(Path file, String tag) {
        long id = card(file).id();
        library.setFavorite(id, true);
        library.addUserTag(id, tag);
    }

    private static void assertFavourite(CardSummary c, String tag) {
        assertThat(c.favorite()).as(c.name() + " is a favourite").isTrue();
        assertThat(c.userTags()).containsExactly(tag);
    }

    /** A PNG cut short (a download that stopped): unreadable, but the same bytes wherever it goes. */
    private static Path truncatedPng(Path file, int size, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, 8);
        Files.write(file, bytes);
        TestCards.age(file, 3600);
        return file;
    }

    @Test
    void anUnreadableFileMovedToAnotherFolderKeepsItsFavouriteAndTag() throws IOException {
        Path broken = truncatedPng(root.resolve("broken.png"), 300_000, 1);
        sync();
        assertThat(card(broken).error()).isNotNull();
        favourite(broken, "fix me");

        Path moved = root.resolve("sorted/renamed.png");
        Files.createDirectories(moved.getParent());
        Files.move(broken, moved);
        sync();

        CardSummary after = card(moved);
        assertThat(after.error()).isNotNull();
        assertFavourite(after, "fix me");
        assertThat(library.loadSummaries()).hasSize(2); // the moved file and "Other"

        // A later, different unreadable file at the old path is a new file, not the favourite.
        truncatedPng(broken, 300_000, 2);
        sync();
        assertThat(card(broken).favorite()).isFalse();
        assertFavourite(card(moved), "fix me");
    }

    @Test
    void aFileThatCannotBeOpenedFollowsByItsFileIdentityWhenRenamed() throws IOException {
        Path locked = truncatedPng(root.resolve("locked.png"), 5_000, 3);
        sync();
        favourite(locked, "private");

        Path renamed = root.resolve("locked-too.png");
        Files.move(locked, renamed);
        sync();

        assertFavourite(card(renamed), "private");
    }

    @Test
    void anUnreadableCopyIsNotAMove() throws IOException {
        Path broken = truncatedPng(root.resolve("broken.png"), 50_000, 4);
        sync();
        favourite(broken, "original");

        Path copy = root.resolve("copy.png");
        Files.copy(broken, copy);
        sync();

        assertFavourite(card(broken), "original");
        assertThat(card(copy).favorite()).isFalse();
    }

    @Test
    void aCardEditedAndRenamedInItsFolderKeepsItsFavourite() throws IOException {
        Path first = TestCards.write(root.resolve("alice.json"), "Alice", "First draft.", List.of("wip"));
        sync();
        long id = card(first).id();
        favourite(first, "mine");

        Files.delete(first);
        Path second = TestCards.write(root.resolve("alice-v2.json"), "Alice", "Second draft, longer.", List.of("done"));
        SyncReport report = library.sync(SyncListener.NONE, () -> false);

        assertThat(report).extracting(SyncReport::added, SyncReport::moved, SyncReport::removed).containsExactly(0, 1, 0);

        CardSummary after = card(second);
        assertThat(after.id()).isEqualTo(id);
        assertThat(after.tags()).containsExactly("done");
        assertFavourite(after, "mine");
    }

    @Test
    void aCardMovedAndEditedInPlaceKeepsItsFavouriteByFileIdentity() throws IOException {
        Path first = TestCards.write(root.resolve("alice.json"), "Alice", "First draft.", List.of());
        sync();
        favourite(first, "mine");

        Path moved = root.resolve("elsewhere/alice.json");
        Files.createDirectories(moved.getParent());
        Files.move(first, moved);
        // Written into the same file (same inode): an editor that saves in place.
        Files.writeString(moved, TestCards.json("Alice", "Edited after the move.", List.of()));
        TestCards.age(moved, 3600);
        sync();

        assertFavourite(card(moved), "mine");
    }

    @Test
    void anotherCardTakingADeletedCardsPlaceDoesNotInheritItsFavourite() throws IOException {
        Path alice = TestCards.write(root.resolve("alice.json"), "Alice");
        sync();
        favourite(alice, "mine");

        Files.delete(alice);
        Path bob = TestCards.write(root.resolve("bob.json"), "Bob"); // may even reuse the inode
        Path alice2 = TestCards.write(root.resolve("elsewhere/alice.json"), "Alice", "Another Alice.", List.of());
        sync();

        assertThat(card(bob).favorite()).isFalse();
        assertThat(card(alice2).favorite()).isFalse(); // other folder, other file: not clearly the successor
    }

    @Test
    void anEditedCopyOfACardThatStillExistsIsNotItsSuccessor() throws IOException {
        Path first = TestCards.write(root.resolve("alice.json"), "Alice", "First draft.", List.of());
        sync();
        favourite(first, "mine");

        TestCards.write(root.resolve("alice-v2.json"), "Alice", "A variant.", List.of());
        sync();

        assertFavourite(card(first), "mine");
        assertThat(card(root.resolve("alice-v2.json")).favorite()).isFalse();
        assertThat(Arrays.asList(library.loadSummaries().size())).containsExactly(3);
    }

    /** An index written before file identities were stored opens, migrates, and follows by name and folder. */
    @Test
    void anIndexFromTheVersionBeforeMigratesAndStillFollowsByNameAndFolder() throws Exception {
        Path first = TestCards.write(root.resolve("alice.json"), "Alice", "First draft.", List.of());
        sync();
        favourite(first, "mine");
        library.close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("data/library.db"));
             java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER TABLE files DROP COLUMN file_key");
            s.execute("ALTER TABLE files DROP COLUMN partial_hash");
            s.execute("ALTER TABLE cards DROP COLUMN permanent_tokens"); // schema 5 (token counts) came later
            s.execute("ALTER TABLE cards DROP COLUMN first_message_tokens");
            s.execute("ALTER TABLE cards ADD COLUMN tokens INTEGER NOT NULL DEFAULT 0");
            s.execute("ALTER TABLE roots DROP COLUMN removing"); // schema 4 (roots being removed) came later
            SchemaFiveSearch.restore(s); // schema 6 (search without its own copy of the text) came later
            s.execute("PRAGMA user_version = 2");
        }
        library = Library.open(tmp.resolve("data"), new RefusingReader("permission denied", f -> f.getFileName().toString().contains("locked")));

        Files.delete(first);
        Path second = TestCards.write(root.resolve("Alice (edited).json"), "Alice", "Second draft.", List.of());
        sync();

        assertFavourite(card(second), "mine");
    }
}
