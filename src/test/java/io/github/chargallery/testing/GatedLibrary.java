package io.github.chargallery.testing;

import io.github.chargallery.card.CardFile;
import io.github.chargallery.card.CardFormatException;
import io.github.chargallery.library.CardLibrary;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.LibraryRoot;
import io.github.chargallery.library.SyncListener;
import io.github.chargallery.library.SyncReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The real library, with each sync held at a latch until the test opens it. */
public final class GatedLibrary implements CardLibrary {
    private final CardLibrary real;
    public final CountDownLatch gate;
    public final CountDownLatch syncCalled = new CountDownLatch(1);
    /** Each call of a bulk edit (one transaction each): its name, how many cards, the value. */
    public final List<String> bulkCalls = new java.util.concurrent.CopyOnWriteArrayList<>();

    public GatedLibrary(CardLibrary real, boolean open) {
        this.real = real;
        this.gate = new CountDownLatch(open ? 0 : 1);
    }

    @Override
    public SyncReport sync(SyncListener listener, BooleanSupplier cancelled) {
        syncCalled.countDown();
        try {
            while (!gate.await(50, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    return new SyncReport(0, 0, 0, 0, 0, List.of(), 0, true, null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return real.sync(listener, cancelled);
    }

    @Override
    public List<CardSummary> loadSummaries() {
        return real.loadSummaries();
    }

    @Override
    public List<LibraryRoot> roots() {
        return real.roots();
    }

    @Override
    public void addRoot(Path root) {
        real.addRoot(root);
    }

    @Override
    public void removeRoot(Path root) {
        real.removeRoot(root);
    }

    @Override
    public void setFavorite(long cardId, boolean favorite) {
        real.setFavorite(cardId, favorite);
    }

    @Override
    public void addUserTag(long cardId, String tag) {
        real.addUserTag(cardId, tag);
    }

    @Override
    public void removeUserTag(long cardId, String tag) {
        real.removeUserTag(cardId, tag);
    }

    @Override
    public io.github.chargallery.library.BulkEdits bulkEdits() {
        io.github.chargallery.library.BulkEdits bulk = real.bulkEdits();
        return new io.github.chargallery.library.BulkEdits() {
            @Override
            public void setFavorite(java.util.Collection<Long> ids, boolean favorite) {
                bulkCalls.add("setFavorite " + ids.size() + " " + favorite);
                bulk.setFavorite(ids, favorite);
            }

            @Override
            public void addUserTag(java.util.Collection<Long> ids, String tag) {
                bulkCalls.add("addUserTag " + ids.size() + " " + tag);
                bulk.addUserTag(ids, tag);
            }

            @Override
            public void removeUserTag(java.util.Collection<Long> ids, String tag) {
                bulkCalls.add("removeUserTag " + ids.size() + " " + tag);
                bulk.removeUserTag(ids, tag);
            }
        };
    }

    @Override
    public io.github.chargallery.library.Collections collections() {
        return real.collections();
    }

    @Override
    public List<Long> search(String query) {
        return real.search(query);
    }

    @Override
    public io.github.chargallery.library.Patch reindex(java.nio.file.Path file) {
        return real.reindex(file);
    }

    @Override
    public java.util.Optional<Long> cardIdOf(java.nio.file.Path file) {
        return real.cardIdOf(file);
    }

    @Override
    public CardFile readCard(long cardId) throws CardFormatException {
        return real.readCard(cardId);
    }

    @Override
    public Optional<byte[]> thumbnail(Path file, long size, long modified) {
        return real.thumbnail(file, size, modified);
    }

    @Override
    public void putThumbnail(Path file, long size, long modified, byte[] image) {
        real.putThumbnail(file, size, modified, image);
    }

    @Override
    public Optional<String> setting(String key) {
        return real.setting(key);
    }

    @Override
    public void putSetting(String key, String value) {
        real.putSetting(key, value);
    }

    @Override
    public io.github.chargallery.library.TrashBin trashBin(io.github.chargallery.library.trash.Trash trash) {
        return real.trashBin(trash);
    }

    @Override
    public io.github.chargallery.library.Duplicates duplicates() {
        return real.duplicates();
    }

    @Override
    public void close() {
        real.close();
    }

    @Override
    public java.util.Optional<io.github.chargallery.library.SillyTavern> sillyTavern() {
        return real.sillyTavern();
    }
}
