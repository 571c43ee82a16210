package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.model.CardDraft;
import io.github.chargallery.gallery.model.CardEditorModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The card's JSON, indented, read-only. While editing, "Edit raw" makes it editable (the form's fields
 * turn read-only); Save checks that it is a card before writing anything.
 */
final class RawJsonTab extends Tab {
    private final TextArea json = new TextArea();

    RawJsonTab(CardEditorModel editor) {
        super("Raw JSON");
        setClosable(false);
        json.setId("raw-json");
        json.getStyleClass().add("raw-json");
        json.setWrapText(false);
        json.editableProperty().bind(editor.rawModeProperty());
        ToggleButton raw = new ToggleButton("Edit raw");
        raw.setId("edit-raw");
        raw.setTooltip(new Tooltip("Edit the whole JSON by hand (checked when you save); the other tabs turn read-only"));
        raw.disableProperty().bind(editor.editingProperty().not());
        raw.setOnAction(e -> {
            editor.setRawMode(raw.isSelected());
            raw.setSelected(editor.rawModeProperty().get()); // refused while the form has changes
        });
        editor.rawModeProperty().addListener((o, a, on) -> raw.setSelected(on));
        Label hint = new Label();
        hint.getStyleClass().add("detail-caption");
        hint.setWrapText(true);
        hint.textProperty().bind(javafx.beans.binding.Bindings.when(editor.rawModeProperty())
                .then("Editing the JSON by hand: it is checked when you save. Other tabs are read-only meanwhile.")
                .otherwise("Read-only. Press Edit, then Edit raw, to change the JSON by hand."));
        raw.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(hint, javafx.scene.layout.Priority.ALWAYS);
        HBox bar = new HBox(10, raw, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        BorderPane pane = new BorderPane(json);
        pane.setTop(bar);
        BorderPane.setMargin(json, new Insets(0, 8, 8, 8));
        setContent(pane);
        Runnable show = () -> {
            CardDraft d = editor.draftProperty().get();
            String text = d != null && d.rawJson() != null ? d.rawJson() : editor.prettyJsonProperty().get();
            if (!json.getText().equals(text)) {
                json.setText(text);
            }
        };
        editor.draftProperty().addListener((o, a, b) -> show.run());
        editor.prettyJsonProperty().addListener((o, a, b) -> show.run());
        json.textProperty().addListener((o, a, t) -> editor.setRawJson(t));
        show.run();
    }
}
