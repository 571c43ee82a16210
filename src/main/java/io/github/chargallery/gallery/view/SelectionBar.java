package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.SelectionActions;
import java.util.List;
import javafx.beans.binding.Bindings;

/** "Tagged 500 cards “x” — Undo": the last bulk action on the selection, under the toolbar, until dismissed. */
final class SelectionBar extends UndoBar {
    SelectionBar(SelectionActions actions) {
        super(null, Bindings.createStringBinding(() -> actions.outcomeProperty().get() == null ? ""
                        : actions.outcomeProperty().get().text(), actions.outcomeProperty()),
                Bindings.createBooleanBinding(() -> actions.outcomeProperty().get() != null
                        && actions.outcomeProperty().get().undoable(), actions.outcomeProperty()),
                actions.outcomeProperty().isNotNull(), actions::undo, actions::dismiss, List.of());
        undo.setId("selection-undo");
        undo.disableProperty().bind(actions.busyProperty());
        getStyleClass().add("selection-bar");
    }
}
