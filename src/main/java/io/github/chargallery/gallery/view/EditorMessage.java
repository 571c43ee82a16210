package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.CardEditorModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** What the editor last said (a save refused and why, a card exported to where) until dismissed. */
final class EditorMessage extends HBox {
    EditorMessage(CardEditorModel editor) {
        super(6);
        getStyleClass().add("editor-message");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        Label text = new Label();
        text.setId("editor-message");
        text.setWrapText(true);
        text.textProperty().bind(editor.messageProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button(null, new FontIcon(Material2AL.CLOSE));
        dismiss.getStyleClass().add("message-dismiss");
        dismiss.setTooltip(new javafx.scene.control.Tooltip("Dismiss"));
        dismiss.setOnAction(e -> editor.dismissMessage());
        getChildren().addAll(text, dismiss);
        visibleProperty().bind(editor.messageProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
