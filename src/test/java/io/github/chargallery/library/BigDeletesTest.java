package io.github.chargallery.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Removing a big root and the grace-period purge of many cards run in short transactions: a user's
 * click through another connection (the window, or a {@code favorite} from a shell) gets in between
 * them instead of waiting out its busy timeout; and the file gives its free space back.
 */
class BigDeletesTest {
    private static final int BIG = 20_000;
    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    @TempDir
    Path tmp;
    Path data;
    Path big;
    Path small;

    @BeforeEach
    void library() throws Exception {
        data = tmp.resolve("data");
        big = Files.createDirectories(tmp.resolve("big"));
        small = tmp.resolve("small");
        for (int i = 0; i < 3; i++) {
            TestCards.write(small.resolve("s" + i + ".json"), "Small " + i);
        }
        try (Library library = Library.open(data)) {
            library.addRoot(small);
            library.addRoot(big);
            library.sync(SyncListener.NONE, () -> false);
        }
    }

    @Test
    void removingABigRootLetsAnotherConnectionsClicksThroughBetweenItsBatches() throws Exception {
        long bigId = fill(big, BIG, 200, null);
        try (Library remover = Library.open(data); Library clicker = Library.open(data);
             Connection watch = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Library.DATABASE_FILE))) {
            long card = clicker.cardIdOf(small.resolve("s1.json")).orElseThrow();
            CompletableFuture<Void> removal = CompletableFuture.runAsync(() -> remover.removeRoot(big));
            int clicks = 0;
            int clicksPartWay = 0;
            while (!removal.isDone()) {
                clicker.setFavorite(card, clicks % 2 == 0); // a BUSY after 10 s would throw here
                clicker.addUserTag(card, "t" + clicks);
                clicks++;
                long left = count(watch, "SELECT count(*) FROM files WHERE root_id = " + bigId);
                if (left > 0 && left < BIG) {
                    clicksPartWay++; // the click was saved while the removal had committed some of its batches
                }
            }
            removal.get();
            int tags = clicks;
            assertThat(clicksPartWay).as("clicks saved part way through the removal").isGreaterThanOrEqualTo(3);
            assertThat(count(watch, "SELECT count(*) FROM files WHERE root_id = " + bigId)).isZero();
            assertThat(count(watch, "SELECT count(*) FROM roots")).isEqualTo(1);
            assertThat(count(watch, "SELECT count(*) FROM cards WHERE orphaned_at IS NOT NULL")).isEqualTo(BIG);
            assertThat(clicker.loadSummaries()).filteredOn(s -> s.id() == card).singleElement()
                    .satisfies(s -> assertThat(s.userTags()).hasSize(tags));
        }
    }

    @Test
    void theGracePeriodPurgeOfManyCardsLetsClicksThroughBetweenItsBatches() throws Exception {
        long now = System.currentTimeMillis();
        fill(null, BIG, 200, now - 31 * DAY);
        try (Library syncer = Library.open(data); Library clicker = Library.open(data);
             Connection watch = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Library.DATABASE_FILE))) {
            long card = clicker.cardIdOf(small.resolve("s1.json")).orElseThrow();
            CompletableFuture<SyncReport> sync = CompletableFuture.supplyAsync(
                    () -> syncer.sync(SyncListener.NONE, () -> false));
            int clicks = 0;
            int clicksPartWay = 0;
            while (!sync.isDone()) {
                clicker.setFavorite(card, clicks % 2 == 0);
                clicks++;
                long left = count(watch, "SELECT count(*) FROM cards WHERE orphaned_at IS NOT NULL");
                if (left > 0 && left < BIG) {
                    clicksPartWay++;
                }
            }
            assertThat(sync.get().failure()).isNull();
            assertThat(clicksPartWay).as("clicks saved part way through the purge").isGreaterThanOrEqualTo(3);
            assertThat(count(watch, "SELECT count(*) FROM cards")).isEqualTo(3);
            assertThat(count(watch, "SELECT count(*) FROM card_words")).isEqualTo(3);
        }
    }

    /** A file made before auto_vacuum (schema 2 and older) is switched over by the first compaction. */
    @ParameterizedTest(name = "made with auto_vacuum incremental: {0}")
    @ValueSource(booleans = {true, false})
    void theFileGivesBackTheSpaceOfARemovedRootOnceItsCardsArePurged(boolean incremental) throws Exception {
        if (!incremental) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Library.DATABASE_FILE));
                 Statement s = c.createStatement()) {
                s.execute("PRAGMA auto_vacuum = NONE");
                s.execute("VACUUM");
            }
        }
        fill(big, 3_000, 3_000, null);
        long full = size();
        assertThat(full).isGreaterThan(8L << 20);
        long[] clock = {System.currentTimeMillis()};
        try (Library library = Library.open(data)) {
            library.setClock(() -> clock[0]);
            library.removeRoot(big);
            clock[0] += 31 * DAY;
            assertThat(library.sync(SyncListener.NONE, () -> false).failure()).isNull();
            assertThat(library.loadSummaries()).hasSize(3);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Library.DATABASE_FILE))) {

        }
        assertThat(size()).as("index of 3 cards after %,d bytes", full).isLessThan(2L << 20);
    }

    private long size() throws Exception {
        long n = 0;
        for (String side : new String[] {"", "-wal"}) {
            Path f = data.resolve(Library.DATABASE_FILE + side);
            n += Files.exists(f) ? Files.size(f) : 0;
        }
        return n;
    }

    /**
     * Writes n cards straight into the index (faster than files to scan): under {@code root} when given
     * (its id is returned), else orphaned at {@code orphanedAt}, with descriptions of {@code textBytes}.
     */
    private long fill(Path root, int n, int textBytes, Long orphanedAt) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Library.DATABASE_FILE))) {
            c.setAutoCommit(false);
            long rootId = -1;
            if (root != null) {
                rootId = count(c, "SELECT id FROM roots WHERE path = '" + Library.key(root) + "'");
            }
            long first = count(c, "SELECT coalesce(max(id), 0) + 1 FROM cards");
            StringBuilder text = new StringBuilder();
            for (int w = 0; text.length() < textBytes; w++) {
                text.append("word").append(w % 997).append(' ');
            }
            try (PreparedStatement card = c.prepareStatement("INSERT INTO cards(id, hash, name, creator, tags,"
                    + " permanent_tokens, first_message_tokens, added_at, orphaned_at)"
                    + " VALUES (?, ?, ?, 'bulk', '', 10, 2, 0, ?)");
                 PreparedStatement file = c.prepareStatement("INSERT INTO files(root_id, path, size, mtime_ns,"
                         + " checked_ns, card_id) VALUES (?, ?, 100, 1, 1, ?)");
                 PreparedStatement search = c.prepareStatement("INSERT INTO card_words(rowid, name, creator, tags,"
                         + " description, creator_notes) VALUES (?, ?, 'bulk', '', ?, '')")) {
                for (int i = 0; i < n; i++) {
                    long id = first + i;
                    card.setLong(1, id);
                    card.setString(2, "bulk-hash-" + id);
                    card.setString(3, "Bulk " + id);
                    if (orphanedAt == null) {
                        card.setNull(4, java.sql.Types.INTEGER);
                    } else {
                        card.setLong(4, orphanedAt);
                    }
                    card.executeUpdate();
                    if (root != null) {
                        file.setLong(1, rootId);
                        file.setString(2, Library.key(root.resolve("b" + id + ".json")));
                        file.setLong(3, id);
                        file.executeUpdate();
                    }
                    search.setLong(1, id);
                    search.setString(2, "Bulk " + id);
                    search.setString(3, id + " " + text);
                    search.executeUpdate();
                }
            }
            c.commit();
            return rootId;
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
