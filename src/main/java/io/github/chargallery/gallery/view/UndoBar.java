package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** "Did this — Undo" under the toolbar, shown while a model has an outcome, until dismissed. */
class UndoBar extends HBox {
    final Button undo = new Button("Undo");

    /**
     * @param leading  shown before the text, or null
     * @param trailing shown before Dismiss, at the right
     */
    UndoBar(Node leading, ObservableValue<String> text, ObservableValue<Boolean> canUndo,
            ObservableValue<Boolean> shown, Runnable undoIt, Runnable dismiss, List<Node> trailing) {
        super(10);
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(text);
        undo.getStyleClass().add(Styles.ACCENT);
        undo.setOnAction(e -> undoIt.run());
        undo.visibleProperty().bind(canUndo);
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setMinWidth(Region.USE_PREF_SIZE);
        Button close = new Button("Dismiss");
        close.setOnAction(e -> dismiss.run());
        close.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        if (leading != null) {
            getChildren().add(leading);
        }
        getChildren().addAll(label, undo, spacer);
        getChildren().addAll(trailing);
        getChildren().add(close);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().add("notice");
        visibleProperty().bind(shown);
        managedProperty().bind(visibleProperty());
    }
}
