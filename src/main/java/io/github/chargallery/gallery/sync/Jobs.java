package io.github.chargallery.gallery.sync;

import io.github.chargallery.library.IndexUnusableException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where the view model's work runs: library calls on the background executor, state changes on the
 * FX thread. A background job that fails becomes a notice naming what could not be done, never a
 * stack trace. FX-thread state (the notice, the damage) changes on the FX thread only.
 */
public final class Jobs {
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<IndexUnusableException> damaged = new ReadOnlyObjectWrapper<>();

    public Jobs(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    public void inBackground(String what, Runnable work) {
        try {
            background.execute(() -> {
                try {
                    work.run();
                } catch (IndexUnusableException e) {
                    fx.execute(() -> damaged(e));
                } catch (RuntimeException e) {
                    String msg = "Could not " + what + ": " + Objects.requireNonNullElse(e.getMessage(), "");
                    fx.execute(() -> notice.set(msg));
                }
            });
        } catch (RejectedExecutionException closing) {
            // the app is quitting and its pool is shut down: FX work still queued (a tag recount after the
            // last sync) asks for more, which would only meet a closed library
        }
    }

    /** The index turned out damaged: say so once; the notice bar then offers the rebuild. FX thread. */
    void damaged(IndexUnusableException e) {
        if (damaged.get() == null) {
            damaged.set(e);
            String why = e.getMessage();
            notice.set(Character.toUpperCase(why.charAt(0)) + why.substring(1) + ". Rebuild it to go on: your"
                    + " folders, favourites and tags are kept, and the old file is moved aside, not deleted.");
        }
    }

    public ReadOnlyObjectProperty<IndexUnusableException> damagedProperty() {
        return damaged.getReadOnlyProperty();
    }

    /** What the user is told until they dismiss it (null: nothing). FX thread. */
    public void setNotice(String text) {
        notice.set(text);
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void onFx(Runnable work) {
        fx.execute(work);
    }

    public Executor background() {
        return background;
    }

    Executor fx() {
        return fx;
    }
}
