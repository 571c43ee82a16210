package io.github.chargallery.library.db;

import java.nio.file.Path;

/** The index database and the one object owning each of its tables. */
public final class Store implements AutoCloseable {
    public final Db db;
    public final RootTable roots;
    public final CardTable cards;
    public final FileTable files;
    public final UserTagTable userTags;
    public final SearchTable search;
    public final SummaryQuery summaries;
    public final ThumbnailTable thumbnails;
    public final SettingTable settings;
    public final KeptUserDataTable kept;
    public final TrashTable trash;
    public final FactsTable facts;
    public final PictureHashTable pictureHashes;
    public final DismissalTable dismissals;
    public final DuplicateRows duplicateRows;
    public final SillyTavernTable sillyTavern;
    public final CollectionTable collections;

    private Store(Db db) {
        this.db = db;
        roots = new RootTable(db);
        cards = new CardTable(db);
        files = new FileTable(db);
        userTags = new UserTagTable(db);
        search = new SearchTable(db);
        summaries = new SummaryQuery(db);
        thumbnails = new ThumbnailTable(db);
        settings = new SettingTable(db);
        kept = new KeptUserDataTable(db);
        trash = new TrashTable(db);
        facts = new FactsTable(db);
        pictureHashes = new PictureHashTable(db);
        dismissals = new DismissalTable(db);
        duplicateRows = new DuplicateRows(db);
        sillyTavern = new SillyTavernTable(db);
        collections = new CollectionTable(db);
    }

    public static Store open(Path file) {
        return new Store(Db.open(file));
    }

    /** An existing index, read only (see {@link Db#openReadOnly}). */
    public static Store openReadOnly(Path file) {
        return new Store(Db.openReadOnly(file));
    }

    @Override
    public void close() {
        db.close();
    }
}
