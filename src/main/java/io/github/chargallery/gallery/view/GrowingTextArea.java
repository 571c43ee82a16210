package io.github.chargallery.gallery.view;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A multi-line editor as tall as its text (wrapped at its width), so a tab of several holds one scroll
 * bar, the tab's, instead of a box of boxes each scrolling on its own. The wheel scrolls the tab.
 */
final class GrowingTextArea extends TextArea {
    private static final double MIN_HEIGHT = 34;

    GrowingTextArea() {
        setWrapText(true);
        setPrefRowCount(1);
        setMinHeight(MIN_HEIGHT);
        getStyleClass().add("growing-text");
        // the area has nothing to scroll: hand the wheel to the tab's scroll pane
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (getParent() != null) {
                e.consume();
                getParent().fireEvent(e.copyFor(getParent(), getParent()));
            }
        });
    }

    private boolean following;

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!following) {
            following = followText(); // the skin's nodes exist from the first layout on
        }
    }

    private boolean followText() {
        // the text of the paragraphs sits in a Group; the prompt, a Text of its own, does not
        Text text = lookupAll(".text").stream().filter(n -> n instanceof Text && n.getParent() instanceof javafx.scene.Group)
                .map(n -> (Text) n).findFirst().orElse(null);
        if (!(lookup(".scroll-pane") instanceof ScrollPane sp) || text == null) {
            return false;
        }
        sp.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        text.layoutBoundsProperty().addListener((o, a, b) -> fit(sp, text));
        fit(sp, text);
        return true;
    }

    private void fit(ScrollPane sp, Text text) {
        double pad = snappedTopInset() + snappedBottomInset() + sp.snappedTopInset() + sp.snappedBottomInset();
        if (sp.getContent() instanceof Region content) {
            pad += content.snappedTopInset() + content.snappedBottomInset();
        }
        double h = Math.max(MIN_HEIGHT, Math.ceil(text.getLayoutBounds().getHeight() + pad + 8));
        if (Math.abs(getPrefHeight() - h) > 0.5) {
            setPrefHeight(h);
            setMaxHeight(h);
        }
    }
}
