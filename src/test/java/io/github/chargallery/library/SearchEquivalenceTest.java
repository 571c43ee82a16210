package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.card.Card;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.card.CardReader;
import io.github.chargallery.cli.bench.LibraryGenerator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search answers every query exactly as the full-text table of schema 5 did (one FTS5 table holding its
 * own copy of name, creator, card and user tags, description and creator notes), on a generated library with
 * user tags: for a new index, and for a schema-5 index migrated on open.
 */
class SearchEquivalenceTest {
    /** Schema 5's table, as its first step created it. */
    private static final String OLD_TABLE = "CREATE VIRTUAL TABLE card_search USING fts5(name, creator, tags,"
            + " description, creator_notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')";

    @TempDir
    Path tmp;
    private Library library;
    private Path data;

    @BeforeEach
    void setUp() throws Exception {
        LibraryGenerator.generate(tmp.resolve("cards"), 300, 5, 2);
        data = tmp.resolve("data");
        library = Library.open(data);
        library.addRoot(tmp.resolve("cards"));
        library.sync(SyncListener.NONE, () -> false);
        // User tags that share words with names, tags and descriptions, and one of their own.
        List<CardSummary> cards = library.loadSummaries();
        for (int i = 0; i < cards.size(); i += 7) {
            long id = cards.get(i).id();
            library.addUserTag(id, i % 2 == 0 ? "favourite-pirate" : "Zoë's pick");
            if (i % 3 == 0) {
                library.addUserTag(id, "tavern");
            }
        }
        library.removeUserTag(cards.get(14).id(), "favourite-pirate");
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    @Test
    void aNewIndexAnswersAsTheOldTableDid() throws Exception {
        List<String[]> rows = oldRows();
        try (Connection old = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            fill(old, rows);
            for (String q : queries()) {
                assertThat(library.search(q)).as("query %s", q).containsExactlyElementsOf(oldAnswer(old, q));
            }
        }
    }

    @Test
    void aSchemaFiveIndexIsMigratedAndAnswersTheSame() throws Exception {
        List<String[]> rows = oldRows();
        library.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Library.DATABASE_FILE));
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE card_words");
            s.execute("DROP TABLE card_user_tags");
            fill(c, rows);
            s.execute("PRAGMA user_version = 5");
        }
        library = Library.open(data);
        try (Connection old = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            fill(old, rows);
            for (String q : queries()) {
                assertThat(library.search(q)).as("query %s", q).containsExactlyElementsOf(oldAnswer(old, q));
            }
        }
        library.addUserTag(library.loadSummaries().get(1).id(), "migrated");
        assertThat(library.search("migr")).containsExactly(library.loadSummaries().get(1).id());
    }

    @Test
    void aQueryWithoutWordsAnswersEveryShownCardInIdOrder() throws Exception {
        List<Long> shown = library.loadSummaries().stream().map(CardSummary::id).sorted().toList();
        // One card loses its only file: orphaned, it is kept for its user data but no search shows it.
        CardSummary gone = library.loadSummaries().stream().filter(c -> c.files().size() == 1).findFirst().orElseThrow();
        java.nio.file.Files.delete(gone.files().get(0));
        library.sync(SyncListener.NONE, () -> false);
        List<Long> expected = shown.stream().filter(id -> id != gone.id()).toList();

        for (String q : List.of("", "   ", "\"", "-- :")) {
            assertThat(library.search(q)).as("query '%s'", q).containsExactlyElementsOf(expected);
        }
    }

    /** What schema 5 wrote for each card: id, name, creator, card and user tags, description, creator notes. */
    private List<String[]> oldRows() throws CardFormatException {
        List<String[]> rows = new ArrayList<>();
        CardReader reader = CardReader.standard();
        for (CardSummary s : library.loadSummaries()) {
            String description = "";
            String notes = "";
            if (!s.isError()) {
                Card card = reader.read(s.files().get(0)).card();
                description = card.description() == null ? "" : card.description();
                notes = card.creatorNotes() == null ? "" : card.creatorNotes();
            }
            List<String> tags = new ArrayList<>(s.tags());
            tags.addAll(s.userTags());
            rows.add(new String[] {String.valueOf(s.id()), s.name(), s.creator(), String.join(" ", tags), description,
                notes});
        }
        assertThat(rows).hasSizeGreaterThan(250);
        return rows;
    }

    private static void fill(Connection c, List<String[]> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(OLD_TABLE);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO card_search(rowid, name, creator, tags,"
                + " description, creator_notes) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String[] r : rows) {
                p.setLong(1, Long.parseLong(r[0]));
                for (int i = 1; i < 6; i++) {
                    p.setString(i + 1, r[i]);
                }
                p.executeUpdate();
            }
        }
    }

    private static List<Long> oldAnswer(Connection old, String q) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        String fts = SearchQuery.toFts(q);
        if (fts == null) {
            return null;
        }
        try (PreparedStatement p = old.prepareStatement("SELECT rowid FROM card_search WHERE card_search MATCH ?")) {
            p.setString(1, fts);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return new ArrayList<>(ids);
    }

    /** Names, one-, two- and three-letter prefixes, tags, user tags, user tag with a word, phrases, odd input. */
    private List<String> queries() {
        List<String> q = new ArrayList<>(List.of("s", "a", "z", "sa", "ta", "tav", "tavern", "favourite", "fav pirate",
                "favourite-pirate", "zoe", "zoë's", "pick tavern", "pick dragon", "pirate whispers", "sci-fi", "sci",
                "ancient city", "whispers", "moon", "guild merchant", "\"", "a:b", "x AND y", "nomatchatall"));
        Random r = new Random(3);
        List<CardSummary> cards = library.loadSummaries();
        for (int i = 0; i < 30; i++) {
            CardSummary c = cards.get(r.nextInt(cards.size()));
            String name = c.name().split(" ")[0];
            q.add(name);
            q.add(name.substring(0, Math.min(3, name.length())).toLowerCase(Locale.ROOT));
            if (!c.tags().isEmpty()) {
                q.add(c.tags().get(0));
                q.add(name + " " + c.tags().get(c.tags().size() - 1));
            }
            q.add(c.creator());
        }
        q.removeIf(s -> SearchQuery.toFts(s) == null);
        return q;
    }
}
