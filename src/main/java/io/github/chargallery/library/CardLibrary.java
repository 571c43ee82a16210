package io.github.chargallery.library;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The library: the SQLite index of the user's card folders. Every method blocks (SQL or disk) and
 * must not be called on the JavaFX application thread; implementations check that.
 */
public interface CardLibrary extends AutoCloseable {

    /** All cards the index knows (error rows included), in one query, without touching the folders. */
    List<CardSummary> loadSummaries();

    /**
     * Scans every root, applies what changed to the index and publishes patches to the listener.
     * One sync at a time: a call while another runs waits for it and returns its report.
     *
     * @param cancelled polled often; when it turns true the sync stops, leaving the index consistent
     */
    SyncReport sync(SyncListener listener, BooleanSupplier cancelled);

    List<LibraryRoot> roots();

    /** Adds a library folder (no scan; call {@link #sync}). Adding a known root is a no-op. */
    void addRoot(Path root);

    /** Forgets a root and its rows; never touches its files. */
    void removeRoot(Path root);

    void setFavorite(long cardId, boolean favorite);

    void addUserTag(long cardId, String tag);

    void removeUserTag(long cardId, String tag);

    /** Favourites and user tags of many cards at once, each call one transaction. */
    BulkEdits bulkEdits();

    /** Card ids matching a user-typed query (FTS5, prefix, case- and accent-insensitive); never throws on odd input. */
    List<Long> search(String query);

    /**
     * Reads one card file now and applies it to the index as a sync would, without walking its folder:
     * used right after the app wrote the file (an edit, a revert). An edit in place keeps the card id, so
     * favourites and tags follow. Returns the patch a view applies (empty for a file under no root).
     */
    Patch reindex(Path file);

    /** The card id of the indexed file at this path, if any. */
    Optional<Long> cardIdOf(Path file);

    /** Reads the card from its first reachable file (for the detail pane). */
    CardFile readCard(long cardId) throws CardFormatException;

    /** A stored thumbnail for this image file at this size and mtime, if one was made. */
    Optional<byte[]> thumbnail(Path file, long size, long modified);

    void putThumbnail(Path file, long size, long modified, byte[] image);

    /** Small app settings kept in the index (import folder, sort order, window bounds). */
    Optional<String> setting(String key);

    void putSetting(String key, String value);

    /**
     * Whether another process (a shell {@code index}, another app) has written the index since this
     * library last loaded its summaries: its syncs do not publish rows someone else wrote, so a view
     * reloads. Blocking.
     */
    default boolean changedElsewhere() {
        return false;
    }

    /** The SillyTavern bridge, when this library has one (the index does; test fakes may not). */
    default Optional<SillyTavern> sillyTavern() {
        return Optional.empty();
    }

    /** Damage SQLite found in the index file while it was in use (see {@link IndexRescue}); no I/O. */
    default Optional<IndexUnusableException> damage() {
        return Optional.empty();
    }

    /** Moving files to {@code trash} and back with the index kept in step; null when this library cannot. */
    default TrashBin trashBin(io.github.chargallery.library.trash.Trash trash) {
        return null;
    }

    /** The duplicate groups and the actions on them; null when this library cannot (a test's fake). */
    default Duplicates duplicates() {
        return null;
    }

    /** The user's collections of cards; null when this library has none (a test's fake). */
    default Collections collections() {
        return null;
    }

    @Override
    void close();
}
