package io.github.chargallery.gallery;

import java.util.concurrent.Executor;
import javafx.beans.property.StringProperty;

/**
 * Where the view model's work runs: library calls on the background executor, state changes on the
 * FX thread. A background job that fails becomes a notice naming what could not be done, never a
 * stack trace.
 */
final class Jobs {
    private final Executor background;
    private final Executor fx;
    private final StringProperty notice;

    Jobs(Executor background, Executor fx, StringProperty notice) {
        this.background = background;
        this.fx = fx;
        this.notice = notice;
    }

    void inBackground(String what, Runnable work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                String msg = "Could not " + what + ": " + Tags.nz(e.getMessage());
                fx.execute(() -> notice.set(msg));
            }
        });
    }

    void onFx(Runnable work) {
        fx.execute(work);
    }

    Executor background() {
        return background;
    }

    Executor fx() {
        return fx;
    }
}
