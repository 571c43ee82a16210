package io.github.chargallery.library;

import io.github.chargallery.testing.TooNewIndex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged or newer index is never opened blindly nor deleted: it is moved aside and rebuilt, keeping user data. */
class IndexRescueTest {
    @TempDir
    Path tmp;
    Path root;
    Path data;
    Path db;

    @BeforeEach
    void libraryWithUserData() {
        root = tmp.resolve("cards");
        for (int i = 0; i < 40; i++) {
            TestCards.write(root.resolve("c" + i + ".json"), "Card " + i);
        }
        data = tmp.resolve("data");
        db = data.resolve(Library.DATABASE_FILE);
        try (Library library = Library.open(data)) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
            for (CardSummary s : library.loadSummaries()) {
                if (s.name().equals("Card 3") || s.name().equals("Card 17")) {
                    library.setFavorite(s.id(), true);
                }
                if (s.name().equals("Card 17") || s.name().equals("Card 30")) {
                    library.addUserTag(s.id(), "keeper");
                    library.addUserTag(s.id(), "to read");
                }
            }
            library.putSetting("gallery.sort", "name,desc");
        }
    }

    @Test
    void anIndexFromANewerAppIsMovedAsideIntactAndTheRebuildGivesBackFoldersFavouritesAndTags() throws Exception {
        TooNewIndex.make(data);
        byte[] original = Files.readAllBytes(db);

        assertThatThrownBy(() -> Library.open(data)).isInstanceOfSatisfying(IndexUnusableException.class, e -> {
            assertThat(e.newer()).isTrue();
            assertThat(e.file()).isEqualTo(db);
            assertThat(e).hasMessageContaining("newer version").hasMessageContaining("version 99");
        });
        assertThat(Files.readAllBytes(db)).as("refusing leaves the file alone").isEqualTo(original);

        IndexRescue.Result r = IndexRescue.rebuild(data, true);

        assertThat(r.movedTo().getFileName().toString()).startsWith("library-newer-").endsWith(".db");
        assertThat(Files.readAllBytes(r.movedTo())).isEqualTo(original);
        assertThat(r).extracting(IndexRescue.Result::folders, IndexRescue.Result::favorites,
                IndexRescue.Result::taggedCards).containsExactly(1, 2, 2);
        assertThat(r.problems()).isEmpty();
        JsonNode export = new ObjectMapper().readTree(r.export().toFile());
        assertThat(export.get("folders").get(0).asText()).isEqualTo(root.toString());
        assertThat(export.get("cards").findValuesAsText("name")).containsExactlyInAnyOrder("Card 3", "Card 17", "Card 30");

        assertUserDataBackAfterSync();
    }

    @Test
    void aDamagedIndexIsDetectedWhenUsedAndRebuiltFromWhatCanStillBeRead() throws Exception {
        // Garbage over the full-text index's pages: the file opens, searching and syncing hit the damage.
        long page = pragma("SELECT rootpage FROM sqlite_master WHERE name = 'card_words_data'");
        int size = (int) pragma("PRAGMA page_size");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((page - 1) * size);
            f.write("this page was overwritten by a failing disk ".repeat(size / 40).getBytes(), 0, size);
        }
        byte[] damaged = Files.readAllBytes(db);
        try (Library library = Library.open(data)) {
            assertThatThrownBy(() -> library.search("card")).isInstanceOfSatisfying(IndexUnusableException.class,
                    e -> assertThat(e).hasMessageContaining("is damaged").hasMessageContaining(db.toString()));
        }

        IndexRescue.Result r = IndexRescue.rebuild(data, false);

        assertThat(r.movedTo().getFileName().toString()).startsWith("library-damaged-");
        assertThat(Files.readAllBytes(r.movedTo())).isEqualTo(damaged);
        assertThat(r).extracting(IndexRescue.Result::folders, IndexRescue.Result::favorites).containsExactly(1, 2);
        assertUserDataBackAfterSync();
    }

    @Test
    void anUnreadableFileIsStillMovedAsideNotDeletedAndTheNewIndexStartsEmpty() throws Exception {
        byte[] garbage = "not a database at all ".repeat(500).getBytes();
        Files.write(db, garbage);
        assertThatThrownBy(() -> Library.open(data)).isInstanceOfSatisfying(IndexUnusableException.class,
                e -> assertThat(e.newer()).isFalse());

        IndexRescue.Result r = IndexRescue.rebuild(data, false);

        assertThat(Files.readAllBytes(r.movedTo())).isEqualTo(garbage);
        assertThat(r.export()).isNull();
        assertThat(r.problems()).isNotEmpty();
        try (Library library = Library.open(data)) {
            assertThat(library.roots()).isEmpty();
            assertThat(library.loadSummaries()).isEmpty();
        }
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains(Library.DATABASE_FILE, r.movedTo().getFileName().toString());
        }
    }

    @Test
    void aSecondRebuildBeforeTheCardsWereFoundAgainStillKeepsTheirFavouritesAndTags() throws Exception {
        TooNewIndex.make(data);
        IndexRescue.rebuild(data, true);
        // the folder is offline: nothing is found, the saved data waits in the new index
        Path away = tmp.resolve("unplugged");
        Files.move(root, away);
        try (Library library = Library.open(data)) {
            library.sync(SyncListener.NONE, () -> false);
            assertThat(library.loadSummaries()).isEmpty();
        }
        TooNewIndex.make(data);

        IndexRescue.Result second = IndexRescue.rebuild(data, true);

        assertThat(second).extracting(IndexRescue.Result::favorites, IndexRescue.Result::taggedCards)
                .containsExactly(2, 2);
        assertThat(second.problems()).isEmpty();
        Files.move(away, root);
        assertUserDataBackAfterSync();
    }

    private void assertUserDataBackAfterSync() {
        try (Library library = Library.open(data)) {
            assertThat(library.roots()).extracting(LibraryRoot::path).containsExactly(root);
            assertThat(library.setting("gallery.sort")).contains("name,desc");
            SyncReport report = library.sync(SyncListener.NONE, () -> false);
            assertThat(report.failure()).isNull();
            List<CardSummary> cards = library.loadSummaries();
            assertThat(cards).hasSize(40);
            assertThat(cards).filteredOn(CardSummary::favorite).extracting(CardSummary::name)
                    .containsExactlyInAnyOrder("Card 3", "Card 17");
            assertThat(cards).filteredOn(s -> !s.userTags().isEmpty())
                    .extracting(CardSummary::name).containsExactlyInAnyOrder("Card 17", "Card 30");
            assertThat(cards).filteredOn(s -> s.name().equals("Card 30")).singleElement()
                    .satisfies(s -> assertThat(s.userTags()).containsExactly("keeper", "to read"));
            long tagged = cards.stream().filter(s -> s.name().equals("Card 30")).findFirst().orElseThrow().id();
            assertThat(library.search("keeper")).contains(tagged);
        }
    }


    private long pragma(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }
}
