package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.gallery.model.SelectionActions;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** "Tagged 500 cards “x” — Undo": the last bulk action on the selection, under the toolbar, until dismissed. */
final class SelectionBar extends HBox {
    final Button undo = new Button("Undo");

    SelectionBar(SelectionActions actions) {
        super(10);
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> actions.outcomeProperty().get() == null ? ""
                : actions.outcomeProperty().get().text(), actions.outcomeProperty()));
        undo.setId("selection-undo");
        undo.getStyleClass().add(Styles.ACCENT);
        undo.setOnAction(e -> actions.undo());
        undo.visibleProperty().bind(Bindings.createBooleanBinding(() -> actions.outcomeProperty().get() != null
                && actions.outcomeProperty().get().undoable(), actions.outcomeProperty()));
        undo.managedProperty().bind(undo.visibleProperty());
        undo.disableProperty().bind(actions.busyProperty());
        Button close = new Button("Dismiss");
        close.setOnAction(e -> actions.dismiss());
        undo.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(text, undo, spacer, close);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().addAll("notice", "selection-bar");
        visibleProperty().bind(actions.outcomeProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
