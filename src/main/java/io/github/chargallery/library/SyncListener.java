package io.github.chargallery.library;


/** Receives a sync's progress and patches, on the sync's own thread. */
public interface SyncListener {
    SyncListener NONE = new SyncListener() {
    };

    default void onProgress(SyncProgress progress) {
    }

    default void onPatch(Patch patch) {
    }

    /**
     * Whether the window's frames are late: the parse threads then pause a moment before their next
     * file, so that the window's threads get a core. Called from those threads, often: cheap.
     */
    default boolean windowLate() {
        return false;
    }
}
