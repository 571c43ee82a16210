package io.github.chargallery.library;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts back the full-text table of schemas 1-5 (one FTS5 table with its own copy of the text) in an index
 * being turned back into an older one by a migration test; names, creators and tags are kept, the texts
 * only the files have are left empty.
 */
final class SchemaFiveSearch {
    private SchemaFiveSearch() {
    }

    static void restore(Statement s) throws SQLException {
        s.execute("DROP TABLE card_words");
        s.execute("DROP TABLE card_user_tags");
        s.execute("CREATE VIRTUAL TABLE card_search USING fts5(name, creator, tags, description, creator_notes,"
                + " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')");
        s.execute("INSERT INTO card_search(rowid, name, creator, tags, description, creator_notes)"
                + " SELECT id, name, creator, tags, '', '' FROM cards");
    }
}
