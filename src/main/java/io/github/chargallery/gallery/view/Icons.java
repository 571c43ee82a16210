package io.github.chargallery.gallery.view;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** Small vector icons, so badges look the same whatever fonts the system has. */
final class Icons {
    private static final String STAR = "M12 2l3.09 6.26L22 9.27l-5 4.87 1.18 6.88L12 17.77l-6.18 3.25L7 14.14 2 9.27l6.91-1.01z";
    private static final String WARNING = "M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z";
    private static final String OFFLINE = "M19.35 10.04A7.49 7.49 0 0 0 12 4c-1.48 0-2.85.43-4.01 1.17l1.46 1.46A5.497 5.497 0 0 1 17.5 11.5v.5H19"
            + "a3 3 0 0 1 1.83 5.38l1.41 1.41A4.96 4.96 0 0 0 24 15c0-2.64-2.05-4.78-4.65-4.96zM3 5.27l2.75 2.74C2.56 8.15 0 10.77 0 14"
            + "c0 3.31 2.69 6 6 6h11.73l2 2L21 20.73 4.27 4 3 5.27zM7.73 10l8 8H6c-2.21 0-4-1.79-4-4s1.79-4 4-4h1.73z";

    private Icons() {
    }

    static SVGPath star(String styleClass) {
        return icon(STAR, styleClass);
    }

    static Node warning(String styleClass) {
        return icon(WARNING, styleClass);
    }

    static Node offline(String styleClass) {
        return icon(OFFLINE, styleClass);
    }

    private static SVGPath icon(String path, String styleClass) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add(styleClass);
        return p;
    }
}
