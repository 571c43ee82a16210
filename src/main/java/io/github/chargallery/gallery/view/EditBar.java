package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.gallery.model.CardEditorModel;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import io.github.chargallery.card.CardExport;
import io.github.chargallery.card.Spec;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Edit, then Save (Ctrl+S) or Cancel; the card's other actions in the card menu. */
final class EditBar extends HBox {
    /** @param chooseFolder asks for a folder, given the chooser's title */
    EditBar(CardEditorModel editor, Function<String, Optional<Path>> chooseFolder) {
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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(edit, save, cancel, spacer, new PictureActions(editor), exportMenu(editor, chooseFolder));
    }

    private static MenuButton exportMenu(CardEditorModel editor, Function<String, Optional<Path>> chooseFolder) {
        MenuButton menu = new MenuButton("Export", new FontIcon(Material2AL.ARCHIVE));
        menu.setId("editor-export");
        menu.setTooltip(new Tooltip("Write this card as a new file in a folder you choose (the saved card, not unsaved edits)"));
        menu.disableProperty().bind(editor.draftProperty().isNull().or(editor.dirtyProperty()).or(editor.busyProperty()));
        Object[][] choices = {
            {"PNG card, V2 (chara)", CardExport.To.PNG, Spec.V2},
            {"PNG card, V3 (ccv3 and a V2 chara copy)", CardExport.To.PNG, Spec.V3},
            {"JSON, V2", CardExport.To.JSON, Spec.V2},
            {"JSON, V3", CardExport.To.JSON, Spec.V3},
            {"CHARX (V3, picture as icon)", CardExport.To.CHARX, Spec.V3},
        };
        for (Object[] c : choices) {
            MenuItem item = new MenuItem((String) c[0]);
            item.setOnAction(e -> chooseFolder.apply("Export the card as " + c[0] + " into…")
                    .ifPresent(folder -> editor.export((CardExport.To) c[1], (Spec) c[2], folder)));
            menu.getItems().add(item);
        }
        return menu;
    }
}
