package io.github.chargallery.library.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Creates and migrates the schema, step by step, by PRAGMA user_version (inside the caller's transaction). */
final class Schema {
    // The FTS prefix indexes serve the one- and two-letter prefixes a user types first: without them a
    // query like "s*" merges thousands of terms (280 ms at 50k cards; 11 ms with them).
    // cards.id is AUTOINCREMENT: a purged card's id is never reused, so a view holding an old id
    // cannot show another card under it.
    /** Each entry migrates from version i to i + 1. Append; never edit a released step. */
    private static final List<List<String>> STEPS = List.of(List.of(
        "CREATE TABLE roots(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, online INTEGER NOT NULL DEFAULT 1,"
            + " failure TEXT, added_at INTEGER NOT NULL)",
        "CREATE TABLE cards(id INTEGER PRIMARY KEY AUTOINCREMENT, hash TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
            + " creator TEXT NOT NULL, tags TEXT NOT NULL, spec TEXT, card_date INTEGER, tokens INTEGER NOT NULL,"
            + " error TEXT, favorite INTEGER NOT NULL DEFAULT 0, added_at INTEGER NOT NULL, orphaned_at INTEGER)",
        "CREATE INDEX cards_orphaned ON cards(orphaned_at) WHERE orphaned_at IS NOT NULL",
        "CREATE TABLE files(id INTEGER PRIMARY KEY, root_id INTEGER NOT NULL REFERENCES roots(id) ON DELETE CASCADE,"
            + " path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,"
            + " checked_ns INTEGER NOT NULL, card_id INTEGER NOT NULL REFERENCES cards(id))",
        "CREATE INDEX files_card ON files(card_id)",
        "CREATE INDEX files_root ON files(root_id)",
        "CREATE TABLE user_tags(card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,"
            + " tag TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY(card_id, tag)) WITHOUT ROWID",
        "CREATE VIRTUAL TABLE card_search USING fts5(name, creator, tags, description, creator_notes,"
            + " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')",
        "CREATE TABLE thumbnails(id INTEGER PRIMARY KEY, path TEXT NOT NULL, size INTEGER NOT NULL,"
            + " modified INTEGER NOT NULL, image BLOB NOT NULL, UNIQUE(path, size, modified))",
        "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
    ), List.of(
        // Favourites and tags saved from a damaged index, given back when a card with the hash is found.
        "CREATE TABLE kept_user_data(hash TEXT PRIMARY KEY, favorite INTEGER NOT NULL, tags TEXT NOT NULL)"
            + " WITHOUT ROWID"
    ), List.of(
        // What finds a file again after a move when its content cannot: the file system's identity of the
        // file (device and inode on Linux), and for an unreadable file a hash of its size and first and last
        // 100 KB (as digiKam identifies moved files). Null when unknown (rows from before this version).
        "ALTER TABLE files ADD COLUMN file_key TEXT",
        "ALTER TABLE files ADD COLUMN partial_hash TEXT"
    ), List.of(
        // A root the user removed whose rows are still being deleted, batch by batch (resumed after a crash).
        "ALTER TABLE roots ADD COLUMN removing INTEGER NOT NULL DEFAULT 0"
    ), List.of(
        // Real token counts (cl100k) replace the chars/4 estimate. NULL marks a row not counted yet; the
        // counts need the card's text, which only the file has, so every file is made "racy" (checked at
        // time 0): the next scan re-reads each one once and fills its card's counts.
        "ALTER TABLE cards DROP COLUMN tokens",
        "ALTER TABLE cards ADD COLUMN permanent_tokens INTEGER",
        "ALTER TABLE cards ADD COLUMN first_message_tokens INTEGER",
        "UPDATE files SET checked_ns = 0"
    ), List.of(
        // Full-text search without its own copy of the text (the copy was 60% of the index): the card's
        // words go to a contentless table (deletes by rowid need no old values); the user's tags, which
        // change on their own and so must be rewritable, to a small table of their own. Both keep the one-
        // and two-letter prefix indexes: without the one-letter one (~1 KB a card) a phrase ending in an
        // initial ("Hélène R.", "a:b") merges every term of that letter, 100-200 ms at 10k cards.
        "CREATE VIRTUAL TABLE card_words USING fts5(name, creator, tags, description, creator_notes,"
            + " content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')",
        "CREATE VIRTUAL TABLE card_user_tags USING fts5(tags, tokenize = 'unicode61 remove_diacritics 2',"
            + " prefix = '1 2')",
        "INSERT INTO card_words(rowid, name, creator, tags, description, creator_notes)"
            + " SELECT s.rowid, s.name, s.creator, c.tags, s.description, s.creator_notes"
            + " FROM card_search s JOIN cards c ON c.id = s.rowid",
        "INSERT INTO card_user_tags(rowid, tags) SELECT card_id, group_concat(tag, ' ') FROM user_tags"
            + " GROUP BY card_id",
        "DROP TABLE card_search"
    ), List.of(
        // What the gallery moved to the trash (trash --list, "Recently trashed", undo): self-contained.
        "CREATE TABLE IF NOT EXISTS trash_log(id INTEGER PRIMARY KEY, original TEXT NOT NULL, trashed TEXT, info TEXT,"
            + " trash TEXT NOT NULL, at INTEGER NOT NULL, card_id INTEGER, name TEXT NOT NULL, restored_at INTEGER,"
            + " restored_to TEXT)",
        "CREATE INDEX IF NOT EXISTS trash_log_original ON trash_log(original)"
    ), List.of(
        // Duplicates: facts per card content (read at index time), picture hashes per file version, and the
        // groups the user dismissed. Facts need the card's text, which only the file has: every file is made
        // "racy" so the next scan reads it once (as the token counts did).
        "CREATE TABLE IF NOT EXISTS card_facts(hash TEXT PRIMARY KEY, canonical TEXT NOT NULL, version TEXT,"
            + " greetings INTEGER NOT NULL, lorebook INTEGER NOT NULL, created INTEGER, modified INTEGER,"
            + " fields TEXT NOT NULL) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS picture_hashes(path TEXT PRIMARY KEY, size INTEGER NOT NULL,"
            + " modified INTEGER NOT NULL, dhash INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS duplicate_dismissals(group_id TEXT PRIMARY KEY, at INTEGER NOT NULL) WITHOUT ROWID",
        "UPDATE files SET checked_ns = 0"
    ), List.of(
        // A SillyTavern user data folder the user linked: its characters/ folder is the root (walked top level
        // only, as SillyTavern reads it); tags and chats are read from the user folder, never stored here.
        "CREATE TABLE IF NOT EXISTS sillytavern_links(root_id INTEGER PRIMARY KEY REFERENCES roots(id)"
            + " ON DELETE CASCADE, user_dir TEXT NOT NULL UNIQUE, linked_at INTEGER NOT NULL)",
        // A card sent converted (a JSON or CHARX card made a PNG) has another identity there: which archive card
        // (its hash) the copy (its hash) stands for, so the archive card shows it is in SillyTavern.
        "CREATE TABLE IF NOT EXISTS sillytavern_sent(st_hash TEXT PRIMARY KEY, card_hash TEXT NOT NULL) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS sillytavern_sent_card ON sillytavern_sent(card_hash)"
    ), List.of(
        // Collections: user-named sets of cards, membership keyed by card id like favourites (so it follows
        // renames, moves, edits in place and offline folders; a purged card leaves them). A smart collection
        // has no members: its saved query (JSON, see library.CardQuery) picks them. The rescue export keeps
        // memberships by content hash, waiting (in kept_collections) like favourites and tags.
        "CREATE TABLE IF NOT EXISTS collections(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL"
            + " UNIQUE COLLATE NOCASE, created INTEGER NOT NULL, smart_query TEXT)",
        "CREATE TABLE IF NOT EXISTS collection_members(card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,"
            + " collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,"
            + " PRIMARY KEY(card_id, collection_id)) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS collection_members_collection ON collection_members(collection_id)",
        "CREATE TABLE IF NOT EXISTS kept_collections(hash TEXT NOT NULL, name TEXT NOT NULL,"
            + " PRIMARY KEY(hash, name)) WITHOUT ROWID"
    ), List.of(
        // Finding duplicates looks up every card's canonical hash: card_facts rows are wide (they carry the
        // fields), this narrow covering index holds only the pair (the keys read takes 0.8x the time at 50k
        // cards, BENCHMARKS.md). Built from the existing rows.
        "CREATE INDEX IF NOT EXISTS card_facts_canonical ON card_facts(hash, canonical)"
    ), List.of(
        // The gallery's rows need two counts of card_facts too: the same narrow index, holding them, serves
        // both (the rows' query at 100k cards: 380 ms through the wide rows, 220 ms through this index).
        "CREATE INDEX IF NOT EXISTS card_facts_keys ON card_facts(hash, canonical, greetings, lorebook)",
        "DROP INDEX IF EXISTS card_facts_canonical"
    ));

    static final int VERSION = STEPS.size();

    private Schema() {
    }

    /** The file's schema is newer than this app's. */
    static final class TooNew extends SQLException {
        TooNew(String message) {
            super(message);
        }
    }

    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > VERSION) {
                throw new TooNew("its schema is version " + version + ", this app knows up to " + VERSION);
            }
            for (int v = version; v < VERSION; v++) {
                for (String sql : STEPS.get(v)) {
                    s.executeUpdate(sql);
                }
            }
            if (version != VERSION) {
                s.executeUpdate("PRAGMA user_version = " + VERSION);
            }
        }
    }
}
