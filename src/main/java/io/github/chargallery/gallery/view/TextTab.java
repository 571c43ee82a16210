package io.github.chargallery.gallery.view;

import io.github.chargallery.card.CardField;
import io.github.chargallery.gallery.model.CardEditorModel;

import javafx.geometry.Insets;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;

/** The card's prose, one editor per field, each as tall as its text: the tab scrolls, the fields do not. */
final class TextTab extends Tab {
    TextTab(CardEditorModel editor) {
        super("Text");
        setClosable(false);
        VBox fields = new VBox(10);
        fields.setPadding(new Insets(8, 12, 12, 12));
        for (CardField f : FieldLabels.PROSE) {
            fields.getChildren().add(Fields.prose(editor, f));
        }
        setContent(DetailScroll.of(fields));
    }
}
