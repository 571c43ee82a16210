package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chargallery.testing.IndexDamage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index whose pages are damaged but whose file still opens: one definition of "damaged" (open fails,
 * SQLite's quick_check fails, or SQLite reports corruption during use) holds for the sync and for every
 * write, and a damaged index is never written into.
 */
class DamagedPagesTest {
    @TempDir
    Path tmp;
    Path root;
    Path data;
    Path db;

    private int favourites;

    @BeforeEach
    void damagedIndex() throws Exception {
        root = tmp.resolve("cards");
        for (int i = 0; i < 400; i++) {
            TestCards.write(root.resolve("c" + i + ".json"), "Card " + i);
        }
        data = tmp.resolve("data");
        db = data.resolve(Library.DATABASE_FILE);
        try (Library library = Library.open(data)) {
            library.addRoot(root);
            library.sync(SyncListener.NONE, () -> false);
            for (int i = 0; i < 400; i += 4) {
                library.setFavorite(library.cardIdOf(root.resolve("c" + i + ".json")).orElseThrow(), true);
                library.addUserTag(library.cardIdOf(root.resolve("c" + (i + 1) + ".json")).orElseThrow(), "t");
                favourites++;
            }
        }
        IndexDamage.overwriteLeafPage(db, "cards");
    }

    @Test
    void theFileStillOpensButItsCheckSaysDamagedAndFromThenOnNothingIsWritten() {
        try (Library library = Library.open(data)) {
            long id = library.cardIdOf(root.resolve("c0.json")).orElseThrow();
            assertThatThrownBy(() -> library.verify(false)).isInstanceOfSatisfying(IndexUnusableException.class, e -> {
                assertThat(e.newer()).isFalse();
                assertThat(e).hasMessageContaining(db + " is damaged");
            });
            assertThat(library.damage()).isPresent();
            assertThatThrownBy(() -> library.setFavorite(id, true)).isInstanceOf(IndexUnusableException.class);
            assertThatThrownBy(() -> library.addRoot(tmp.resolve("more"))).isInstanceOf(IndexUnusableException.class);
        }
    }

    @Test
    void aSyncThatFindsTheIndexDamagedStopsBeforeWritingAndSaysSo() throws Exception {
        TestCards.write(root.resolve("new.json"), "New card");
        Files.delete(root.resolve("c1.json"));
        byte[] damaged = Files.readAllBytes(db);
        SyncReport report;
        try (Library library = Library.open(data)) {
            report = library.sync(SyncListener.NONE, () -> false);
            assertThat(library.damage()).isPresent();
        }
        assertThat(report.failure()).contains(db + " is damaged");
        assertThat(report.added() + report.removed() + report.updated()).as("nothing was saved").isZero();
        // closing checkpoints the WAL into the file: a committed write would show here
        assertThat(Files.readAllBytes(db)).as("not one byte written into the damaged file").isEqualTo(damaged);
        assertThat(Files.exists(data.resolve(Library.DATABASE_FILE + "-wal"))
                && Files.size(data.resolve(Library.DATABASE_FILE + "-wal")) > 0).isFalse();
    }

    @Test
    void corruptionReportedDuringUseIsTheSameDamageAndStopsLaterWrites() {
        try (Library library = Library.open(data)) {
            // reading every card runs into the damaged page
            assertThatThrownBy(library::loadSummaries).isInstanceOf(IndexUnusableException.class);
            assertThat(library.damage()).isPresent();
            assertThatThrownBy(() -> library.putSetting("k", "v")).isInstanceOf(IndexUnusableException.class);
        }
    }

    @Test
    void theRebuildKeepsTheFavouritesAndTagsOfEveryCardNotOnTheDamagedPage() throws Exception {
        int onAPage;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT max(ncell) FROM dbstat WHERE name = 'cards'"
                     + " AND pagetype = 'leaf'")) {
            rs.next();
            onAPage = rs.getInt(1);
        }
        IndexRescue.Result r = IndexRescue.rebuild(data, false);

        assertThat(r.problems()).isNotEmpty();
        // a quarter of the cards are favourites (another quarter tagged): at most those of about one page are lost
        assertThat(r.favorites()).isLessThan(favourites).isGreaterThanOrEqualTo(favourites - onAPage / 2);
        assertThat(r.taggedCards()).isGreaterThanOrEqualTo(favourites - onAPage / 2);
    }
}
