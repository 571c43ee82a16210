package io.github.chargallery.library;


/** Receives a sync's progress and patches, on the sync's own thread. */
public interface SyncListener {
    SyncListener NONE = new SyncListener() {
    };

    default void onProgress(SyncProgress progress) {
    }

    default void onPatch(Patch patch) {
    }
}
