package io.github.chargallery.library;

import java.util.Collection;

/**
 * The user's data on many cards at once (the grid's selection, a shell command naming many files): each
 * call is one transaction, so a bulk tag on 1,000 cards is one commit, all or nothing. Blocking; never on
 * the JavaFX thread. Unknown ids are skipped; a card that has the state asked for already is left alone.
 */
public interface BulkEdits {
    void setFavorite(Collection<Long> cardIds, boolean favorite);

    void addUserTag(Collection<Long> cardIds, String tag);

    void removeUserTag(Collection<Long> cardIds, String tag);
}
