package io.github.chargallery.gallery.sync;

import io.github.chargallery.gallery.model.Tags;
import io.github.chargallery.library.IndexUnusableException;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * Where the view model's work runs: library calls on the background executor, state changes on the
 * FX thread. A background job that fails becomes a notice naming what could not be done, never a
 * stack trace.
 */
public final class Jobs {
    private final Executor background;
    private final Executor fx;
    private final StringProperty notice;
    private final ObjectProperty<IndexUnusableException> damaged = new SimpleObjectProperty<>();

    public Jobs(Executor background, Executor fx, StringProperty notice) {
        this.background = background;
        this.fx = fx;
        this.notice = notice;
    }

    public void inBackground(String what, Runnable work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (IndexUnusableException e) {
                fx.execute(() -> damaged(e));
            } catch (RuntimeException e) {
                String msg = "Could not " + what + ": " + Tags.nz(e.getMessage());
                fx.execute(() -> notice.set(msg));
            }
        });
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

    public ObjectProperty<IndexUnusableException> damagedProperty() {
        return damaged;
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
