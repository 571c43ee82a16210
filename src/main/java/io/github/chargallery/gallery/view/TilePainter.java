package io.github.chargallery.gallery.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Redraws the tiles that changed once per pulse, after CSS and layout: a tile then draws with its
 * final size and colours, once, however many of its texts, badges and colours changed in that
 * pulse (a theme switch changes eight colours of every tile). One listener on the grid's scene for
 * all tiles: a scene runs its pulse listeners from a plain list, which a listener cannot leave while
 * the list is being run.
 */
final class TilePainter implements Runnable {
    private final Set<CardTile> pending = new LinkedHashSet<>();

    TilePainter(Node owner) {
        owner.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(this);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(this);
            }
        });
        Scene now = owner.getScene();
        if (now != null) {
            now.addPostLayoutPulseListener(this);
        }
    }

    /** The tile is drawn at the end of the next pulse's layout. */
    void schedule(CardTile tile) {
        if (pending.add(tile) && pending.size() == 1) {
            Platform.requestNextPulse();
        }
    }

    @Override
    public void run() {
        if (pending.isEmpty()) {
            return;
        }
        List<CardTile> now = new ArrayList<>(pending);
        pending.clear();
        for (CardTile t : now) {
            t.paintIfDirty();
        }
    }
}
