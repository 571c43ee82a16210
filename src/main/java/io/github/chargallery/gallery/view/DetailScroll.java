package io.github.chargallery.gallery.view;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** The one vertical scroll of a detail tab. */
final class DetailScroll {
    private DetailScroll() {
    }

    static ScrollPane of(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("detail-scroll");
        return scroll;
    }
}
