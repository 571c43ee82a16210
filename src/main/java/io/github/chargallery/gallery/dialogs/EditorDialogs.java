package io.github.chargallery.gallery.dialogs;

import io.github.chargallery.gallery.model.CardEditorModel;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The card editor's questions: unsaved changes when leaving a card, a file changed on disk when saving. */
public final class EditorDialogs {
    private EditorDialogs() {
    }

    /** Asked before leaving a card with unsaved changes (another card selected, the window closed). */
    public static CardEditorModel.Leave askLeave(Window owner, String cardName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Save them before leaving the card, or discard them?",
                save, discard, stay);
        a.initOwner(owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText("\"" + cardName + "\" has unsaved changes.");
        a.getDialogPane().setId("leave-dialog");
        ButtonType chosen = a.showAndWait().orElse(stay);
        return Map.of(save, CardEditorModel.Leave.SAVE, discard, CardEditorModel.Leave.DISCARD).getOrDefault(chosen, CardEditorModel.Leave.STAY);
    }

    /** Asked when the card's file changed on disk since the editor read it. */
    public static CardEditorModel.Conflict askConflict(Window owner, String fileName) {
        ButtonType copy = new ButtonType("Save as a copy", ButtonBar.ButtonData.OTHER);
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, "Another program changed " + fileName + " after it was opened here."
                + " Save your version as a new file beside it, overwrite the file (its current content is kept"
                + " in the card's history), or cancel and keep editing?", copy, overwrite, cancel);
        a.initOwner(owner);
        a.setTitle("The file changed on disk");
        a.setHeaderText(fileName + " changed on disk");
        a.getDialogPane().setId("conflict-dialog");
        ButtonType chosen = a.showAndWait().orElse(cancel);
        return chosen == copy ? CardEditorModel.Conflict.SAVE_AS_COPY
                : chosen == overwrite ? CardEditorModel.Conflict.OVERWRITE : CardEditorModel.Conflict.CANCEL;
    }
}
