package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.gallery.model.CardEditorModel;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Edit, then Save (Ctrl+S) or Cancel; the card's other actions in the card menu. */
final class EditBar extends HBox {
    EditBar(CardEditorModel editor) {
        super(6);
        getStyleClass().add("edit-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(0, 10, 6, 10));
        BooleanBinding readable = editor.draftProperty().isNotNull();
        Button edit = new Button("Edit", new FontIcon(Material2AL.EDIT));
        edit.setId("editor-edit");
        edit.setTooltip(new Tooltip("Change this card's fields, greetings and lorebook"));
        edit.setOnAction(e -> editor.edit());
        edit.visibleProperty().bind(editor.editingProperty().not());
        edit.managedProperty().bind(edit.visibleProperty());
        edit.disableProperty().bind(readable.not().or(editor.busyProperty()));
        Button save = new Button("Save", new FontIcon(Material2MZ.SAVE));
        save.setId("editor-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setTooltip(new Tooltip("Write the changes into the card's file (Ctrl+S); the previous version is kept"));
        save.setOnAction(e -> editor.save());
        save.disableProperty().bind(editor.dirtyProperty().not().or(editor.busyProperty()));
        Button cancel = new Button("Cancel");
        cancel.setId("editor-cancel");
        cancel.setTooltip(new Tooltip("Forget the changes"));
        cancel.setOnAction(e -> editor.cancel());
        cancel.disableProperty().bind(editor.busyProperty());
        for (Button b : new Button[] {save, cancel}) {
            b.visibleProperty().bind(editor.editingProperty());
            b.managedProperty().bind(b.visibleProperty());
        }
        getChildren().addAll(edit, save, cancel);
    }
}
