package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chargallery.card.Card;
import io.github.chargallery.card.TokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token counts are counted at index time and stored, so a sort by tokens needs no card file. */
class TokenCountsIndexTest {
    @TempDir
    Path tmp;
    Path root;
    Path file;
    Library library;
    TokenCounter.Counts expected;

    @BeforeEach
    void open() throws Exception {
        root = Files.createDirectories(tmp.resolve("cards"));
        file = TestCards.write(root.resolve("mira.json"), "Mira",
                "A lighthouse keeper who counts the ships that never come.", List.of("sea"));
        expected = TokenCounter.of(Card.fromJson(Files.readString(file), "Mira"));
        library = Library.open(tmp.resolve("data"));
        library.addRoot(root);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private CardSummary mira() {
        return library.loadSummaries().stream().filter(c -> c.name().equals("Mira")).findFirst().orElseThrow();
    }

    private void sync() {
        library.sync(SyncListener.NONE, () -> false);
    }

    @Test
    void countsAreStoredAndSurviveAReopen() {
        sync();
        assertThat(mira().permanentTokens()).isEqualTo(expected.permanent()).isPositive();
        assertThat(mira().firstMessageTokens()).isEqualTo(expected.firstMessage()).isPositive();

        library.close();
        library = Library.open(tmp.resolve("data"));

        assertThat(mira().permanentTokens()).isEqualTo(expected.permanent());
        assertThat(mira().firstMessageTokens()).isEqualTo(expected.firstMessage());
    }

    @Test
    void anIndexFromBeforeCountsGetsThemAtTheNextScanKeepingTheCard() throws Exception {
        sync();
        long id = mira().id();
        library.setFavorite(id, true);
        library.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("data/library.db"));
             Statement s = c.createStatement()) {
            // Back to schema 4: the estimate column, no counts.
            s.execute("ALTER TABLE cards DROP COLUMN permanent_tokens");
            s.execute("ALTER TABLE cards DROP COLUMN first_message_tokens");
            s.execute("ALTER TABLE cards ADD COLUMN tokens INTEGER NOT NULL DEFAULT 7");
            SchemaFiveSearch.restore(s); // schema 6 (search without its own copy of the text) came later
            s.execute("PRAGMA user_version = 4");
        }
        library = Library.open(tmp.resolve("data"));
        assertThat(mira().permanentTokens()).isEqualTo(CardSummary.NOT_COUNTED);

        sync(); // the file is unchanged, yet read again once to count it

        assertThat(mira().id()).isEqualTo(id);
        assertThat(mira().favorite()).isTrue();
        assertThat(mira().permanentTokens()).isEqualTo(expected.permanent());
        assertThat(mira().firstMessageTokens()).isEqualTo(expected.firstMessage());
    }
}
