package io.github.chargallery.library;

import io.github.chargallery.library.db.Store;
import java.util.Collection;

/** {@link BulkEdits} on the index: one write transaction per call, its search table kept in step. */
final class StoreBulkEdits implements BulkEdits {
    private final Store store;

    StoreBulkEdits(Store store) {
        this.store = store;
    }

    @Override
    public void setFavorite(Collection<Long> cardIds, boolean favorite) {
        FxThreadGuard.check();
        store.db.write(() -> {
            for (long id : cardIds) {
                store.cards.setFavorite(id, favorite);
            }
            return null;
        });
    }

    @Override
    public void addUserTag(Collection<Long> cardIds, String tag) {
        edit(cardIds, tag, true);
    }

    @Override
    public void removeUserTag(Collection<Long> cardIds, String tag) {
        edit(cardIds, tag, false);
    }

    private void edit(Collection<Long> cardIds, String tag, boolean add) {
        FxThreadGuard.check();
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a tag cannot be empty");
        }
        store.db.write(() -> {
            for (long id : cardIds) {
                if (store.cards.find(id).isEmpty()) {
                    continue; // gone since the caller looked (a sync, another process)
                }
                if (add) {
                    store.userTags.add(id, t);
                } else {
                    store.userTags.remove(id, t);
                }
                store.search.setTags(id, store.userTags.of(id));
            }
            return null;
        });
    }
}
